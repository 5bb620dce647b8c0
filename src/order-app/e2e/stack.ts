// The whole local stack for the order app's e2e: Postgres, pgBouncer, engine, functions and
// the order app, on free ports in a throw-away data folder (src/dev/src/testing/test-stack.ts).
import { startTestStack } from '@3factor/dev/testing/test-stack.js';

export interface RunningStack {
  appUrl: string;
  graphqlUrl: string;
  authUrl: string;
  /** Straight to the stack's Postgres, for test fixtures only. */
  databaseUrl: string;
  stop(): Promise<void>;
}

/** `env` reaches every part (e.g. a short ORDER_PAYMENT_TIMEOUT_SECONDS for the functions). */
export async function startStack(log: (line: string) => void, env: Record<string, string> = {}): Promise<RunningStack> {
  const stack = await startTestStack({
    parts: 'engine,functions,order-app',
    env,
    onLine: process.env['E2E_VERBOSE'] ? log : undefined,
  });
  log(`stack ready (data in ${stack.dataDir})`);
  return {
    appUrl: `http://127.0.0.1:${stack.ports.orderApp}`,
    graphqlUrl: `http://127.0.0.1:${stack.ports.engine}/v1/graphql`,
    authUrl: `http://127.0.0.1:${stack.ports.functions}/auth`,
    databaseUrl: stack.databaseUrl,
    stop: stack.stop,
  };
}
