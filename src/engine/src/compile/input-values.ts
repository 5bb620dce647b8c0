import { getNamedType, getNullableType, isEnumType, isInputObjectType, isLeafType, isListType, Kind, type GraphQLEnumType, type GraphQLInputType, type ValueNode } from 'graphql';
import type { ParamSource } from './params.js';

/**
 * An argument value read from the operation, keeping track of where each leaf came from: a
 * literal in the query text or a variable. Leaves become bind parameters; only values that
 * decide the SQL's shape (objects, lists of objects, enums) are read eagerly from variables,
 * and those variables are recorded so the plan is not reused for other values.
 */
export type InputValue =
  | { kind: 'null' }
  | { kind: 'leaf'; source: ParamSource; value: unknown }
  /** `fromVariable`: read out of a variable's value, so it stays a bind parameter (params.ts's constLiteral). */
  | { kind: 'enum'; name: string; value: unknown; fromVariable?: true }
  | { kind: 'list'; items: InputValue[] }
  | { kind: 'object'; fields: [string, InputValue][] };

export interface ValueReader {
  variables: Record<string, unknown>;
  /** Variables whose values shaped the SQL. */
  shapeVariables: Set<string>;
}

function isScalarOrScalarList(type: GraphQLInputType): boolean {
  const t = getNullableType(type);
  if (isListType(t)) return isLeafType(getNamedType(t)) && !isEnumType(getNamedType(t)) && !isListType(getNullableType(t.ofType));
  return isLeafType(t) && !isEnumType(t);
}

/** An enum value out of a variable (only `fromJs` reads those). */
function enumFromValue(type: GraphQLEnumType, internal: unknown): InputValue {
  const v = type.getValues().find((e) => e.value === internal);
  return { kind: 'enum', name: v?.name ?? String(internal), value: internal, fromVariable: true };
}

/** A JS value (a coerced variable) as an InputValue of the given type. */
export function fromJs(value: unknown, type: GraphQLInputType): InputValue {
  if (value === null || value === undefined) return { kind: 'null' };
  const t = getNullableType(type);
  if (isListType(t)) {
    const items = Array.isArray(value) ? value : [value];
    if (isScalarOrScalarList(t)) return { kind: 'leaf', source: { kind: 'const', value: items, fromVariable: true }, value: items };
    return { kind: 'list', items: items.map((i) => fromJs(i, t.ofType)) };
  }
  if (isEnumType(t)) return enumFromValue(t, value);
  if (isInputObjectType(t)) {
    const fields = t.getFields();
    return {
      kind: 'object',
      fields: Object.entries(value as Record<string, unknown>)
        .filter(([k]) => fields[k])
        .map(([k, v]) => [k, fromJs(v, fields[k]!.type)]),
    };
  }
  return { kind: 'leaf', source: { kind: 'const', value, fromVariable: true }, value };
}

/** Reads an AST value; returns undefined for an absent value (an unset variable). */
export function readValue(node: ValueNode, type: GraphQLInputType, reader: ValueReader): InputValue | undefined {
  if (node.kind === Kind.VARIABLE) {
    const name = node.name.value;
    if (!(name in reader.variables)) {
      reader.shapeVariables.add(name);
      return undefined;
    }
    const value = reader.variables[name];
    if (value !== null && isScalarOrScalarList(type)) return { kind: 'leaf', source: { kind: 'var', name }, value };
    reader.shapeVariables.add(name);
    return fromJs(value, type);
  }
  if (node.kind === Kind.NULL) return { kind: 'null' };
  const t = getNullableType(type);
  if (isListType(t)) {
    if (node.kind !== Kind.LIST) {
      const item = readValue(node, t.ofType, reader);
      return item === undefined
        ? undefined
        : isScalarOrScalarList(t) && item.kind === 'leaf' && item.source.kind === 'const'
          ? { kind: 'leaf', source: { kind: 'const', value: [item.value] }, value: [item.value] }
          : { kind: 'list', items: [item] };
    }
    const items = node.values.map((v) => readValue(v, t.ofType, reader)).filter((v): v is InputValue => v !== undefined);
    if (isScalarOrScalarList(t)) {
      // A list of scalars is one array parameter; variables inside it are read eagerly.
      const values = items.map((i) => (i.kind === 'leaf' ? i.value : null));
      for (const v of node.values) if (v.kind === Kind.VARIABLE) reader.shapeVariables.add(v.name.value);
      return { kind: 'leaf', source: { kind: 'const', value: values }, value: values };
    }
    return { kind: 'list', items };
  }
  if (isEnumType(t)) {
    if (node.kind !== Kind.ENUM) return { kind: 'null' };
    return { kind: 'enum', name: node.value, value: t.getValue(node.value)?.value ?? node.value };
  }
  if (isInputObjectType(t)) {
    if (node.kind !== Kind.OBJECT) return { kind: 'null' };
    const fieldTypes = t.getFields();
    const fields: [string, InputValue][] = [];
    for (const f of node.fields) {
      const ft = fieldTypes[f.name.value];
      if (!ft) continue;
      const v = readValue(f.value, ft.type, reader);
      if (v !== undefined) fields.push([f.name.value, v]);
    }
    return { kind: 'object', fields };
  }
  // A scalar literal: graphql-js parses it with the scalar's own rules.
  const scalar = t as { parseLiteral(node: ValueNode, variables?: Record<string, unknown> | null): unknown };
  if (containsVariable(node)) for (const name of variableNames(node)) reader.shapeVariables.add(name);
  const value = scalar.parseLiteral(node, reader.variables);
  return { kind: 'leaf', source: containsVariable(node) ? { kind: 'const', value, fromVariable: true } : { kind: 'const', value }, value };
}

function containsVariable(node: ValueNode): boolean {
  return variableNames(node).length > 0;
}

function variableNames(node: ValueNode): string[] {
  switch (node.kind) {
    case Kind.VARIABLE:
      return [node.name.value];
    case Kind.LIST:
      return node.values.flatMap(variableNames);
    case Kind.OBJECT:
      return node.fields.flatMap((f) => variableNames(f.value));
    default:
      return [];
  }
}

export function objectField(value: InputValue | undefined, name: string): InputValue | undefined {
  if (!value || value.kind !== 'object') return undefined;
  return value.fields.find(([k]) => k === name)?.[1];
}

/** The plain JS value of an InputValue (for values that steer compilation, like booleans and enums). */
export function plainValue(value: InputValue | undefined): unknown {
  if (!value) return undefined;
  switch (value.kind) {
    case 'null':
      return null;
    case 'leaf':
      return value.value;
    case 'enum':
      return value.value;
    case 'list':
      return value.items.map(plainValue);
    case 'object':
      return Object.fromEntries(value.fields.map(([k, v]) => [k, plainValue(v)]));
  }
}
