import type { Json, Node } from './ast.js';
import { KritiError } from './errors.js';
import { FunctionFailure, typeName, type KritiFunction } from './functions.js';

/**
 * Kriti's evaluator (kriti-lang `Eval.hs`): a template and its bound variables (`$body`,
 * `$session_variables`, … and `range` binders) become one JSON value, or a KritiError at the
 * span of the expression that failed.
 */
export interface Scope {
  variables: ReadonlyMap<string, Json>;
  functions: Readonly<Record<string, KritiFunction>>;
}

/** An optional lookup that found nothing: the rest of the path is skipped and the path is null. */
const SHORT = Symbol('short-circuit');

const isObject = (value: Json): value is { [key: string]: Json } => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Aeson's derived `Ord Value`: constructors in declaration order, then the natural order within one. */
const RANK: Record<string, number> = { Object: 0, Array: 1, String: 2, Number: 3, Boolean: 4, Null: 5 };
function compare(a: Json, b: Json): number {
  const ta = typeName(a);
  const tb = typeName(b);
  if (ta !== tb) return RANK[ta]! - RANK[tb]!;
  if (typeof a === 'number' || typeof a === 'string' || typeof a === 'boolean') return a < (b as typeof a) ? -1 : a > (b as typeof a) ? 1 : 0;
  if (Array.isArray(a)) {
    const bb = b as Json[];
    for (let i = 0; i < Math.min(a.length, bb.length); i++) {
      const c = compare(a[i]!, bb[i]!);
      if (c !== 0) return c;
    }
    return a.length - bb.length;
  }
  if (a === null) return 0;
  return JSON.stringify(a) < JSON.stringify(b) ? -1 : JSON.stringify(a) > JSON.stringify(b) ? 1 : 0;
}

export function jsonEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]!));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && jsonEqual(a[k]!, b[k]!));
  }
  return false;
}

/** How Aeson encodes a scalar inside an interpolated string. */
function interpolate(value: Json, node: Node): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
  throw new KritiError('Type Error', `Cannot interpolate type: '${typeName(value)}'.`, node.span);
}

function boolean(value: Json, node: Node): boolean {
  if (typeof value !== 'boolean') throw new KritiError('Type Error', `Expected a boolean but got '${typeName(value)}'.`, node.span);
  return value;
}

export function evaluate(node: Node, scope: Scope): Json {
  const value = evalNode(node, scope);
  return value === SHORT ? null : value;
}

function evalNode(node: Node, scope: Scope): Json | typeof SHORT {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'string':
      return node.parts.map((part) => interpolate(evaluate(part, scope), part)).join('');
    case 'array':
      return node.items.map((item) => evaluate(item, scope));
    case 'object': {
      const out: { [key: string]: Json } = {};
      for (const [key, value] of node.fields) out[key] = evaluate(value, scope);
      return out;
    }
    case 'var': {
      if (!scope.variables.has(node.name)) throw new KritiError('Name Error', `Variable '${node.name}' not in scope`, node.span);
      return scope.variables.get(node.name)!;
    }
    case 'field': {
      const target = evalNode(node.target, scope);
      if (target === SHORT) return SHORT;
      if (isObject(target) && Object.prototype.hasOwnProperty.call(target, node.name)) return target[node.name]!;
      if (node.optional) return SHORT;
      throw new KritiError('Attribute Error', `'${typeName(target)}' has no attribute '${node.name}'.`, node.span);
    }
    case 'index': {
      const target = evalNode(node.target, scope);
      if (target === SHORT) return SHORT;
      const index = evaluate(node.index, scope);
      if (typeof index === 'string') {
        if (isObject(target) && Object.prototype.hasOwnProperty.call(target, index)) return target[index]!;
        if (node.optional) return SHORT;
        throw new KritiError('Attribute Error', `'${typeName(target)}' has no attribute '${index}'.`, node.span);
      }
      if (typeof index !== 'number' || !Number.isInteger(index)) throw new KritiError('Type Error', `Cannot index with a value of type '${typeName(index)}'.`, node.index.span);
      if (Array.isArray(target) && index >= 0 && index < target.length) return target[index]!;
      if (node.optional) return SHORT;
      if (!Array.isArray(target)) throw new KritiError('Type Error', `'${typeName(target)}' is not indexable.`, node.span);
      throw new KritiError('Index Error', `Index ${index} out of range.`, node.span);
    }
    case 'call': {
      const fn = scope.functions[node.name];
      if (!fn || !Object.prototype.hasOwnProperty.call(scope.functions, node.name)) {
        throw new KritiError('Name Error', `Variable '${node.name}' not in scope`, node.span);
      }
      const arg = evaluate(node.arg, scope);
      try {
        return fn(arg);
      } catch (error) {
        if (error instanceof FunctionFailure) throw new KritiError('Function Error', error.message, node.arg.span);
        throw error;
      }
    }
    case 'not':
      return !boolean(evaluate(node.arg, scope), node.arg);
    case 'binary':
      return binary(node, scope);
    case 'if': {
      for (const branch of node.branches) if (boolean(evaluate(branch.condition, scope), branch.condition)) return evaluate(branch.then, scope);
      return node.otherwise ? evaluate(node.otherwise, scope) : null;
    }
    case 'range': {
      const source = evaluate(node.source, scope);
      const entries: [Json, Json][] = Array.isArray(source)
        ? source.map((v, i) => [i, v])
        : isObject(source)
          ? Object.entries(source)
          : fail(new KritiError('Range Error', 'Can only range over an array', node.span));
      return entries.map(([index, value]) => {
        const variables = new Map(scope.variables);
        variables.set(node.binder, value);
        if (node.index !== null) variables.set(node.index, index);
        return evaluate(node.body, { variables, functions: scope.functions });
      });
    }
  }
}

function binary(node: Extract<Node, { kind: 'binary' }>, scope: Scope): Json {
  if (node.op === '??') {
    const left = evaluate(node.left, scope);
    return left === null ? evaluate(node.right, scope) : left;
  }
  const left = evaluate(node.left, scope);
  const right = evaluate(node.right, scope);
  switch (node.op) {
    case '==':
      return jsonEqual(left, right);
    case '!=':
      return !jsonEqual(left, right);
    case '>':
      return compare(left, right) > 0;
    case '<':
      return compare(left, right) < 0;
    case '>=':
      return compare(left, right) >= 0;
    case '<=':
      return compare(left, right) <= 0;
    case '&&':
      return boolean(left, node.left) && boolean(right, node.right);
    case '||':
      return boolean(left, node.left) || boolean(right, node.right);
    case 'in':
      if (isObject(right)) {
        if (typeof left !== 'string') throw new KritiError('Type Error', `'${typeName(left)}' is not a String.`, node.left.span);
        return Object.prototype.hasOwnProperty.call(right, left);
      }
      if (Array.isArray(right)) return right.some((item) => jsonEqual(item, left));
      throw new KritiError('Type Error', `'${typeName(right)}' is not an Object or Array.`, node.right.span);
  }
}

function fail(error: KritiError): never {
  throw error;
}
