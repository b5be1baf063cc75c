/** Development aid: starts the bench Neo4j on its store and keeps it up; prints its Bolt URL. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { startLocalNeo4j } from '../../src/db/local-neo4j.js';
import { benchData } from './graph.js';

const neo4j = await startLocalNeo4j({
  dataDir: path.join(benchData, 'api-neo4j'),
  boltPort: 0,
  heap: '2g',
  pageCacheMb: 2048,
  txTimeoutSeconds: 900,
});
writeFileSync(path.join(benchData, 'hold-neo4j.uri'), neo4j.uri);
console.log(neo4j.uri);
process.on('SIGTERM', () => void neo4j.stop().then(() => process.exit(0)));
setInterval(() => {}, 1 << 30);
