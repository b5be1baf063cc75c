/**
 * The only code that talks to the driver. Reads run as auto-commit queries in READ sessions (routed
 * to followers on a cluster; one network round trip, where a managed read transaction costs two:
 * BEGIN+RUN+PULL, then COMMIT), writes through managed write transactions (retried on transient
 * errors); the database is always named, every query carries a timeout and metadata naming it, and
 * every round trip is counted.
 */
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
} from 'neo4j-driver';
import { DatabaseError, toDatabaseError } from './errors.js';
import { query } from './queries.js';
import { toPlain } from './values.js';

export interface ExecutorOptions {
  database: string;
  queryTimeoutMs: number;
  /**
   * A client-side deadline per query (default: queryTimeoutMs + 2 s). The transaction timeout is
   * enforced by the server; this one also holds when the Bolt link is slow or half-open and the
   * server never hears the query, so a request fails in seconds instead of hanging.
   */
  clientDeadlineMs?: number;
}

export interface RoundTripCounter {
  count: number;
  names: string[];
}

export class Executor {
  constructor(
    readonly driver: Driver,
    readonly options: ExecutorOptions,
    readonly roundTrips: RoundTripCounter = { count: 0, names: [] },
  ) {}

  /** A view of the same driver with a fresh round-trip counter, for one GraphQL request. */
  forRequest(): Executor {
    return new Executor(this.driver, this.options, { count: 0, names: [] });
  }

  /** Runs a named read query from cypher/ and returns plain JS rows (no Neo4j Integer or temporal). */
  async read<T = Record<string, unknown>>(name: string, params: Record<string, unknown> = {}): Promise<T[]> {
    return this.exec<T>('READ', name, query(name), params);
  }

  async write<T = Record<string, unknown>>(name: string, params: Record<string, unknown> = {}): Promise<T[]> {
    return this.exec<T>('WRITE', name, query(name), params);
  }

  /** Runs several named writes in one transaction: all of them land, or none. */
  async writeAll(
    steps: { name: string; params: Record<string, unknown> }[],
    timeoutMs?: number,
  ): Promise<void> {
    this.count(`tx:${steps.map((s) => s.name).join('+')}`);
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.WRITE,
    });
    try {
      await session.executeWrite(
        async (tx) => {
          for (const s of steps) await tx.run(query(s.name), s.params);
        },
        {
          timeout: timeoutMs ?? this.options.queryTimeoutMs,
          metadata: { app: 'claimgraph', query: 'batch' },
        },
      );
    } catch (err) {
      throw toDatabaseError(err);
    } finally {
      await session.close();
    }
  }

  /** For schema statements and tooling: text that is not in the registry but is not built from input. */
  async runStatement(text: string, params: Record<string, unknown> = {}, mode: 'READ' | 'WRITE' = 'WRITE') {
    return this.exec(mode, 'ad-hoc', text, params);
  }

  private count(name: string) {
    this.roundTrips.count += 1;
    if (this.roundTrips.names.length < 200) this.roundTrips.names.push(name);
  }

  private async exec<T>(mode: 'READ' | 'WRITE', name: string, text: string, params: Record<string, unknown>) {
    this.count(name);
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const work = (tx: ManagedTransaction) => tx.run<RecordShape>(text, params);
    const config = { timeout: this.options.queryTimeoutMs, metadata: { app: 'claimgraph', query: name } };
    const deadlineMs = this.options.clientDeadlineMs ?? this.options.queryTimeoutMs + 2000;
    let timer: NodeJS.Timeout | undefined;
    let timedOut = false;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        timedOut = true;
        reject(new DatabaseError('QUERY_TIMEOUT', 'The query took too long and was stopped.'));
      }, deadlineMs);
    });
    try {
      const run: Promise<QueryResult<RecordShape>> =
        mode === 'READ'
          ? (session.run<RecordShape>(text, params, config) as unknown as Promise<QueryResult<RecordShape>>)
          : session.executeWrite(work, config);
      run.catch(() => {});
      const result: QueryResult<RecordShape> = await Promise.race([run, deadline]);
      return result.records.map((r) => toPlain(r.toObject()) as T);
    } catch (err) {
      throw toDatabaseError(err);
    } finally {
      clearTimeout(timer);
      // A session stuck on a dead link would never close; let it go rather than wait for it.
      if (timedOut) session.close().catch(() => {});
      else await session.close();
    }
  }
}
