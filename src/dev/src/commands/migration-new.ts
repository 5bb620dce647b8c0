/**
 * `npm run migration:new -- <name>`: after an edit of schema.sql, writes the migration that
 * takes the running database from the schema.sql it was built from to the edited one, in
 * Hasura CLI's layout (hasura/migrations/default/<version>_<name>/up.sql, down.sql), and
 * applies it — so production keeps `hasura migrate apply`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseCommandLine, runCommand, UsageError } from '../cli/command-line.js';
import { metadataApi } from '../metadata/metadata-api.js';
import { applyMigration, MigrationMismatch, recordedSchema } from '../migrations/apply-migration.js';
import { migrationFolders, migrationName, migrationsDir, nextVersion, writeMigration } from '../migrations/migration-files.js';
import { diffSchema } from '../migrations/schema-diff.js';
import { repoRoot } from '../paths.js';
import { stackConfigFromEnv } from '../stack/config.js';
import { databaseUrls } from '../stack/database-urls.js';
import { sha256 } from '../stack/schema-plan.js';

const USAGE = `usage: npm run migration:new -- <name> [--dry-run | --skip-apply]
       npm run migration:new -- --apply <version>_<name>

Changing the database while npm start runs: edit schema.sql (the whole schema, as a fresh
database gets it), then run this. It compares schema.sql with the text the running database
was built or last migrated from, writes hasura/migrations/default/<version>_<name>/up.sql and
down.sql (Hasura CLI's layout), and applies up.sql to the running database in one transaction,
committed only if the database then has exactly the schema a fresh one gets from schema.sql.
The engine reloads its metadata afterwards. In production: hasura migrate apply.

What it derives: new and dropped tables, views, functions, indexes, triggers, types; columns
and named constraints added to or dropped from a table (ALTER TABLE); changed views and
functions (CREATE OR REPLACE); values added to an enum; indexes and triggers recreated. A
column whose type or default changed, or an unnamed constraint, is left to you: the files are
written with a TODO, nothing is applied; edit them, then apply with --apply <folder>.

  --dry-run           print up.sql and down.sql; write and change nothing
  --skip-apply        write the files only (like hasura migrate create); the database stays as is
  --apply <folder>    apply an existing migration folder's up.sql (after editing it by hand)
  --schema <file>     the edited schema (default: schema.sql)
  --migrations <dir>  where migrations go (default: hasura/migrations/default)
  -h, --help          this text

environment: the same as npm start (POSTGRES_PORT, DATABASE_URL, HASURA_GRAPHQL_SERVER_PORT, ...)`;

const OPTIONS = {
  'dry-run': { type: 'boolean' },
  'skip-apply': { type: 'boolean' },
  apply: { type: 'string' },
  schema: { type: 'string' },
  migrations: { type: 'string' },
} as const;

const say = (line: string) => process.stdout.write(line + '\n');

/** What the database was built from: the recorded text, or schema.sql at HEAD when only its hash was recorded. */
function baselineSchema(recorded: { sha256: string; content: string | null }): string {
  if (recorded.content !== null) return recorded.content;
  try {
    const atHead = execFileSync('git', ['show', 'HEAD:schema.sql'], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    if (sha256(atHead) === recorded.sha256) return atHead;
  } catch {
    // not a git checkout
  }
  throw new Error(
    'the database does not record the schema.sql it was built from (it predates this command) and HEAD:schema.sql is not it either; rebuild it with npm start -- --reset',
  );
}

async function reloadEngine(config: ReturnType<typeof stackConfigFromEnv>): Promise<void> {
  try {
    const answer = await metadataApi(
      { url: `http://127.0.0.1:${config.ports.engine}`, adminSecret: config.shared.HASURA_GRAPHQL_ADMIN_SECRET },
      { type: 'reload_metadata', args: {} },
    );
    const body = answer.body as { is_consistent?: boolean; inconsistent_objects?: unknown[] };
    if (answer.status !== 200) say(`the engine did not reload its metadata: HTTP ${answer.status}`);
    else if (body.is_consistent === false) say(`the engine reloaded; metadata now inconsistent with the database: ${JSON.stringify(body.inconsistent_objects)}`);
    else say('the engine reloaded its metadata');
  } catch {
    say('the engine is not running: it reads the new schema when it starts');
  }
}

await runCommand('npm run migration:new', USAGE, async () => {
  const { values, positionals } = parseCommandLine(process.argv.slice(2), USAGE, OPTIONS);
  const config = stackConfigFromEnv(process.env, repoRoot);
  const databaseUrl = databaseUrls(config).direct;
  const schemaSql = readFileSync(values.schema ?? join(repoRoot, 'schema.sql'), 'utf8');
  const dir = values.migrations ?? migrationsDir(repoRoot);

  const apply = async (folder: string, upSql: string) => {
    try {
      await applyMigration(databaseUrl, upSql, schemaSql);
    } catch (error) {
      if (error instanceof MigrationMismatch) say(`not applied (rolled back): edit ${folder}/up.sql and down.sql, then npm run migration:new -- --apply ${folder}`);
      throw error;
    }
  };

  if (values.apply !== undefined) {
    if (positionals.length > 0) throw new UsageError('--apply takes a folder, not a name');
    await apply(values.apply, readFileSync(join(dir, values.apply, 'up.sql'), 'utf8'));
    say(`applied ${values.apply}/up.sql; the database matches schema.sql`);
    await reloadEngine(config);
    return 0;
  }

  if (positionals.length !== 1) throw new UsageError('give the migration one name, e.g. npm run migration:new -- add_order_notes');
  const name = migrationName(positionals[0]!);
  const recorded = await recordedSchema(databaseUrl);
  if (!recorded) throw new Error('the database was not built by npm start from schema.sql: nothing to compare with');
  const baseline = baselineSchema(recorded);
  if (sha256(baseline) === sha256(schemaSql)) {
    say('schema.sql is what the database already has: no migration to write');
    return 0;
  }
  const diff = diffSchema(baseline, schemaSql);
  const folder = `${nextVersion(migrationFolders(dir))}_${name}`;
  const todo = diff.unresolved.map((line) => `-- TODO: ${line}`);
  const up = { header: [`-- ${name}: derived from the edit of schema.sql by npm run migration:new`, ...todo].join('\n'), statements: diff.up };
  const down = { header: `-- ${name}: undoes up.sql`, statements: diff.down };

  if (values['dry-run']) {
    say(`-- ${folder}/up.sql\n${up.header}\n\n${up.statements.join('\n\n')}\n\n-- ${folder}/down.sql\n${down.header}\n\n${down.statements.join('\n\n')}`);
    return diff.unresolved.length > 0 ? 1 : 0;
  }
  const path = writeMigration(dir, folder, up, down);
  say(`wrote ${relative(process.cwd(), path) || path}/up.sql and down.sql (${diff.up.length} statement(s) up, ${diff.down.length} down)`);
  if (diff.unresolved.length > 0) {
    for (const line of diff.unresolved) say(`  to do by hand: ${line}`);
    say(`nothing applied: edit the files, then npm run migration:new -- --apply ${folder}`);
    return 1;
  }
  if (values['skip-apply']) {
    say(`not applied (--skip-apply): npm run migration:new -- --apply ${folder}`);
    return 0;
  }
  await apply(folder, readFileSync(join(path, 'up.sql'), 'utf8'));
  say('applied to the running database, which now matches schema.sql');
  await reloadEngine(config);
  return 0;
});
