import type { Span } from './errors.js';

/** A parsed Kriti template: JSON values, paths, operators, function calls, `if` and `range` blocks. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type BinaryOp = '==' | '!=' | '>' | '<' | '>=' | '<=' | '&&' | '||' | 'in' | '??';

export type Node =
  | { kind: 'literal'; value: Json; span: Span }
  | { kind: 'string'; parts: Node[]; span: Span }
  | { kind: 'array'; items: Node[]; span: Span }
  | { kind: 'object'; fields: [string, Node][]; span: Span }
  | { kind: 'var'; name: string; span: Span }
  | { kind: 'field'; target: Node; name: string; optional: boolean; span: Span }
  | { kind: 'index'; target: Node; index: Node; optional: boolean; span: Span }
  | { kind: 'call'; name: string; arg: Node; span: Span }
  | { kind: 'not'; arg: Node; span: Span }
  | { kind: 'binary'; op: BinaryOp; left: Node; right: Node; span: Span }
  | { kind: 'if'; branches: { condition: Node; then: Node }[]; otherwise: Node | null; span: Span }
  | { kind: 'range'; index: string | null; binder: string; source: Node; body: Node; span: Span };
