import { defineConfig } from 'vitest/config';

// Integration tests share one real Neo4j (Community has one user database), so test files run one
// after another; the global setup starts that Neo4j in a throwaway folder and stops it at the end.
export default defineConfig({
  // Node loads graphql's CommonJS build for the libraries in node_modules; make the code under test
  // use the same one, or graphql-js sees two copies of itself.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/global-neo4j.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default'],
  },
});
