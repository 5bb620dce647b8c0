import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';

export interface WriteReport {
  written: string[];
  unchanged: string[];
  removed: string[];
}

function yamlFilesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Whether the file already says the same (its comments and layout are then kept). */
function sameContent(file: string, text: string): boolean {
  if (!existsSync(file)) return false;
  const current = readFileSync(file, 'utf8');
  if (current === text) return true;
  if (!/\.ya?ml$/.test(file)) return false;
  try {
    return isDeepStrictEqual(parse(current), parse(text));
  } catch {
    return false;
  }
}

/**
 * Writes the files into `dir`, leaving untouched those that already say the same, so the
 * comments of hand-kept files survive and a watcher and git see only real changes; removes the table and function files under
 * `databases/` that no longer belong to the metadata (a table untracked).
 */
export function writeMetadataDirectory(dir: string, files: ReadonlyMap<string, string>): WriteReport {
  const report: WriteReport = { written: [], unchanged: [], removed: [] };
  for (const [path, text] of files) {
    const file = join(dir, path);
    if (sameContent(file, text)) {
      report.unchanged.push(path);
      continue;
    }
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    report.written.push(path);
  }
  for (const file of yamlFilesUnder(join(dir, 'databases'))) {
    const path = relative(dir, file);
    if (!files.has(path)) {
      rmSync(file);
      report.removed.push(path);
    }
  }
  return report;
}
