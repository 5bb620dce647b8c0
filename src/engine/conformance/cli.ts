import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { freePort, repoRoot, startPostgresCluster } from '@3factor/dev';
import {
  CONFORMANCE_ADMIN_SECRET,
  CONFORMANCE_JWT_KEY,
  EXTRA_DIRECTORIES,
  ISSUE_3_DIRECTORIES,
  SECOND_SET_DIRECTORIES,
  conformanceDataExists,
  conformanceDataRoot,
  ensureLocale,
  formatReport,
  runConformance,
  startConformanceEngine,
} from './index.js';

/**
 * `npm run conformance [-- --dir order_by --dir insert/basic] [--engine-url URL --admin-secret S]
 * [--json path] [--show-soft]`: Hasura's YAML cases against the engine. Without --engine-url it
 * starts a throwaway Postgres cluster and an engine on a fresh database.
 */
/** Databases for HASURA_GRAPHQL_PG_SOURCE_URL_1 and _2, as Hasura's CI provides them. */
const EXTRA_SOURCE_DATABASES = ['pg_source_1', 'pg_source_2'] as const;

const HELP = `usage: npm run conformance -- [--all | --second] [--dir SUBSTRING]... [--engine-url URL --admin-secret SECRET [--jwt-key KEY]] [--json PATH] [--show-soft]`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', multiple: true },
      'engine-url': { type: 'string' },
      'admin-secret': { type: 'string' },
      'jwt-key': { type: 'string' },
      json: { type: 'string' },
      'show-soft': { type: 'boolean' },
      all: { type: 'boolean' },
      second: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) {
    process.stdout.write(HELP + '\n');
    return;
  }
  const root = conformanceDataRoot();
  if (!conformanceDataExists()) throw new Error(`no conformance data at ${root} (set HASURA_CONFORMANCE_DIR)`);
  const filters = values.dir ?? [];
  // --all: every directory; --second: the INDEX's second set only; default: the issue 3 list.
  const secondSet = SECOND_SET_DIRECTORIES.map((d) => d.dir);
  const candidates = values.all ? [...ISSUE_3_DIRECTORIES, ...EXTRA_DIRECTORIES, ...secondSet] : values.second ? secondSet : ISSUE_3_DIRECTORIES;
  const dirs = candidates.filter((d) => filters.length === 0 || filters.some((f) => d.includes(f)));
  const log = (line: string) => process.stdout.write(line + '\n');
  const jsonPath = values.json ?? join(repoRoot, '.data', 'conformance', 'summary.json');

  const cleanups: (() => Promise<void>)[] = [];
  try {
    let engineUrl = values['engine-url'];
    let adminSecret = values['admin-secret'] ?? CONFORMANCE_ADMIN_SECRET;
    let jwtKey = values['jwt-key'];
    let engineWith: ((settings: Readonly<Record<string, string>>) => Promise<{ url: string; stop: () => Promise<void> }>) | undefined;
    if (!engineUrl) {
      // Before Postgres starts: a server only sees locales that existed when it started.
      ensureLocale(log);
      const base = join(repoRoot, '.data', 'conformance', String(process.pid));
      cleanups.unshift(async () => rmSync(base, { recursive: true, force: true }));
      const cluster = await startPostgresCluster({ dataDir: join(base, 'pg'), port: await freePort(), runDir: join(base, 'run') });
      cleanups.unshift(() => cluster.stop());
      const database = `conformance_${Date.now()}`;
      const admin = new pg.Client({ connectionString: cluster.url });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${database}`);
      // The further Postgres sources tests-py's multi-source cases add (pg_add_source {from_env}).
      const sourceEnv: Record<string, string> = {};
      for (const [index, name] of EXTRA_SOURCE_DATABASES.entries()) {
        await admin.query(`CREATE DATABASE ${name}`);
        sourceEnv[`HASURA_GRAPHQL_PG_SOURCE_URL_${index + 1}`] = cluster.urlFor(name);
      }
      await admin.end();
      const engine = await startConformanceEngine(cluster.urlFor(database), undefined, sourceEnv);
      cleanups.unshift(() => engine.stop());
      engineUrl = engine.url;
      const databaseUrl = cluster.urlFor(database);
      engineWith = (settings) => startConformanceEngine(databaseUrl, undefined, { ...sourceEnv, ...settings });
      adminSecret = CONFORMANCE_ADMIN_SECRET;
      jwtKey = CONFORMANCE_JWT_KEY;
      log(`engine ${engineUrl} on a fresh database ${database}`);
    }
    const summary = await runConformance({ root, engineUrl, adminSecret, jwtKey, dirs, log, engineWith });
    process.stdout.write('\n' + formatReport(summary, { showSoft: values['show-soft'] }));
    mkdirSync(dirname(jsonPath), { recursive: true });
    writeFileSync(jsonPath, JSON.stringify(summary, null, 2) + '\n');
    log(`summary written to ${jsonPath}`);
  } finally {
    for (const cleanup of cleanups) await cleanup().catch((e: unknown) => process.stderr.write(`cleanup failed: ${String(e)}\n`));
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`conformance run failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
