/**
 * The Pothos builder: plugins and scalars only. Types live one per file next to this one.
 */
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import RelayPlugin from '@pothos/plugin-relay';
import SimpleObjectsPlugin from '@pothos/plugin-simple-objects';
import type { Context } from '../context.js';

export type Scalars = {
  Date: { Input: string; Output: string };
  Decimal: { Input: string; Output: string | number };
  BillingCode: { Input: string; Output: string };
  ModifierCode: { Input: string; Output: string };
};

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
    nodesOnConnection: true,
    firstArgOptions: { description: 'Page size: 1 to the maximum page size (default 50).' },
    afterArgOptions: { description: 'The endCursor of the previous page.' },
    lastArgOptions: { description: 'Not supported: pages run forward only (keyset pagination).' },
    beforeArgOptions: { description: 'Not supported: pages run forward only (keyset pagination).' },
    // A connection costs by its page size; its edges list must not multiply that a second time.
    defaultConnectionFieldOptions: {
      complexity: (args: { first?: number | null }) => ({
        field: 1,
        multiplier: Math.max(1, args.first ?? 50),
      }),
    },
    edgesFieldOptions: { complexity: { field: 0, multiplier: 1 } },
  },
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: 5,
    limit: (ctx) => ctx.settings.limits,
  },
});

builder.globalConnectionField('totalCount', (t) =>
  t.int({
    nullable: true,
    description:
      'How many items all pages hold. Counted only when asked for; null where a count is not offered.',
    complexity: 5,
    resolve: (parent) => parent.totalCount?.() ?? null,
  }),
);

builder.queryType({ description: 'Read access to the ClaimGraph knowledge graph.' });
