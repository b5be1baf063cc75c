import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations for the canonical queries, from the printed schema. `npm run codegen` writes them;
// the suite runs `graphql-codegen --check` so they never drift from schema/ and schema/operations/.
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['schema/operations/*.graphql'],
  ignoreNoDocuments: false,
  emitLegacyCommonJSImports: false,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, persistedDocuments: true },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: {
          Date: 'string',
          Decimal: 'string',
          BillingCode: 'string',
          ModifierCode: 'string',
        },
      },
    },
  },
};

export default config;
