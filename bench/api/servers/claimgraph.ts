/**
 * ClaimGraph as production runs it (src/server.ts startServer: config from the environment, errors
 * masked), over the bench Neo4j given by NEO4J_URI. Prints "LISTENING <url>".
 */
import { loadConfig } from '../../../src/config.js';
import { startServer } from '../../../src/server.js';

const config = loadConfig();
const running = await startServer(config, { seed: false, log: (line) => console.error(line) });
console.log(`LISTENING ${running.url}/graphql`);
process.on('SIGTERM', () => void running.stop().then(() => process.exit(0)));
