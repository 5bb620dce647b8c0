import {
  Kind,
  type ASTNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type ObjectFieldNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/**
 * Hasura's JSON paths for the nodes of an operation (`$.selectionSet.author.args.where.id._eq`),
 * so errors graphql-js reports against AST nodes can carry the path Hasura would give.
 */
export function nodePaths(document: DocumentNode, operation: OperationDefinitionNode): Map<ASTNode, string> {
  const paths = new Map<ASTNode, string>();
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

  const visitValue = (value: ValueNode, path: string) => {
    paths.set(value, path);
    if (value.kind === Kind.OBJECT) {
      for (const f of value.fields as readonly ObjectFieldNode[]) {
        const p = `${path}.${f.name.value}`;
        paths.set(f, p);
        visitValue(f.value, p);
      }
    } else if (value.kind === Kind.LIST) {
      value.values.forEach((v, i) => visitValue(v, `${path}[${i}]`));
    }
  };

  const visitSet = (set: SelectionSetNode, path: string, seen: Set<string>) => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const p = `${path}.selectionSet.${sel.alias?.value ?? sel.name.value}`;
        paths.set(sel, p);
        for (const arg of sel.arguments ?? []) {
          const ap = `${p}.args.${arg.name.value}`;
          paths.set(arg, ap);
          visitValue(arg.value, ap);
        }
        for (const d of sel.directives ?? []) paths.set(d, `${p}.directives.${d.name.value}`);
        if (sel.selectionSet) visitSet(sel.selectionSet, p, seen);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        paths.set(sel, path);
        visitSet(sel.selectionSet, path, seen);
      } else {
        paths.set(sel, path);
        const fragment = fragments.get(sel.name.value);
        if (fragment && !seen.has(fragment.name.value)) {
          paths.set(fragment, path);
          visitSet(fragment.selectionSet, path, new Set([...seen, fragment.name.value]));
        }
      }
    }
  };
  paths.set(operation, '$');
  visitSet(operation.selectionSet, '$', new Set());
  return paths;
}

/** The deepest chain of selections, not counting introspection fields. */
export function selectionDepth(document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const depth = (set: SelectionSetNode, seen: Set<string>): number => {
    let max = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value.startsWith('__')) continue;
        max = Math.max(max, 1 + (sel.selectionSet ? depth(sel.selectionSet, seen) : 0));
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        max = Math.max(max, depth(sel.selectionSet, seen));
      } else {
        const f = fragments.get(sel.name.value);
        if (f && !seen.has(f.name.value)) max = Math.max(max, depth(f.selectionSet, new Set([...seen, f.name.value])));
      }
    }
    return max;
  };
  return depth(operation.selectionSet, new Set());
}
