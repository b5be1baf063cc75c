/**
 * Persisted operations, built from codegen's persisted documents (src/generated/persisted-documents.json,
 * `npm run codegen`): a client may send `{"documentId": "<hash>", "variables": {...}}` instead of the
 * query text. With CLAIMGRAPH_PERSISTED_ONLY=true only those operations run; any other query text is
 * refused before parsing (a locked-down deployment: only the canonical operations, no ad-hoc queries).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const persistedDocumentsFile = path.join(root, 'src', 'generated', 'persisted-documents.json');

export function loadPersistedDocuments(file: string = persistedDocumentsFile): Map<string, string> {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  return new Map(Object.entries(raw));
}

interface Params {
  query?: string;
  documentId?: string;
  extensions?: { persistedQuery?: { sha256Hash?: string } } & Record<string, unknown>;
}

export function persistedOperations(documents: Map<string, string>, opts: { only: boolean }): Plugin {
  return {
    onParams({ params, setParams }) {
      const p = params as Params;
      const id = p.documentId ?? p.extensions?.persistedQuery?.sha256Hash;
      if (typeof id === 'string') {
        const query = documents.get(id);
        if (!query) {
          throw createGraphQLError(`No persisted operation has the id '${id.slice(0, 64)}'.`, {
            extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 404 } },
          });
        }
        setParams({ ...params, query });
        return;
      }
      if (opts.only) {
        throw createGraphQLError(
          'This server runs persisted operations only: send a documentId, not query text.',
          {
            extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 400 } },
          },
        );
      }
    },
  };
}
