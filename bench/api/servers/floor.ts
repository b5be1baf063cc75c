/**
 * The floor: answers each benchmarked operation (by its operationName) with ONE hand-written Cypher
 * query through the driver (bench/api/floor/<op>.cypher), returning the JSON of the GraphQL answer's
 * `data`. No GraphQL parsing, no resolvers: the least work any server could do for the same answer.
 * usage: node --import tsx bench/api/servers/floor.ts <bolt-uri>   (prints "LISTENING <url>")
 */
import { createServer } from 'node:http';
import neo4j from 'neo4j-driver';
import { toPlain } from '../../../src/db/values.js';
import { encodeCursor } from '../../../src/graph/pagination.js';
import { toLuceneQuery } from '../../../src/graph/search/lucene.js';
import { benchOperations } from '../operations.js';

const uri = process.argv[2];
if (!uri) throw new Error('usage: floor.ts <bolt-uri>');
const driver = neo4j.driver(uri, undefined, {
  maxConnectionPoolSize: 100,
  userAgent: 'claimgraph-bench-floor',
});
const ops = new Map(
  benchOperations()
    .filter((o) => o.floorCypher)
    .map((o) => [o.name, o]),
);

/** Cursors are the API's opaque encoding of the sort key the query returns. */
function encodeCursors(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(encodeCursors);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      o[k] =
        (k === 'cursor' || k === 'endCursor') && typeof o[k] === 'string'
          ? encodeCursor(o[k] as string)
          : encodeCursors(o[k]);
    }
  }
  return v;
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', async () => {
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        operationName?: string;
        variables?: Record<string, unknown>;
      };
      const op = ops.get(body.operationName ?? '');
      if (!op?.floorCypher) {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: `no floor query for ${body.operationName}` }] }));
        return;
      }
      const params: Record<string, unknown> = { ...op.defaults, ...(body.variables ?? {}) };
      if (op.name === 'Search') params.query = toLuceneQuery(String(params.text ?? '')) ?? '';
      if (op.name === 'GlobalPeriodFamily') {
        params.query = toLuceneQuery(String(params.text ?? '')) ?? '';
        params.codePrefix = String(params.text ?? '').toUpperCase();
      }
      const result = await driver.executeQuery(op.floorCypher, params, {
        routing: neo4j.routing.READ,
        database: 'neo4j',
        transactionConfig: { timeout: 10_000 },
      });
      const row = result.records[0];
      const data = row ? encodeCursors(toPlain(row.get('data'))) : null;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data }));
    } catch (err) {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: (err as Error).message }] }));
    }
  });
});
server.keepAliveTimeout = 5_000;
server.listen(0, '127.0.0.1', () => {
  const a = server.address();
  console.log(`LISTENING http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}/graphql`);
});
process.on('SIGTERM', () => server.close(() => void driver.close().then(() => process.exit(0))));
