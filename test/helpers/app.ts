/**
 * The app wired to the suite's Neo4j, called through fetch with no socket (yoga's recommended way).
 */
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { testExecutor } from './graph.js';

export function testApp(overrides: { production?: boolean } = {}) {
  const config = loadConfig({ NODE_ENV: overrides.production ? 'production' : 'test' });
  return createApp({
    executor: testExecutor(),
    api: config.api,
    production: overrides.production ?? false,
    isReady: async () => true,
  });
}

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
}

export async function gql<T = Record<string, unknown>>(
  app: ReturnType<typeof testApp>,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GqlResponse<T>> {
  const res = await app.fetch(
    new Request('http://localhost/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    }),
  );
  const body = (await res.json()) as Omit<GqlResponse<T>, 'status'>;
  return { status: res.status, ...body };
}
