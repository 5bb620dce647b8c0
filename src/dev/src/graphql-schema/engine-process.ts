import { join } from 'node:path';
import { freePort } from '../process/free-port.js';
import { spawnManagedChild } from '../stack/managed-child.js';
import { waitUntilAnswering } from '../stack/http-ready.js';
import { repoRoot, metadataDir } from '../paths.js';

export interface EngineProcess {
  graphqlUrl: string;
  adminSecret: string;
  stop(): Promise<void>;
}

const ADMIN_SECRET = 'graphql-schema-export';

/**
 * The engine as its own process (as `npm start` runs it) on `databaseUrl` with the project's
 * metadata. A process, not an import: the dev tooling never compiles against the engine's
 * sources, it only talks to it. The environment is only what the schema depends on, so a
 * developer's HASURA_GRAPHQL_* variables cannot change the exported SDL.
 */
export async function startEngineProcess(databaseUrl: string): Promise<EngineProcess> {
  const port = await freePort();
  const output: string[] = [];
  const entry = join(repoRoot, 'src', 'engine', 'src', 'main.ts');
  const child = spawnManagedChild({
    name: 'engine',
    command: process.execPath,
    args: ['--import', 'tsx', entry],
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH ?? '',
      HASURA_GRAPHQL_DATABASE_URL: databaseUrl,
      HASURA_GRAPHQL_METADATA_DIR: metadataDir,
      HASURA_GRAPHQL_SERVER_HOST: '127.0.0.1',
      HASURA_GRAPHQL_SERVER_PORT: String(port),
      HASURA_GRAPHQL_ADMIN_SECRET: ADMIN_SECRET,
      HASURA_GRAPHQL_UNAUTHORIZED_ROLE: 'anonymous',
      // The trigger webhooks' template needs a value; nothing is delivered while we look.
      ACTION_BASE_URL: 'http://127.0.0.1:9',
      EVENT_WEBHOOK_SECRET: 'unused',
    },
    write: (line) => {
      output.push(line);
      if (output.length > 200) output.shift();
    },
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitUntilAnswering({ name: 'engine', url: `${base}/healthz`, requireOk: true, exited: child.exited, timeoutMs: 60_000 });
  } catch (error) {
    await child.stop(5_000);
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${output.join('\n')}`);
  }
  return {
    graphqlUrl: `${base}/v1/graphql`,
    adminSecret: ADMIN_SECRET,
    stop: async () => {
      await child.stop(10_000);
    },
  };
}
