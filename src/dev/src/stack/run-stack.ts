import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PgBouncer } from '../pgbouncer/pgbouncer.js';
import type { PostgresCluster, ServiceExit } from '../postgres/cluster.js';
import { applySchemaOnce, ensureAppDatabase } from './app-database.js';
import { PART_NAMES, type StackConfig } from './config.js';
import { databaseUrls, redactPassword } from './database-urls.js';
import { stackDirs, startLocalPostgres, startStackPgBouncer, stopLeftoverServices } from './database-services.js';
import { ChildDiedError, waitUntilAnswering } from './http-ready.js';
import { forgetChildren, recordChildren, stopLeftoverChildren } from './leftovers.js';
import { Lifecycle, StopRequested } from './lifecycle.js';
import { acquireStackLock } from './stack-lock.js';
import { describeExit, spawnManagedChild, type ManagedChild } from './managed-child.js';
import { planParts, type PartSpec } from './parts.js';
import { assertPortsFree } from './ports.js';
import { prefixFor } from './prefixed-lines.js';
import { startDevLoop, type DevLoop } from '../reload/dev-loop.js';
import { shownPath } from '../metadata/inconsistency-lines.js';

/** How long a part may take to answer after it was started (tsx compiles on first run). */
const READY_TIMEOUT_MS = 120_000;

const PORT_VARIABLES: Record<PartSpec['name'], string> = {
  engine: 'HASURA_GRAPHQL_SERVER_PORT',
  functions: 'FUNCTIONS_PORT',
  'order-app': 'ORDER_APP_PORT',
  'analytics-app': 'ANALYTICS_APP_PORT',
};

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * `npm start`: Postgres, pgBouncer, schema and seed, then every part that exists; prints
 * the URLs and `ready`; on a signal stops the parts, then pgBouncer, then Postgres.
 * Resolves with the exit code: 0 after a requested stop, 1 when something failed.
 */
