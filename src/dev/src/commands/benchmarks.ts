import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Names of the benchmarks (`bench/<name>/index.ts`), sorted; `only` narrows them. */
export function findBenchmarks(root: string, only: readonly string[] = []): string[] {
  const dir = join(root, 'bench');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'index.ts')))
    .map((e) => e.name)
    .filter((name) => only.length === 0 || only.includes(name))
    .sort();
}
