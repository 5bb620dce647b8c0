import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Kind, type DocumentNode } from 'graphql';
import { parsedDocument, type SentDocument } from './collection.js';

/**
 * Every document the apps send as a non-admin role, read from where they are defined:
 * - each app's typed documents, as codegen generated them into src/gql/graphql.ts (`npm run
 *   codegen`): the document objects Apollo Client prints and sends, fragments included;
 * - the load generator's customer and restaurant requests (it sends plain strings).
 * The functions send no GraphQL as a non-admin role (they write through SQL and call the
 * metadata API with the admin secret), so they add nothing.
 */
export const DOCUMENT_MODULES = [
  { source: 'order-app', file: join('src', 'order-app', 'src', 'gql', 'graphql.ts') },
  { source: 'analytics-app', file: join('src', 'analytics-app', 'src', 'gql', 'graphql.ts') },
] as const;

export const LOAD_GENERATOR_MODULE = { source: 'analytics-app load generator', file: join('src', 'analytics-app', 'load-generator', 'graphql-api.ts') } as const;

function isOperationDocument(value: unknown): value is DocumentNode {
  const doc = value as DocumentNode | null;
  return typeof doc === 'object' && doc !== null && doc.kind === Kind.DOCUMENT && doc.definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION);
}

async function importModule(repoRoot: string, file: string): Promise<Record<string, unknown>> {
  return (await import(pathToFileURL(join(repoRoot, file)).href)) as Record<string, unknown>;
}

/** The documents, in the modules' export order; loaded with tsx or vitest (the modules are TypeScript). */
export async function sentDocuments(repoRoot: string): Promise<SentDocument[]> {
  const documents: SentDocument[] = [];
  for (const { source, file } of DOCUMENT_MODULES) {
    for (const value of Object.values(await importModule(repoRoot, file))) if (isOperationDocument(value)) documents.push({ source, document: value });
  }
  const loadGenerator = await importModule(repoRoot, LOAD_GENERATOR_MODULE.file);
  const strings = loadGenerator['LOAD_GENERATOR_NON_ADMIN_OPERATIONS'];
  if (!Array.isArray(strings)) throw new Error(`${LOAD_GENERATOR_MODULE.file} no longer exports LOAD_GENERATOR_NON_ADMIN_OPERATIONS`);
  for (const query of strings as string[]) documents.push({ source: LOAD_GENERATOR_MODULE.source, document: parsedDocument(query) });
  return documents;
}