export async function runStack(
  config: StackConfig,
  write: (line: string) => void,
  /** Tests replace the parts with stand-ins. */
  overrides: { parts?: PartSpec[] } = {},
): Promise<number> {
  const startedAt = Date.now();
  const say = (line: string) => write(`${prefixFor('npm start')} ${line}`);
  const lifecycle = new Lifecycle(say);
  const unlisten = lifecycle.listen();
  const unwatch = lifecycle.stopWhenOrphaned();
  const urls = databaseUrls(config);
  const parts = overrides.parts ?? planParts(config, urls, existsSync);
  const dirs = stackDirs(config);
  const childrenFile = join(dirs.run, 'children.json');
  const children: ManagedChild[] = [];
  const recorded: Array<{ name: string; pid: number; marker: string }> = [];
  let cluster: PostgresCluster | undefined;
  let bouncer: PgBouncer | undefined;
  let releaseLock: (() => void) | undefined;
  let devLoop: DevLoop | undefined;
  const started = new Map<PartSpec, ManagedChild>();
  /** Children stopped on purpose to be replaced (a reload): their exit is no failure. */
  const replaced = new Set<ManagedChild>();

  const watch = (name: string, exited: Promise<ServiceExit>) =>
    void exited.then((exit) => {
      if (!lifecycle.stopping) lifecycle.fail(`${name} ${describeExit(exit)}`);
    });

  const startPart = (part: PartSpec, reloaded = false): ManagedChild => {
    const child = spawnManagedChild({
      name: part.name,
      command: part.command,
      args: part.args,
      cwd: part.cwd,
      env: { ...process.env, ...part.env },
      write,
    });
    children.push(child);
    started.set(part, child);
    void child.exited.then((exit) => {
      if (lifecycle.stopping || replaced.has(child)) return;
      // A reload that broke the part (a syntax error just saved) waits for the next save.
      if (reloaded) say(`${part.name} ${describeExit(exit)}; fix the code and save to start it again`);
      else lifecycle.fail(`${part.name} ${describeExit(exit)}`);
    });
    // Its command line once running (vite's `#!/usr/bin/env node` shows as `node <vite> ...`).
    recorded.push({ name: part.name, pid: child.pid, marker: [part.command, ...part.args].join(' ') });
    recordChildren(childrenFile, recorded);
    return child;
  };

  /** Stops one part and starts it again; resolves once it answers (a reload on save). One restart at a time. */
  let restarting: Promise<void> = Promise.resolve();
  const restartPart = (part: PartSpec): Promise<void> => {
    const run = restarting.then(() => restartNow(part));
    restarting = run.catch(() => undefined);
    return run;
  };
  const restartNow = async (part: PartSpec): Promise<void> => {
    const old = started.get(part);
    if (old) {
      replaced.add(old);
      await old.stop(part.stopTimeoutMs);
      children.splice(children.indexOf(old), 1);
      const entry = recorded.findIndex((r) => r.pid === old.pid);
      if (entry >= 0) recorded.splice(entry, 1);
    }
    lifecycle.checkpoint();
    const child = startPart(part, true);
    await lifecycle.race(waitUntilAnswering({ name: part.name, url: part.healthUrl, requireOk: part.requireOk, exited: child.exited, timeoutMs: READY_TIMEOUT_MS }));
  };

  const startDatabase = async () => {
    // pgBouncer connects to Postgres only when a client arrives: start both at once.
    // Both must settle before anything is stopped, or a server still starting is orphaned.
    const results = await Promise.allSettled([
      startStackPgBouncer(config, write).then((b) => {
        bouncer = b;
        watch('pgbouncer', b.exited);
      }),
      (async () => {
        if (!config.externalDatabaseUrl) {
          cluster = await startLocalPostgres(config, write);
          watch('postgres', cluster.exited);
          lifecycle.checkpoint();
          await ensureAppDatabase(urls.admin ?? cluster.url, config.reset, say);
          lifecycle.checkpoint();
        }
        await applySchemaOnce(urls.direct, config.repoRoot, say);
      })(),
    ]);
    for (const result of results) if (result.status === 'rejected') throw result.reason;
  };

  const startEverything = async () => {
    mkdirSync(dirs.run, { recursive: true, mode: 0o755 });
    releaseLock = acquireStackLock(dirs.run);
    const stoppedParts = await stopLeftoverChildren(childrenFile, say);
    recordChildren(childrenFile, recorded);
    const stoppedServices = await stopLeftoverServices(config, say);
    await assertPortsFree(
      [
        ...(config.externalDatabaseUrl ? [] : [{ port: config.ports.postgres, variable: 'POSTGRES_PORT', what: 'postgres' }]),
        { port: config.ports.pgbouncer, variable: 'PGBOUNCER_PORT', what: 'pgbouncer' },
        ...parts.map((p) => ({ port: Number(new URL(p.healthUrl).port), variable: PORT_VARIABLES[p.name], what: p.name })),
      ],
      // What was just stopped may hold its port a moment longer.
      { waitMs: stoppedParts + stoppedServices > 0 ? 5000 : 0 },
    );
    lifecycle.checkpoint();
    // Loading code takes longer than starting Postgres: whatever can, starts right away.
    for (const part of parts.filter((p) => !p.afterDatabase)) startPart(part);
    await startDatabase();
    say(`database ready (${((Date.now() - startedAt) / 1000).toFixed(1)} s)`);
    lifecycle.checkpoint();
    for (const part of parts.filter((p) => p.afterDatabase)) startPart(part);
    await lifecycle.race(
      Promise.all(
        parts.map((part) =>
          waitUntilAnswering({
            name: part.name,
            url: part.healthUrl,
            requireOk: part.requireOk,
            exited: started.get(part)!.exited,
            timeoutMs: READY_TIMEOUT_MS,
          }).then(() => say(`${part.name} answers (${((Date.now() - startedAt) / 1000).toFixed(1)} s)`)),
        ),
      ),
    );
    printUrls();
    if (config.watch) startWatching();
    say(`up in ${((Date.now() - startedAt) / 1000).toFixed(1)} s; Ctrl-C stops everything`);
    write('ready');
  };

  const startWatching = () => {
    const engine = parts.find((p) => p.name === 'engine');
    const functions = parts.find((p) => p.name === 'functions');
    devLoop = startDevLoop({
      config,
      ...(engine ? { engine: { url: new URL(engine.healthUrl).origin, adminSecret: config.shared.HASURA_GRAPHQL_ADMIN_SECRET } } : {}),
      ...(functions ? { restartFunctions: () => restartPart(functions) } : {}),
      say: (line) => write(`${prefixFor('reload')} ${line}`),
    });
    const watched = [functions && config.functionsDir, engine && config.metadataDir].filter(Boolean).map((dir) => shownPath(dir as string, config.repoRoot));
    if (watched.length > 0) say(`reloading on save: ${watched.join(', ')} (DEV_WATCH=0 turns it off)`);
  };

  const printUrls = () => {
    const rows: Array<[string, string]> = [
      [config.externalDatabaseUrl ? 'postgres (external)' : 'postgres', redactPassword(urls.direct, config)],
      ['pgbouncer', `${redactPassword(urls.pooled, config)}  (transaction mode; the functions' DATABASE_URL)`],
      ...parts.map((p): [string, string] => [p.label, p.url]),
    ];
    for (const [label, url] of rows) write(`  ${label.padEnd(36)} ${url}`);
    const missing = PART_NAMES.filter((name) => !parts.some((p) => p.name === name));
    if (missing.length > 0) say(`not started: ${missing.join(', ')} (${config.onlyParts ? 'DEV_PARTS' : 'not written yet'})`);
  };

  try {
    await startEverything();
    await lifecycle.stopped;
  } catch (error) {
    if (!(error instanceof StopRequested)) {
      lifecycle.fail(error instanceof ChildDiedError ? error.message : `start failed: ${messageOf(error)}`);
    }
  }
  lifecycle.requestStop('shutdown');
  devLoop?.close();
  await shutdown();
  releaseLock?.();
  unlisten();
  unwatch();
  return lifecycle.failure ? 1 : 0;

  async function shutdown() {
    say('stopping');
    // The parts first, so none of them sees its database vanish under it.
    await Promise.all(
      children.map(async (child) => {
        const part = parts.find((p) => p.name === child.name);
        const exit = await child.stop(part?.stopTimeoutMs ?? 10_000);
        // 143 = 128 + SIGTERM: how vite (and many CLIs) report a stop they handled.
        if (exit.code !== 0 && exit.code !== 143 && exit.code !== null) say(`${child.name} ${describeExit(exit)} while stopping`);
      }),
    );
    forgetChildren(childrenFile);
    if (bouncer) await bouncer.stop().catch((e: unknown) => say(`pgbouncer: ${messageOf(e)}`));
    if (cluster) await cluster.stop().catch((e: unknown) => say(`postgres: ${messageOf(e)}`));
    say('stopped');
  }
}
