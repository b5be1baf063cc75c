import { defineConfig } from 'vitest/config';

// Integration tests share one real Neo4j (Community has one user database), so test files run one
// after another; the global setup starts that Neo4j in a throwaway folder and stops it at the end.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/global-neo4j.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default'],
  },
});
