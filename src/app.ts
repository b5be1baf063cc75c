/**
 * createApp(deps): the GraphQL API and its HTTP routes, without listening. Tests call app.fetch()
 * with no socket; src/server.ts wires config → driver → app → listen.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { PothosValidationError } from '@pothos/core';
import { type FieldNode, GraphQLError, type ValidationContext } from 'graphql';
import { createYoga, type Plugin, type YogaInitialContext } from 'graphql-yoga';
import type { Config } from './config.js';
import type { Context } from './context.js';
import { DatabaseError } from './db/errors.js';
import type { Executor } from './db/executor.js';
import { DEFAULT_SIZE_LIMITS, limitRequestSize, type SizeLimits } from './http/body-limit.js';
import { requestGuards } from './http/guards.js';
import { isExplorerPath, serveExplorer } from './http/static.js';
import { createLoaders } from './loaders.js';
import { schema } from './schema/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface AppDeps {
  executor: Executor;
  api: Config['api'];
  production: boolean;
  /** Readiness: Neo4j reachable and the schema in place. */
  isReady: () => Promise<boolean>;
  /** Set while shutting down: /ready answers 503 so load balancers stop sending traffic. */
  draining?: () => boolean;
  log?: (line: string) => void;
  /** Request body and URL limits (413/414 before parsing); the defaults of src/config.ts when unset. */
  sizeLimits?: SizeLimits;
}

/** The canonical operations, one per file in schema/operations: GraphiQL tabs, tests, codegen, benchmarks. */
export function canonicalOperations(): { name: string; query: string }[] {
  const dir = path.join(root, 'schema', 'operations');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => ({ name: f.replace(/\.graphql$/, ''), query: readFileSync(path.join(dir, f), 'utf8') }));
}

/** Expected errors keep their message and code; anything else is masked with a stable code. */
function maskError(error: unknown, message: string, log: (line: string) => void): GraphQLError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof DatabaseError) {
    const cause = original.cause instanceof Error ? `${original.cause.name}: ${original.cause.message}` : '';
    log(
      `graphql: ${original.code} at ${error instanceof GraphQLError ? error.path?.join('.') : '?'}: ${cause}`,
    );
    return new GraphQLError(original.message, {
      extensions: { code: original.code },
      ...(error instanceof GraphQLError ? { path: error.path } : {}),
    });
  }
  if (error instanceof GraphQLError && typeof error.extensions?.code === 'string' && !error.originalError) {
    return error;
  }
  // Refusals raised by yoga and its plugins before execution (CSRF, bad params) carry an HTTP status.
  if (error instanceof GraphQLError && !error.originalError && error.extensions?.http) {
    return new GraphQLError(error.message, { extensions: { code: 'BAD_REQUEST', ...error.extensions } });
  }
  if (
    error instanceof GraphQLError &&
    original instanceof GraphQLError &&
    typeof original.extensions?.code === 'string'
  ) {
    return new GraphQLError(original.message, { path: error.path, extensions: original.extensions });
  }
  // Deliberate refusals without a code: variable coercion (graphql-js) and Pothos argument checks
  // (e.g. an invalid global ID). Their messages describe the caller's input, never internals.
  if (
    error instanceof GraphQLError &&
    (original instanceof GraphQLError || original instanceof PothosValidationError)
  ) {
    return new GraphQLError(error.message, { path: error.path, extensions: { code: 'BAD_USER_INPUT' } });
  }
  log(
    `graphql: unexpected error: ${original instanceof Error ? (original.stack ?? original.message) : String(original)}`,
  );
  return new GraphQLError(message, {
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
    ...(error instanceof GraphQLError ? { path: error.path } : {}),
  });
}

/** Adds extensions.cypherRoundTrips when the client sends `x-claimgraph-trace: 1`. */
function roundTripTrace(): Plugin<Context & YogaInitialContext> {
  return {
    onExecute({ args }) {
      const ctx = args.contextValue;
      const wanted = ctx.request?.headers.get('x-claimgraph-trace') === '1';
      return {
        onExecuteDone({ result, setResult }) {
          if (!wanted || !result || Symbol.asyncIterator in result) return;
          setResult({
            ...result,
            extensions: {
              ...(result.extensions ?? {}),
              cypherRoundTrips: ctx.executor.roundTrips.count,
              cypherQueries: ctx.executor.roundTrips.names,
            },
          });
        },
      };
    },
  };
}

export function createApp(deps: AppDeps) {
  const operations = canonicalOperations();
  const yoga = createYoga<Record<string, never>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    batching: false,
    multipart: false,
    maskedErrors: { maskError: (e, m) => maskError(e, m, deps.log ?? ((line) => console.error(line))) },
    graphiql: deps.api.graphiql
      ? {
          title: 'ClaimGraph playground',
          defaultQuery: operations[0]?.query ?? '{ graphStatistics { totalNodes } }',
          defaultTabs: operations.map((o) => ({ query: o.query })),
        }
      : false,
    renderGraphiQL,
    context: () => {
      const executor = deps.executor.forRequest();
      return {
        executor,
        loaders: createLoaders(executor),
        settings: {
          maxPageSize: deps.api.maxPageSize,
          defaultPageSize: Math.min(50, deps.api.maxPageSize),
          limits: { complexity: deps.api.maxCost, depth: deps.api.maxDepth, breadth: 200 },
        },
      };
    },
    plugins: [
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf', 'apollo-require-preflight'] }),
      ...requestGuards(deps.api, deps.production),
      roundTripTrace(),
      ...(deps.api.introspection ? [] : [disableIntrospection()]),
    ],
  });

  return {
    yoga,
    async fetch(request: Request): Promise<Response> {
      const url = new URL(request.url);
      if (url.pathname === '/health') return Response.json({ status: 'alive' });
      if (url.pathname === '/ready') {
        if (deps.draining?.()) return Response.json({ status: 'draining' }, { status: 503 });
        const ready = await deps.isReady().catch(() => false);
        return Response.json({ status: ready ? 'ready' : 'unavailable' }, { status: ready ? 200 : 503 });
      }
      if (url.pathname === '/') return Response.redirect(new URL('/graphql', url), 302);
      if (isExplorerPath(url.pathname)) return serveExplorer(request);
      const checked = await limitRequestSize(request, deps.sizeLimits ?? DEFAULT_SIZE_LIMITS);
      return checked instanceof Response ? checked : yoga.fetch(checked);
    },
  };
}

function disableIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule((context: ValidationContext) => ({
        Field(node: FieldNode) {
          if (node.name.value === '__schema' || node.name.value === '__type') {
            context.reportError(
              new GraphQLError('Introspection is disabled on this server.', {
                nodes: [node],
                extensions: { code: 'INTROSPECTION_DISABLED' },
              }),
            );
          }
        },
      }));
    },
  };
}

export type App = ReturnType<typeof createApp>;
