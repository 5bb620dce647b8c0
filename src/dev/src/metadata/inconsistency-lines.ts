import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One entry of Hasura's `get_inconsistent_metadata` (also the `internal` of a refused replace_metadata). */
export interface InconsistentObject {
  definition?: unknown;
  name?: string;
  reason?: string;
  type?: string;
}

interface QualifiedName {
  schema: string;
  name: string;
}

function qualified(raw: unknown): QualifiedName | undefined {
  if (typeof raw === 'string') return { schema: 'public', name: raw };
  if (raw && typeof raw === 'object' && typeof (raw as QualifiedName).name === 'string') {
    return { schema: (raw as Partial<QualifiedName>).schema ?? 'public', name: (raw as QualifiedName).name };
  }
  return undefined;
}

/**
 * The file of a metadata directory that defines the object, by the Hasura CLI's naming
 * (`databases/<source>/tables/<schema>_<name>.yaml`, `.../functions/...`): tables carry
 * their relationships, permissions, computed fields and event triggers.
 */
export function fileOfObject(dir: string, object: InconsistentObject): string {
  const definition = (object.definition ?? {}) as { source?: unknown; table?: unknown; schema?: unknown };
  const source = typeof definition.source === 'string' ? definition.source : 'default';
  const isFunction = object.type === 'function';
  const target = isFunction || object.type === 'table' ? qualified(object.definition) : qualified(definition.table);
  if (target) {
    const file = join(dir, 'databases', source, isFunction ? 'functions' : 'tables', `${target.schema}_${target.name}.yaml`);
    if (existsSync(file)) return file;
  }
  return join(dir, 'databases', 'databases.yaml');
}

/** A path as printed: relative to `from` when below it, else absolute. */
export function shownPath(path: string, from: string): string {
  const rel = relative(from, path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
}

/** One line per object: the file it is in, Hasura's name for it, and Hasura's reason. */
export function inconsistencyLines(dir: string, objects: readonly InconsistentObject[], shownFrom: string = dir): string[] {
  return objects.map((object) => `${shownPath(fileOfObject(dir, object), shownFrom)}: ${object.name ?? object.type ?? 'object'}: ${object.reason ?? 'inconsistent'}`);
}
