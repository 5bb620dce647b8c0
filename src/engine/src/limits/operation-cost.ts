import { Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * What an operation asks for, counted the way Hasura's API limits count it:
 * - `depth`: the longest chain of fields that have a selection set (`viewer { name }` is 1,
 *   `viewer { albums { title } }` is 2); inline fragments and fragment spreads add nothing.
 *   Introspection subtrees (`__schema`, `__type`) are left out, as Hasura leaves
 *   introspection out of its depth limit; their depth is `introspectionDepth`.
 * - `nodes`: the number of fields that have a selection set, every alias and every use of a
 *   fragment counted again (introspection included).
 *
 * Fragments are expanded where they are used, but each fragment is counted once and the
 * result reused, so a fragment spread a thousand times, or fragments that double at every
 * level, cost linear time to count while their counts grow as the expansion would (up to
 * Infinity). A spread that forms a cycle adds nothing here; validation refuses the cycle.
 */
export interface OperationCost {
  depth: number;
  nodes: number;
  introspectionDepth: number;
}

const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

const ZERO: OperationCost = { depth: 0, nodes: 0, introspectionDepth: 0 };

export function operationCost(document: DocumentNode, operation: OperationDefinitionNode): OperationCost {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  // Keyed by fragment name and whether the spread sits inside an introspection subtree.
  const memo = new Map<string, OperationCost>();
  const inProgress = new Set<string>();

  const costOf = (set: SelectionSetNode, introspection: boolean): OperationCost => {
    let depth = 0;
    let nodes = 0;
    let introspectionDepth = 0;
    for (const sel of set.selections) {
      let inner: OperationCost;
      if (sel.kind === Kind.FIELD) {
        if (!sel.selectionSet) continue;
        const entersIntrospection = !introspection && INTROSPECTION_ROOTS.has(sel.name.value);
        const child = costOf(sel.selectionSet, introspection || entersIntrospection);
        nodes += 1 + child.nodes;
        if (introspection || entersIntrospection) {
          // Inside introspection everything counts toward introspectionDepth (child.depth is 0 there).
          introspectionDepth = Math.max(introspectionDepth, 1 + child.introspectionDepth);
        } else {
          depth = Math.max(depth, 1 + child.depth);
          if (child.introspectionDepth > 0) introspectionDepth = Math.max(introspectionDepth, 1 + child.introspectionDepth);
        }
        continue;
      }
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        inner = costOf(sel.selectionSet, introspection);
      } else {
        const name = sel.name.value;
        const key = `${introspection ? 'i' : 'd'}:${name}`;
        const fragment = fragments.get(name);
        if (!fragment || inProgress.has(key)) continue;
        let cached = memo.get(key);
        if (!cached) {
          inProgress.add(key);
          cached = costOf(fragment.selectionSet, introspection);
          inProgress.delete(key);
          memo.set(key, cached);
        }
        inner = cached;
      }
      depth = Math.max(depth, inner.depth);
      nodes += inner.nodes;
      introspectionDepth = Math.max(introspectionDepth, inner.introspectionDepth);
    }
    return nodes === 0 ? ZERO : { depth, nodes, introspectionDepth };
  };

  return costOf(operation.selectionSet, false);
}
