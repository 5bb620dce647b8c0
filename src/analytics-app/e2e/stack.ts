import { startTestStack } from '@3factor/dev/testing/test-stack.js';

/**
 * The whole local stack (`npm start`'s src/dev/src/start.ts) as a child process, on free
 * ports and in a fresh data folder, so the e2e test never touches a developer's stack.
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
  const stack = await startTestStack({ env: { HASURA_GRAPHQL_ADMIN_SECRET: adminSecret }, stopTimeoutMs: 30_000 });
  return {
    graphqlUrl: `http://127.0.0.1:${stack.ports.engine}/v1/graphql`,
    functionsUrl: `http://127.0.0.1:${stack.ports.functions}`,
    analyticsUrl: `http://127.0.0.1:${stack.ports.analyticsApp}/`,
    databaseUrl: stack.databaseUrl,
    adminSecret,
    output: stack.output,
    stop: stack.stop,
  };
}
