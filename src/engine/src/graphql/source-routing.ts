import { Kind, visit, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionNode } from 'graphql';
import type { SourceCustomization } from '../metadata/source-customization.js';
import { originalRootField, originalTypeName } from './source-names.js';

/**
 * Which source answers each root field of an operation, when sources beside `default` are served.
 * The operation is split into one document per source, in the source's own names (root fields
 * without the customization's prefix and suffix, a namespace field's selections lifted to the
 * root, types without the type-name customization), with the fragments and variable definitions
 * it uses; each is planned and run by that source's schema cache, and the answers are put back
 * together in the order asked. Pure: the sources say which root fields and types they have;
 * `default` answers everything else, including the errors.
 */
export interface RoutingSource {
  name: string;
  customization: SourceCustomization;
  hasRootField(operation: string, field: string): boolean;
  hasType(name: string): boolean;
}

export interface RoutedPart {
  /** `default` or an added source's name. */
  owner: string;
  document: DocumentNode;
}

/** A root field of the request: its response key, who answers it, and for a namespace field the keys inside it. */
export interface RoutedKey {
  key: string;
  owner: string;
  namespace?: { keys: string[]; typenameKeys: string[] };
}

export interface Routing {
  operation: OperationDefinitionNode['operation'];
  parts: RoutedPart[];
  keys: RoutedKey[];
}

function chosenOperation(document: DocumentNode, operationName: string | null | undefined): OperationDefinitionNode | undefined {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operationName) return operations.find((o) => o.name?.value === operationName);
  return operations.length === 1 ? operations[0] : undefined;
}

/** Fragment names the selections use, followed through the fragments themselves. */
function usedFragments(selections: readonly SelectionNode[], fragments: ReadonlyMap<string, FragmentDefinitionNode>): Set<string> {
  const used = new Set<string>();
  const pending = [...selections];
  while (pending.length > 0) {
    visit(pending.pop()!, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        const fragment = fragments.get(name);
        if (used.has(name) || !fragment) return;
        used.add(name);
        pending.push(...fragment.selectionSet.selections);
      },
    });
  }
  return used;
}

function usedVariables(nodes: readonly (SelectionNode | FragmentDefinitionNode)[]): Set<string> {
  const used = new Set<string>();
  for (const node of nodes) visit(node, { Variable: (variable) => void used.add(variable.name.value) });
  return used;
}

/** A root field in the source's own name, answering under the key the client asked for. */
function renamed(field: FieldNode, original: string): FieldNode {
  if (original === field.name.value) return field;
  return { ...field, alias: field.alias ?? { kind: Kind.NAME, value: field.name.value }, name: { ...field.name, value: original } };
}

/** Undefined when `default` answers the whole operation (or it cannot be split: root fragments, an unknown operation). */
export function routeBySource(
  document: DocumentNode,
  operationName: string | null | undefined,
  defaultHas: (operation: string, field: string) => boolean,
  sources: readonly RoutingSource[],
): Routing | undefined {
  const operation = chosenOperation(document, operationName);
  if (!operation) return undefined;
  const kind = operation.operation;
  const keys: RoutedKey[] = [];
  const groups = new Map<string, SelectionNode[]>();
  const add = (owner: string, selection: SelectionNode) => groups.set(owner, [...(groups.get(owner) ?? []), selection]);
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) return undefined;
    const name = selection.name.value;
    const key = selection.alias?.value ?? name;
    const namespaced = !name.startsWith('__') && !defaultHas(kind, name) ? sources.find((s) => s.customization.root_fields?.namespace === name) : undefined;
    if (namespaced) {
      const inner: RoutedKey['namespace'] = { keys: [], typenameKeys: [] };
      for (const child of selection.selectionSet?.selections ?? []) {
        if (child.kind !== Kind.FIELD) return undefined;
        const childKey = child.alias?.value ?? child.name.value;
        inner.keys.push(childKey);
        if (child.name.value === '__typename') inner.typenameKeys.push(childKey);
        else add(namespaced.name, renamed(child, originalRootField(child.name.value, namespaced.customization, (f) => namespaced.hasRootField(kind, f)) ?? child.name.value));
      }
      keys.push({ key, owner: namespaced.name, namespace: inner });
      continue;
    }
    const owner =
      name.startsWith('__') || defaultHas(kind, name)
        ? undefined
        : sources
            .filter((s) => !s.customization.root_fields?.namespace)
            .map((s) => ({ source: s, original: originalRootField(name, s.customization, (f) => s.hasRootField(kind, f)) }))
            .find((candidate) => candidate.original !== undefined);
    keys.push({ key, owner: owner?.source.name ?? 'default' });
    add(owner?.source.name ?? 'default', owner ? renamed(selection, owner.original!) : selection);
  }
  if (![...groups.keys()].some((owner) => owner !== 'default')) return undefined;
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f] as const));
  const parts = [...groups].map(([owner, selections]): RoutedPart => {
    const partFragments = [...usedFragments(selections, fragments)].map((n) => fragments.get(n)!);
    const variables = usedVariables([...selections, ...partFragments]);
    const partOperation: OperationDefinitionNode = {
      ...operation,
      variableDefinitions: (operation.variableDefinitions ?? []).filter((v) => variables.has(v.variable.name.value)),
      selectionSet: { ...operation.selectionSet, selections },
    };
    let partDocument: DocumentNode = { kind: Kind.DOCUMENT, definitions: [partOperation, ...partFragments] };
    const source = sources.find((s) => s.name === owner);
    // Variable types and type conditions in the source's own type names.
    if (source?.customization.type_names) {
      partDocument = visit(partDocument, {
        NamedType: (node) => {
          const original = originalTypeName(node.name.value, source.customization, (t) => source.hasType(t));
          return original ? { ...node, name: { ...node.name, value: original } } : undefined;
        },
      });
    }
    return { owner, document: partDocument };
  });
  return { operation: kind, parts, keys };
}
