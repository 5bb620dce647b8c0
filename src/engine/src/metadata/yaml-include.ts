import { readFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import YAML, { type ScalarTag } from 'yaml';

/**
 * YAML with Hasura's `!include`, resolved exactly as the Hasura CLI does
 * (cli/internal/metadatautil/yaml.go):
 * - a real tag (`tables: !include tables.yaml`) and any string that *contains* `!include`
 *   (`"!include default/tables/tables.yaml"`) are both includes; for the string form the
 *   path is everything after the first space, with surrounding double quotes trimmed;
 * - paths are relative to the directory of the including file;
 * - `.yaml` files are parsed recursively; any other extension (`.graphql`, `.sql`, even
 *   `.yml`) is inlined as a string.
 */
export class MetadataFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'MetadataFileError';
  }
}

class IncludeRef {
  constructor(readonly path: string) {}
}

const includeTag: ScalarTag = {
  tag: '!include',
  resolve: (value: string) => new IncludeRef(value),
};

/** Parses YAML text (no includes resolved). Empty documents give `undefined`. */
export function parseYaml(text: string, file: string): unknown {
  const doc = YAML.parseDocument(text, { customTags: [includeTag], uniqueKeys: false });
  if (doc.errors.length > 0) throw new MetadataFileError(file, doc.errors[0]!.message);
  const value: unknown = doc.toJS({ maxAliasCount: 10_000 });
  return value === null && doc.contents === null ? undefined : value;
}

function includePathOf(value: string): string {
  const parts = value.split(' ');
  return parts
    .slice(1)
    .join(' ')
    .replace(/^"+|"+$/g, '');
}

/** Reads a YAML file and resolves every include below it. */
export function readYamlWithIncludes(file: string, seen: readonly string[] = []): unknown {
  if (seen.includes(file)) throw new MetadataFileError(file, `!include cycle: ${[...seen, file].join(' -> ')}`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new MetadataFileError(file, (error as Error).message);
  }
  return resolveIncludes(parseYaml(text, file), dirname(file), [...seen, file]);
}

/** Resolves includes inside an already parsed value; `baseDir` is the including file's folder. */
export function resolveIncludes(value: unknown, baseDir: string, seen: readonly string[] = []): unknown {
  if (value instanceof IncludeRef) return include(value.path, baseDir, seen);
  if (typeof value === 'string') return value.includes('!include') ? include(includePathOf(value), baseDir, seen) : value;
  if (Array.isArray(value)) return value.map((item) => resolveIncludes(item, baseDir, seen));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = resolveIncludes(item, baseDir, seen);
    return out;
  }
  return value;
}

function include(path: string, baseDir: string, seen: readonly string[]): unknown {
  const file = join(baseDir, path);
  if (extname(file) !== '.yaml') {
    try {
      return readFileSync(file, 'utf8');
    } catch (error) {
      throw new MetadataFileError(file, (error as Error).message);
    }
  }
  return readYamlWithIncludes(file, seen);
}
