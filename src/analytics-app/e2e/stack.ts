import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { sentDocuments } from '@3factor/dev/allowlist/app-documents.js';
import { collectionQueries } from '@3factor/dev/allowlist/collection.js';
import { metadataDir, repoRoot } from '@3factor/dev/paths.js';
import { startTestStack } from '@3factor/dev/testing/test-stack.js';
import { DRIVER_DOCUMENTS } from './driver-documents.js';

/**
 * The whole local stack (`npm start`'s src/dev/src/start.ts) as a child process, on free
 * ports and in a fresh data folder, so the e2e test never touches a developer's stack.
 * The engine runs with the allow-list on, as in production: the dashboard works only if every
 * document it sends is in hasura/metadata/query_collections.yaml (`npm run allowlist`).
 */
export interface RunningStack {
  graphqlUrl: string;
  functionsUrl: string;
  analyticsUrl: string;
  databaseUrl: string;
  adminSecret: string;
  output(): string;
  stop(): Promise<void>;
}

/**
 * The apps' documents missing from the committed collection: with the allow-list on they would be
 * refused and a panel would only show an error, so the test stops first and says what to run.
 */
async function checkCollectionIsCurrent(): Promise<void> {
  const listed = new Set(
    ((parse(readFileSync(join(metadataDir, 'query_collections.yaml'), 'utf8')) ?? []) as { definition: { queries: { query: string }[] } }[]).flatMap((c) =>
      c.definition.queries.map((q) => q.query.trim()),
    ),
  );
  const missing = collectionQueries(await sentDocuments(repoRoot)).filter((q) => !listed.has(q.query.trim()));
  if (missing.length > 0) {
    throw new Error(`not in the allow-list: ${missing.map((q) => q.name).join(', ')}; run \`npm run allowlist\` (hasura/metadata/query_collections.yaml)`);
  }
}

/** A copy of hasura/metadata whose allow-list also holds the test's own documents (driver-documents.ts). */
function metadataWithDriverDocuments(): string {
  const dir = mkdtempSync(join(tmpdir(), '3factor-e2e-metadata-'));
  cpSync(metadataDir, dir, { recursive: true });
  const collections = (parse(readFileSync(join(dir, 'query_collections.yaml'), 'utf8')) ?? []) as unknown[];
  const queries = Object.entries(DRIVER_DOCUMENTS).map(([name, query]) => ({ name, query }));
  writeFileSync(join(dir, 'query_collections.yaml'), stringify([...collections, { name: 'e2e-driver', definition: { queries } }]));
  const allowlist = (parse(readFileSync(join(dir, 'allow_list.yaml'), 'utf8')) ?? []) as unknown[];
  writeFileSync(join(dir, 'allow_list.yaml'), stringify([...allowlist, { collection: 'e2e-driver' }]));
  return dir;
}

export async function startStack(): Promise<RunningStack> {
  const adminSecret = 'e2e-admin-secret';
  await checkCollectionIsCurrent();
  const metadata = metadataWithDriverDocuments();
  const stack = await startTestStack({
    env: { HASURA_GRAPHQL_ADMIN_SECRET: adminSecret, HASURA_GRAPHQL_ENABLE_ALLOWLIST: 'true', DEV_METADATA_DIR: metadata },
    stopTimeoutMs: 30_000,
  }).catch((error: unknown) => {
    rmSync(metadata, { recursive: true, force: true });
    throw error;
  });
  return {
    graphqlUrl: `http://127.0.0.1:${stack.ports.engine}/v1/graphql`,
    functionsUrl: `http://127.0.0.1:${stack.ports.functions}`,
    analyticsUrl: `http://127.0.0.1:${stack.ports.analyticsApp}/`,
    databaseUrl: stack.databaseUrl,
    adminSecret,
    output: stack.output,
    stop: async () => {
      await stack.stop();
      rmSync(metadata, { recursive: true, force: true });
    },
  };
}
