// The whole local stack for the order app's e2e: Postgres, pgBouncer, engine, functions and
// the order app, on free ports in a throw-away data folder (src/dev/src/testing/test-stack.ts).
import { checkCollectionIsCurrent, metadataWithDriverDocuments } from '@3factor/dev/allowlist/e2e-metadata.js';
import { metadataDir, repoRoot } from '@3factor/dev/paths.js';
import { startTestStack } from '@3factor/dev/testing/test-stack.js';
import { DRIVER_DOCUMENTS } from './driver-documents.js';

export interface RunningStack {
  appUrl: string;
  graphqlUrl: string;
  authUrl: string;
  /** Straight to the stack's Postgres, for test fixtures only. */
  databaseUrl: string;
  stop(): Promise<void>;
}

/** `env` reaches every part (e.g. a short ORDER_PAYMENT_TIMEOUT_SECONDS for the functions). */
// The engine runs with the allow-list on, as in production: the app works here only if every
// document it sends is in hasura/metadata/query_collections.yaml (`npm run allowlist`).
export async function startStack(log: (line: string) => void, env: Record<string, string> = {}): Promise<RunningStack> {
  await checkCollectionIsCurrent(repoRoot, metadataDir);
  const metadata = metadataWithDriverDocuments(metadataDir, DRIVER_DOCUMENTS);
  const stack = await startTestStack({
    parts: 'engine,functions,order-app',
    env: { HASURA_GRAPHQL_ENABLE_ALLOWLIST: 'true', DEV_METADATA_DIR: metadata.dir, ...env },
    onLine: process.env['E2E_VERBOSE'] ? log : undefined,
  }).catch((error: unknown) => {
    metadata.remove();
    throw error;
  });
  log(`stack ready (data in ${stack.dataDir})`);
  return {
    appUrl: `http://127.0.0.1:${stack.ports.orderApp}`,
    graphqlUrl: `http://127.0.0.1:${stack.ports.engine}/v1/graphql`,
    authUrl: `http://127.0.0.1:${stack.ports.functions}/auth`,
    databaseUrl: stack.databaseUrl,
    stop: async () => {
      await stack.stop();
      metadata.remove();
    },
  };
}
