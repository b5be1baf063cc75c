/**
 * The Pothos builder: plugins and scalars only. Types live one per file next to this one.
 */
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import RelayPlugin from '@pothos/plugin-relay';
import SimpleObjectsPlugin from '@pothos/plugin-simple-objects';
import type { Context } from '../context.js';

export interface Scalars {
  Date: { Input: string; Output: string };
  Decimal: { Input: string; Output: string | number };
  JSON: { Input: unknown; Output: unknown };
}

export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: Scalars;
  DefaultFieldNullability: false;
  Connection: { totalCount?: () => Promise<number> };
}>({
  plugins: [RelayPlugin, ComplexityPlugin, SimpleObjectsPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeQueryOptions: { description: 'Fetches any entity by its global ID.' },
    nodesQueryOptions: { description: 'Fetches entities by their global IDs, in order; null where none.' },
  },
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: 10,
  },
});

builder.queryType({ description: 'Read access to the ClaimGraph knowledge graph.' });
