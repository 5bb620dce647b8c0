import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { sentDocuments } from './app-documents.js';
import { collectionQueries } from './collection.js';

/**
 * For an e2e stack that runs with the allow-list on, as production does: the app's documents
 * must all be in the committed collection, and the test's own documents (fixtures sent with a
 * user's token, permission probes) go into a second collection of a metadata copy, never into
 * the production list.
 */

type Collections = { name: string; definition: { queries: { name: string; query: string }[] } }[];

/**
 * Throws, naming the operations and what to run, when an app document is missing from the
 * collection: with the allow-list on it would be refused, and the page would only show an error.
 */
export async function checkCollectionIsCurrent(repoRoot: string, metadataDir: string): Promise<void> {
  const collections = (parse(readFileSync(join(metadataDir, 'query_collections.yaml'), 'utf8')) ?? []) as Collections;
  const listed = new Set(collections.flatMap((c) => c.definition.queries.map((q) => q.query.trim())));
  const missing = collectionQueries(await sentDocuments(repoRoot)).filter((q) => !listed.has(q.query.trim()));
  if (missing.length > 0) {
    throw new Error(`not in the allow-list: ${missing.map((q) => q.name).join(', ')}; run \`npm run allowlist\` (hasura/metadata/query_collections.yaml)`);
  }
}

/** A copy of `metadataDir` whose allow-list also holds `documents` (name to text), in a collection `e2e-driver`. */
export function metadataWithDriverDocuments(metadataDir: string, documents: Record<string, string>): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), '3factor-e2e-metadata-'));
  cpSync(metadataDir, dir, { recursive: true });
  const collections = (parse(readFileSync(join(dir, 'query_collections.yaml'), 'utf8')) ?? []) as Collections;
  const queries = Object.entries(documents).map(([name, query]) => ({ name, query }));
  writeFileSync(join(dir, 'query_collections.yaml'), stringify([...collections, { name: 'e2e-driver', definition: { queries } }]));
  const allowlist = (parse(readFileSync(join(dir, 'allow_list.yaml'), 'utf8')) ?? []) as unknown[];
  writeFileSync(join(dir, 'allow_list.yaml'), stringify([...allowlist, { collection: 'e2e-driver' }]));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
