/**
 * The command line: serve (the main job), import (official files and code pages), check (claims).
 */
import { loadConfig } from './config.js';

const usage = `claimgraph <command> [options]

Commands:
  serve                         start Neo4j (unless NEO4J_URI is set), apply the schema, load the
                                seed graph and serve GraphQL at http://localhost:4000/graphql
  import <kind> <files...>      import official files (pfs, gpci, ptp-practitioner, ptp-hospital,
                                mue-practitioner, mue-hospital, mue-dme, opps, asc) or code pages (page)
  check <claim.json | ->        check a claim and list what would be denied and why
  help                          this text`;

async function serve(): Promise<number> {
  const { startServer } = await import('./server.js');
  const config = loadConfig();
  const running = await startServer(config);
  console.log(`ClaimGraph is serving GraphQL and the playground at ${running.url}/graphql`);
  console.log(`Health: ${running.url}/health   Readiness: ${running.url}/ready   Press Ctrl-C to stop.`);
  await new Promise<void>((resolve) => {
    const onSignal = (signal: string) => {
      console.log(`${signal}: draining requests, closing the driver and stopping Neo4j...`);
      void running.stop().then(() => resolve());
    };
    process.once('SIGINT', () => onSignal('SIGINT'));
    process.once('SIGTERM', () => onSignal('SIGTERM'));
  });
  console.log('stopped cleanly');
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'serve':
      return serve();
    case 'import': {
      const { runImport } = await import('./ingest/command.js');
      return runImport(rest);
    }
    case 'check': {
      const { runCheck } = await import('./claims/command.js');
      return runCheck(rest);
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      console.log(usage);
      return command === undefined ? 2 : 0;
    default:
      console.error(`claimgraph: unknown command '${command}'\n\n${usage}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`claimgraph: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
