import { join } from 'node:path';
import type { PART_NAMES, StackConfig } from './config.js';

export type PartName = (typeof PART_NAMES)[number];

/** One long-running child of `npm start`: how to run it and how to tell it is up. */
export interface PartSpec {
  name: PartName;
  /** What the URL is, for the list printed before `ready`. */
  label: string;
  /** The file whose existence means the part has been written. */
  entry: string;
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  /** Polled until it answers: 2xx for `/healthz`, any HTTP answer for the apps. */
  healthUrl: string;
  requireOk: boolean;
  url: string;
  /** How long a clean stop may take before the process group is killed. */
  stopTimeoutMs: number;
  /**
   * Started only once the database has its schema (the engine introspects it at boot).
   * The others open connections lazily, so they load their code while Postgres starts.
   */
  afterDatabase: boolean;
}

/**
 * A TypeScript part runs as one Node process with tsx as its loader, so our SIGTERM
 * reaches the part itself (the `tsx` command would add a process that SIGKILLs a child
 * slow to acknowledge a signal). The working directory resolves `tsx`.
 */
function nodeWithTsx(entry: string): { command: string; args: string[] } {
  return { command: process.execPath, args: ['--import', 'tsx', entry] };
}

export interface DatabaseUrls {
  /** Straight to Postgres: the engine needs a session connection for LISTEN/NOTIFY. */
  direct: string;
  /** Through pgBouncer in transaction mode: what serverless functions get. */
  pooled: string;
}

/**
 * The parts of the stack, in the order they are listed. Each is started only when its
 * entry file exists, so the stack grows as the parts land.
 */
export function planParts(config: StackConfig, db: DatabaseUrls, exists: (path: string) => boolean): PartSpec[] {
  const root = config.repoRoot;
  const bin = (name: string) => join(root, 'node_modules', '.bin', name);
  const { ports, shared } = config;
  const engineHttp = `http://127.0.0.1:${ports.engine}`;
  const functionsHttp = `http://127.0.0.1:${ports.functions}`;
  const common = { ...shared };

  const viteApp = (name: 'order-app' | 'analytics-app', label: string, port: number): PartSpec => {
    const cwd = join(root, 'src', name);
    return {
      name,
      label,
      entry: join(cwd, 'vite.config.ts'),
      command: bin('vite'),
      // Vite's default config loader bundles the config but leaves every package import to
      // Node, which cannot load the workspace packages' TypeScript (@3factor/domain, which
      // the analytics app's load generator imports); the runner loader transforms them.
      args: ['--configLoader', 'runner', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
      cwd,
      env: {
        ...common,
        VITE_GRAPHQL_HTTP_URL: `${engineHttp}/v1/graphql`,
        VITE_GRAPHQL_WS_URL: `ws://127.0.0.1:${ports.engine}/v1/graphql`,
        VITE_AUTH_URL: `${functionsHttp}/auth`,
      },
      healthUrl: `http://127.0.0.1:${port}/`,
      requireOk: false,
      url: `http://127.0.0.1:${port}/`,
      stopTimeoutMs: 10_000,
      afterDatabase: false,
    };
  };

  const parts: PartSpec[] = [
    {
      name: 'engine',
      label: 'GraphQL engine',
      entry: join(root, 'src', 'engine', 'src', 'main.ts'),
      ...nodeWithTsx(join(root, 'src', 'engine', 'src', 'main.ts')),
      cwd: root,
      env: {
        ...common,
        HASURA_GRAPHQL_DATABASE_URL: db.direct,
        HASURA_GRAPHQL_METADATA_DIR: config.metadataDir,
        HASURA_GRAPHQL_SERVER_PORT: String(ports.engine),
        HASURA_GRAPHQL_SERVER_HOST: '127.0.0.1',
        HASURA_GRAPHQL_GRACEFUL_SHUTDOWN_TIMEOUT: String(config.engineShutdownTimeoutSec),
      },
      healthUrl: `${engineHttp}/healthz`,
      requireOk: true,
      url: `${engineHttp}/v1/graphql`,
      stopTimeoutMs: (config.engineShutdownTimeoutSec + 10) * 1000,
      afterDatabase: true,
    },
    {
      name: 'functions',
      label: 'functions (event webhooks, /auth)',
      entry: join(config.functionsDir, 'localDevelopment.ts'),
      ...nodeWithTsx(join(config.functionsDir, 'localDevelopment.ts')),
      cwd: root,
      // HASURA_GRAPHQL_ENDPOINT: the functions schedule one-off events through the engine's metadata API.
      env: { ...common, FUNCTIONS_PORT: String(ports.functions), DATABASE_URL: db.pooled, HASURA_GRAPHQL_ENDPOINT: engineHttp },
      healthUrl: `${functionsHttp}/healthz`,
      requireOk: true,
      url: functionsHttp,
      stopTimeoutMs: 15_000,
      afterDatabase: false,
    },
    viteApp('order-app', 'order app', ports.orderApp),
    viteApp('analytics-app', 'analytics dashboard', ports.analyticsApp),
  ];
  return parts.filter((part) => exists(part.entry) && (!config.onlyParts || config.onlyParts.includes(part.name)));
}
