import type { QualifiedTable } from './types.js';
import { parseFailed } from './errors.js';

/** Small readers for operation arguments that fail with Hasura's parse errors. */
export function objectArg(value: unknown, path = '$.args'): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw parseFailed(`expected Object, but encountered ${describe(value)}`, path);
  }
  return value as Record<string, unknown>;
}

export function stringArg(args: Record<string, unknown>, key: string, path = '$.args'): string {
  const value = args[key];
  if (value === undefined || value === null) throw parseFailed(`key "${key}" not found`, path);
  if (typeof value !== 'string') throw parseFailed(`expected String, but encountered ${describe(value)}`, `${path}.${key}`);
  return value;
}

export function optionalString(args: Record<string, unknown>, key: string, path = '$.args'): string | undefined {
  const value = args[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw parseFailed(`expected String, but encountered ${describe(value)}`, `${path}.${key}`);
  return value;
}

export function optionalBool(args: Record<string, unknown>, key: string, path = '$.args'): boolean | undefined {
  const value = args[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw parseFailed(`expected Boolean, but encountered ${describe(value)}`, `${path}.${key}`);
  return value;
}

function describe(value: unknown): string {
  if (value === null) return 'Null';
  if (Array.isArray(value)) return 'Array';
  const t = typeof value;
  return t === 'string' ? 'String' : t === 'number' ? 'Number' : t === 'boolean' ? 'Boolean' : t === 'object' ? 'Object' : t;
}

/** `"author"` or `{name, schema?}`; the schema defaults to public as in Hasura. */
export function qualifiedName(value: unknown, path: string): QualifiedTable {
  if (typeof value === 'string') return { schema: 'public', name: value };
  const obj = objectArg(value, path);
  const name = stringArg(obj, 'name', path);
  const schema = optionalString(obj, 'schema', path) ?? 'public';
  return { schema, name };
}

export function sourceName(args: Record<string, unknown>): string {
  return optionalString(args, 'source') ?? 'default';
}

/** How Hasura prints a table in messages: public tables by name, others schema-qualified. */
export function showTable(table: QualifiedTable): string {
  return table.schema === 'public' ? table.name : `${table.schema}.${table.name}`;
}

export function sameTable(a: QualifiedTable, b: QualifiedTable): boolean {
  return a.schema === b.schema && a.name === b.name;
}
