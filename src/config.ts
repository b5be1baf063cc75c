/**
 * The only reader of process.env. Every setting is validated here once, at start.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  NEO4J_URI: z.string().url().optional(),
  NEO4J_USERNAME: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().default('neo4j'),
  NEO4J_LOCAL_BOLT_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  NEO4J_LOCAL_DATA_DIR: z.string().default('.data/neo4j'),
  NEO4J_LOCAL_HEAP: z.string().default('2g'),
  NEO4J_LOCAL_PAGECACHE_MB: z.coerce.number().int().min(64).default(2048),
  NEO4J_CONNECTION_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
  NEO4J_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(100).default(5000),
  NEO4J_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).default(10000),
  NEO4J_MAX_POOL_SIZE: z.coerce.number().int().min(1).default(100),
  CLAIMGRAPH_SEED_PAGES: z.string().default('../shared/pages'),
  CLAIMGRAPH_GRAPHIQL: bool.default(true),
  CLAIMGRAPH_INTROSPECTION: bool.default(true),
  CLAIMGRAPH_PERSISTED_ONLY: bool.default(false),
  CLAIMGRAPH_MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(10000).default(500),
  CLAIMGRAPH_MAX_DEPTH: z.coerce.number().int().min(2).default(12),
  CLAIMGRAPH_MAX_COST: z.coerce.number().int().min(1).default(20000),
  CLAIMGRAPH_MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(128 * 1024),
  CLAIMGRAPH_MAX_URL_BYTES: z.coerce
    .number()
    .int()
    .min(256)
    .default(16 * 1024),
  /** On SIGTERM, how long /ready answers 503 while the listener still accepts, before draining. */
  CLAIMGRAPH_SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).default(0),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

export type Config = ReturnType<typeof loadConfig>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid configuration in the environment:\n${problems}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    production: e.NODE_ENV === 'production',
    http: {
      host: e.HOST,
      port: e.PORT,
      maxBodyBytes: e.CLAIMGRAPH_MAX_BODY_BYTES,
      maxUrlBytes: e.CLAIMGRAPH_MAX_URL_BYTES,
      shutdownGraceMs: e.CLAIMGRAPH_SHUTDOWN_GRACE_MS,
    },
    neo4j: {
      /** Set: use that server and start nothing. Unset: start the local embedded Neo4j. */
      uri: e.NEO4J_URI,
      username: e.NEO4J_USERNAME,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      connectionTimeoutMs: e.NEO4J_CONNECTION_TIMEOUT_MS,
      acquireTimeoutMs: e.NEO4J_ACQUIRE_TIMEOUT_MS,
      queryTimeoutMs: e.NEO4J_QUERY_TIMEOUT_MS,
      maxPoolSize: e.NEO4J_MAX_POOL_SIZE,
      local: {
        boltPort: e.NEO4J_LOCAL_BOLT_PORT,
        dataDir: e.NEO4J_LOCAL_DATA_DIR,
        heap: e.NEO4J_LOCAL_HEAP,
        pageCacheMb: e.NEO4J_LOCAL_PAGECACHE_MB,
      },
    },
    /** Relative paths are resolved from the project root, wherever the command runs from. */
    seedPagesDir: path.resolve(projectRoot, e.CLAIMGRAPH_SEED_PAGES),
    api: {
      graphiql: e.CLAIMGRAPH_GRAPHIQL,
      introspection: e.CLAIMGRAPH_INTROSPECTION,
      persistedOnly: e.CLAIMGRAPH_PERSISTED_ONLY,
      maxPageSize: e.CLAIMGRAPH_MAX_PAGE_SIZE,
      maxDepth: e.CLAIMGRAPH_MAX_DEPTH,
      maxCost: e.CLAIMGRAPH_MAX_COST,
    },
    logLevel: e.LOG_LEVEL,
  };
}
