import { Kind, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { SourceCustomization } from '../metadata/source-customization.js';

/**
 * A source's `customization` applied to names, both ways: the names a client sees (root fields
 * with the root-field prefix and suffix, types with the type-name mapping or prefix and suffix)
 * and the names the source's own schema has. Pure.
 */
const BUILT_IN = new Set(['Int', 'Float', 'String', 'Boolean', 'ID']);

export function customizedTypeName(name: string, c: SourceCustomization): string {
  if (name.startsWith('__') || BUILT_IN.has(name)) return name;
  const mapped = c.type_names?.mapping?.[name];
  if (mapped) return mapped;
  return `${c.type_names?.prefix ?? ''}${name}${c.type_names?.suffix ?? ''}`;
}

/** The source's own name of a type the client named, or undefined when the name is not one of the source's. */
export function originalTypeName(name: string, c: SourceCustomization, known: (name: string) => boolean): string | undefined {
  const mapped = Object.entries(c.type_names?.mapping ?? {}).find(([, to]) => to === name)?.[0];
  if (mapped && known(mapped)) return mapped;
  const prefix = c.type_names?.prefix ?? '';
  const suffix = c.type_names?.suffix ?? '';
  if (!name.startsWith(prefix) || !name.endsWith(suffix) || name.length < prefix.length + suffix.length) return undefined;
  const stripped = name.slice(prefix.length, name.length - suffix.length);
  return known(stripped) && customizedTypeName(stripped, c) === name ? stripped : undefined;
}

/** The source's own root field a client's root field name stands for, if it has one by that name. */
export function originalRootField(field: string, c: SourceCustomization, known: (name: string) => boolean): string | undefined {
  const prefix = c.root_fields?.prefix ?? '';
  const suffix = c.root_fields?.suffix ?? '';
  if (!field.startsWith(prefix) || !field.endsWith(suffix) || field.length <= prefix.length + suffix.length) return undefined;
  const stripped = field.slice(prefix.length, field.length - suffix.length);
  return known(stripped) ? stripped : undefined;
}

/** The `__typename` of a source's namespace field (`my_source_query`, customized like the source's types). */
export function namespaceTypeName(namespace: string, operation: string, c: SourceCustomization): string {
  return customizedTypeName(`${namespace}_${operation}`, c);
}

/**
 * Rewrites the `__typename` values of a source's answer to the names the client sees, following
 * the selection set (aliases, fragments) down the answer; each value once, however many
 * fragments select it.
 */
export function customizeTypenames(
  data: unknown,
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  rename: (name: string) => string,
  done: WeakMap<object, Set<string>> = new WeakMap(),
): void {
  if (Array.isArray(data)) {
    for (const item of data) customizeTypenames(item, selectionSet, fragments, rename, done);
    return;
  }
  if (data === null || typeof data !== 'object') return;
  const row = data as Record<string, unknown>;
  const renamed = done.get(row) ?? new Set<string>();
  done.set(row, renamed);
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      if (selection.name.value === '__typename') {
        if (typeof row[key] === 'string' && !renamed.has(key)) row[key] = rename(row[key] as string);
        renamed.add(key);
      } else if (selection.selectionSet) customizeTypenames(row[key], selection.selectionSet, fragments, rename, done);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      customizeTypenames(row, selection.selectionSet, fragments, rename, done);
    } else {
      const fragment = fragments.get(selection.name.value);
      if (fragment) customizeTypenames(row, fragment.selectionSet, fragments, rename, done);
    }
  }
}
