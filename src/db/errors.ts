/**
 * Neo4j failures translated to domain errors in one place. The messages here are safe to show:
 * they never carry Cypher, a bolt URL or a stack.
 */
import { Neo4jError } from 'neo4j-driver';

export type DbErrorCode = 'DATABASE_UNAVAILABLE' | 'QUERY_TIMEOUT' | 'DATABASE_ERROR';

export class DatabaseError extends Error {
  constructor(
    readonly code: DbErrorCode,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'DatabaseError';
  }
}

const unavailableCodes = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

export function toDatabaseError(err: unknown): DatabaseError {
  if (err instanceof DatabaseError) return err;
  if (err instanceof Neo4jError) {
    if (unavailableCodes.has(err.code) || /acquisition timed out|connect|ECONNREFUSED/i.test(err.message)) {
      return new DatabaseError(
        'DATABASE_UNAVAILABLE',
        'The graph database is unavailable; try again shortly.',
        err,
      );
    }
    if (/TransactionTimedOut|Terminated/.test(err.code) || /timed? ?out/i.test(err.message)) {
      return new DatabaseError('QUERY_TIMEOUT', 'The query took too long and was stopped.', err);
    }
  }
  if (err instanceof Error && /timed? ?out/i.test(err.message)) {
    return new DatabaseError('QUERY_TIMEOUT', 'The query took too long and was stopped.', err);
  }
  return new DatabaseError('DATABASE_ERROR', 'The graph database could not answer this request.', err);
}
