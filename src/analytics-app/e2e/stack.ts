import { checkCollectionIsCurrent, metadataWithDriverDocuments } from '@3factor/dev/allowlist/e2e-metadata.js';
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

export async function startStack(): Promise<RunningStack> {
  const adminSecret = 'e2e-admin-secret';
  await checkCollectionIsCurrent(repoRoot, metadataDir);
  const metadata = metadataWithDriverDocuments(metadataDir, DRIVER_DOCUMENTS);
  const stack = await startTestStack({
    env: { HASURA_GRAPHQL_ADMIN_SECRET: adminSecret, HASURA_GRAPHQL_ENABLE_ALLOWLIST: 'true', DEV_METADATA_DIR: metadata.dir },
    stopTimeoutMs: 30_000,
  }).catch((error: unknown) => {
    metadata.remove();
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
      metadata.remove();
    },
  };
}
