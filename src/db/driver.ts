/**
 * The Neo4j driver, sized for an interactive API: connections and pool waits fail in seconds,
 * not the driver's 30-60 s defaults. neo4j:// URIs route reads and writes across a cluster.
 */
import neo4j, { type Driver } from 'neo4j-driver';

export interface DriverOptions {
  uri: string;
  username?: string;
  password?: string | undefined;
  connectionTimeoutMs: number;
  acquireTimeoutMs: number;
  maxPoolSize: number;
}

export function createDriver(o: DriverOptions): Driver {
  const auth = o.password ? neo4j.auth.basic(o.username ?? 'neo4j', o.password) : undefined;
  return neo4j.driver(o.uri, auth, {
    connectionTimeout: o.connectionTimeoutMs,
    connectionAcquisitionTimeout: o.acquireTimeoutMs,
    maxConnectionPoolSize: o.maxPoolSize,
    maxTransactionRetryTime: Math.max(o.connectionTimeoutMs, 3000),
    disableLosslessIntegers: false,
    userAgent: 'claimgraph/0.1',
    logging: { level: 'error', logger: (_level, message) => console.error(`neo4j-driver: ${message}`) },
  });
}
