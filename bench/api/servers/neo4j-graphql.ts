/**
 * The peer: @neo4j/graphql serving the same graph from bench/api/neo4j-graphql/typeDefs.graphql,
 * behind the same HTTP stack as ClaimGraph (graphql-yoga on node:http).
 * usage: node --import tsx bench/api/servers/neo4j-graphql.ts <bolt-uri>   (prints "LISTENING <url>")
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';
import { repoRoot } from '../paths.js';

const uri = process.argv[2];
if (!uri) throw new Error('usage: neo4j-graphql.ts <bolt-uri>');
const driver = neo4j.driver(uri, undefined, {
  maxConnectionPoolSize: 100,
  userAgent: 'claimgraph-bench-peer',
});
const typeDefs = readFileSync(
  path.join(repoRoot, 'bench', 'api', 'neo4j-graphql', 'typeDefs.graphql'),
  'utf8',
);
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const yoga = createYoga({
  schema,
  graphqlEndpoint: '/graphql',
  landingPage: false,
  graphiql: false,
  batching: false,
  // Errors are shown: the equality check reports them, and the peer is not a public server here.
  maskedErrors: false,
  context: () => ({ sessionConfig: { database: 'neo4j' } }),
});
const server = createServer(yoga);
server.keepAliveTimeout = 5_000;
server.listen(0, '127.0.0.1', () => {
  const a = server.address();
  console.log(`LISTENING http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}/graphql`);
});
process.on('SIGTERM', () => server.close(() => void driver.close().then(() => process.exit(0))));
