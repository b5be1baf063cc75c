/**
 * The request guards of the GraphQL endpoint, in the order they act: persisted operations (when a
 * client sends a documentId, or when only those may run), then parse and validation limits.
 */
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.js';
import { armorPlugin, complexityPlugin, DEFAULT_LIMITS, type RequestLimits } from './limits.js';
import { loadPersistedDocuments, persistedOperations } from './persisted.js';

export function requestLimits(api: Config['api'], production: boolean): RequestLimits {
  return {
    ...DEFAULT_LIMITS,
    maxDepth: api.maxDepth,
    maxCost: api.maxCost,
    maxPageSize: api.maxPageSize,
    blockFieldSuggestion: production,
  };
}

export function requestGuards(api: Config['api'], production: boolean): Plugin[] {
  const limits = requestLimits(api, production);
  return [
    persistedOperations(loadPersistedDocuments(), { only: api.persistedOnly }),
    armorPlugin(limits),
    complexityPlugin(limits),
  ];
}
