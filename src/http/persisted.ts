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

/** The query text for one request's params, or an error; params without an id pass through. */
function resolveParams(params: Params, documents: Map<string, string>, only: boolean): Params {
  const id = params.documentId ?? params.extensions?.persistedQuery?.sha256Hash;
  if (typeof id === 'string') {
    const query = documents.get(id);
    if (!query) {
      throw createGraphQLError(`No persisted operation has the id '${id.slice(0, 64)}'.`, {
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 404 } },
      });
    }
    const { documentId: _id, ...rest } = params;
    return { ...rest, query };
  }
  if (only) {
    throw createGraphQLError(
      'This server runs persisted operations only: send a documentId, not query text.',
      {
        extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 400 } },
      },
    );
  }
  return params;
}

/** Swaps a documentId for its text right after the body is parsed, before yoga checks the params. */
export function persistedOperations(documents: Map<string, string>, opts: { only: boolean }): Plugin {
  return {
    onRequestParse() {
      return {
        onRequestParseDone({ requestParserResult, setRequestParserResult }) {
          const resolve = (p: unknown) =>
            p && typeof p === 'object' ? resolveParams(p as Params, documents, opts.only) : p;
          setRequestParserResult(
            (Array.isArray(requestParserResult)
              ? requestParserResult.map(resolve)
              : resolve(requestParserResult)) as Parameters<typeof setRequestParserResult>[0],
          );
        },
      };
    },
  };
}
