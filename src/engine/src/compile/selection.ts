import { Kind, type DirectiveNode, type FieldNode, type GraphQLField, type GraphQLObjectType, type SelectionSetNode } from 'graphql';
import type { CompileContext } from './context.js';
import { fromJs, readValue, type InputValue } from './input-values.js';

export interface CollectedField {
  /** The response key: the alias, or the field name. */
  key: string;
  name: string;
  nodes: FieldNode[];
  /** Undefined for `__typename`. */
  def: GraphQLField<unknown, unknown> | undefined;
}

function directiveValue(ctx: CompileContext, directive: DirectiveNode): boolean {
  const arg = directive.arguments?.find((a) => a.name.value === 'if');
  if (!arg) return true;
  if (arg.value.kind === Kind.VARIABLE) {
    ctx.shaped(arg.value.name.value);
    return ctx.reader.variables[arg.value.name.value] === true;
  }
  return arg.value.kind === Kind.BOOLEAN && arg.value.value;
}

function included(ctx: CompileContext, directives: readonly DirectiveNode[] | undefined): boolean {
  for (const d of directives ?? []) {
    if (d.name.value === 'skip' && directiveValue(ctx, d)) return false;
    if (d.name.value === 'include' && !directiveValue(ctx, d)) return false;
  }
  return true;
}

/**
 * The fields of a selection set in response order, with fragments spread, @skip/@include
 * applied and same-key fields merged (validation guarantees they agree).
 */
export function collectFields(ctx: CompileContext, type: GraphQLObjectType, sets: readonly SelectionSetNode[]): CollectedField[] {
  const byKey = new Map<string, CollectedField>();
  const defs = type.getFields();
  const visit = (set: SelectionSetNode, seenFragments: Set<string>) => {
    for (const sel of set.selections) {
      if (!included(ctx, sel.directives)) continue;
      if (sel.kind === Kind.FIELD) {
        const key = sel.alias?.value ?? sel.name.value;
        const existing = byKey.get(key);
        if (existing) existing.nodes.push(sel);
        else byKey.set(key, { key, name: sel.name.value, nodes: [sel], def: defs[sel.name.value] });
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        if (sel.typeCondition && sel.typeCondition.name.value !== type.name) continue;
        visit(sel.selectionSet, seenFragments);
      } else {
        const name = sel.name.value;
        const fragment = ctx.fragments[name];
        if (!fragment || seenFragments.has(name) || fragment.typeCondition.name.value !== type.name) continue;
        visit(fragment.selectionSet, new Set([...seenFragments, name]));
      }
    }
  };
  for (const set of sets) visit(set, new Set());
  return [...byKey.values()];
}

/** The sub-selections of a (merged) field. */
export function subSelections(field: CollectedField): SelectionSetNode[] {
  return field.nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
}

/** A field's arguments as InputValues (absent arguments take the schema default, if any). */
export function fieldArgs(ctx: CompileContext, field: CollectedField): Map<string, InputValue> {
  const result = new Map<string, InputValue>();
  const node = field.nodes[0]!;
  for (const argDef of field.def?.args ?? []) {
    const argNode = node.arguments?.find((a) => a.name.value === argDef.name);
    const value = argNode ? readValue(argNode.value, argDef.type, ctx.reader) : undefined;
    if (value !== undefined) result.set(argDef.name, value);
    else if (argDef.defaultValue !== undefined) result.set(argDef.name, fromJs(argDef.defaultValue, argDef.type));
  }
  return result;
}
