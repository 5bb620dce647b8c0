import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Hasura CLI's layout: `migrations/<database>/<version>_<name>/{up,down}.sql`, the version a millisecond timestamp. */
export function migrationsDir(repoRoot: string, database = 'default'): string {
  return join(repoRoot, 'hasura', 'migrations', database);
}

/** The migration folders in the order `hasura migrate apply` runs them (by version). */
export function migrationFolders(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && /^\d+_/.test(e.name))
    .map((e) => e.name)
    .sort((a, b) => Number(a.split('_')[0]) - Number(b.split('_')[0]));
}

/** A name as the CLI accepts it in a folder name: lower case words joined by `_`. */
export function migrationName(raw: string): string {
  const name = raw
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!name) throw new Error(`"${raw}" has no letters or digits to name a migration with`);
  return name;
}

/** A version later than every existing one (two migrations in the same millisecond stay ordered). */
export function nextVersion(folders: readonly string[], now = Date.now()): number {
  const latest = Math.max(0, ...folders.map((f) => Number(f.split('_')[0])));
  return Math.max(now, latest + 1);
}

function sqlFile(header: string, statements: readonly string[]): string {
  return `${header}\n\n${statements.join('\n\n')}\n`;
}

export function writeMigration(
  dir: string,
  folder: string,
  up: { header: string; statements: readonly string[] },
  down: { header: string; statements: readonly string[] },
): string {
  const path = join(dir, folder);
  mkdirSync(path, { recursive: true });
  writeFileSync(join(path, 'up.sql'), sqlFile(up.header, up.statements));
  writeFileSync(join(path, 'down.sql'), sqlFile(down.header, down.statements));
  return path;
}
