import type { BinaryOp, Json, Node } from './ast.js';
import { joinSpans, KritiError, type Span } from './errors.js';
import { lex, type Token } from './lexer.js';

/**
 * Kriti's grammar (kriti-lang `Parser/Grammar.y`) by recursive descent. Operators bind as in
 * Kriti: `??` loosest, then `||`, `&&`, the comparisons and `in`; `not` and path lookups tightest.
 */
export function parseKriti(source: string): Node {
  const tokens = lex(source);
  // Kriti lexes the whole template before parsing and reports a parse error at the lexer's
  // last position, i.e. the final token, while naming the token it could not take.
  const lastSpan: Span = tokens.length ? tokens[tokens.length - 1]!.span : { startLine: 0, startColumn: 1, endLine: 0, endColumn: 1 };
  let pos = 0;

  const peek = (offset = 0): Token | undefined => tokens[pos + offset];
  const fail = (token: Token | undefined): never => {
    if (!token) throw new KritiError('Parse Error', 'Unexpected end of input.', lastSpan);
    throw new KritiError(
      'Parse Error',
      `Unexpected token '${token.kind === 'text' || token.kind === 'quoted' ? source.slice(offsetOf(token), offsetOf(token) + 1) : token.text}'.`,
      lastSpan,
    );
  };
  // The first character of a token, for naming a string fragment in a message.
  const offsetOf = (token: Token): number => {
    const lines = source.split('\n');
    let offset = 0;
    for (let l = 0; l < token.span.startLine; l++) offset += lines[l]!.length + 1;
    return offset + token.span.startColumn - 1;
  };
  const isSymbol = (text: string, offset = 0): boolean => peek(offset)?.kind === 'symbol' && peek(offset)!.text === text;
  const isIdent = (text: string, offset = 0): boolean => peek(offset)?.kind === 'ident' && peek(offset)!.text === text;
  const expectSymbol = (text: string): Token => (isSymbol(text) ? tokens[pos++]! : fail(peek()));
  const expectKind = (kind: Token['kind']): Token => (peek()?.kind === kind ? tokens[pos++]! : fail(peek()));
  const expectIdent = (text?: string): Token => (peek()?.kind === 'ident' && (text === undefined || peek()!.text === text) ? tokens[pos++]! : fail(peek()));

  function expr(): Node {
    let left = or();
    while (isSymbol('??')) {
      pos++;
      const right = or();
      left = binary('??', left, right);
    }
    return left;
  }
  function or(): Node {
    let left = and();
    while (isSymbol('||')) {
      pos++;
      left = binary('||', left, and());
    }
    return left;
  }
  function and(): Node {
    let left = comparison();
    while (isSymbol('&&')) {
      pos++;
      left = binary('&&', left, comparison());
    }
    return left;
  }
  function comparison(): Node {
    const left = unary();
    const token = peek();
    if (token?.kind === 'symbol' && ['==', '!=', '>', '<', '>=', '<='].includes(token.text)) {
      pos++;
      return binary(token.text as BinaryOp, left, unary());
    }
    if (isIdent('in')) {
      pos++;
      return binary('in', left, unary());
    }
    return left;
  }
  function binary(op: BinaryOp, left: Node, right: Node): Node {
    return { kind: 'binary', op, left, right, span: joinSpans(left.span, right.span) };
  }
  function unary(): Node {
    if (isIdent('not') && !isSymbol('(', 1)) {
      const start = tokens[pos++]!;
      const arg = unary();
      return { kind: 'not', arg, span: joinSpans(start.span, arg.span) };
    }
    return postfix(primary());
  }
  function postfix(node: Node): Node {
    for (;;) {
      if (isSymbol('.') || isSymbol('?.')) {
        const optional = tokens[pos++]!.text === '?.';
        const name = expectKind('ident');
        node = { kind: 'field', target: node, name: name.text, optional, span: joinSpans(node.span, name.span) };
      } else if (isSymbol('[') || isSymbol('?[')) {
        const optional = tokens[pos++]!.text === '?[';
        let key: Node;
        if (peek()?.kind === 'quoted') {
          const quoted = tokens[pos++]!;
          key = { kind: 'literal', value: quoted.text, span: quoted.span };
        } else key = expr();
        const close = expectSymbol(']');
        const span = joinSpans(node.span, close.span);
        node =
          key.kind === 'literal' && typeof key.value === 'string'
            ? { kind: 'field', target: node, name: key.value, optional, span }
            : { kind: 'index', target: node, index: key, optional, span };
      } else return node;
    }
  }
  function primary(): Node {
    const token = peek();
    if (!token) return fail(token);
    switch (token.kind) {
      case 'number':
        pos++;
        return { kind: 'literal', value: token.value!, span: token.span };
      case 'quoted':
        pos++;
        return { kind: 'literal', value: token.text, span: token.span };
      case 'stringBegin':
        return stringLiteral();
      case 'open':
        return block();
      case 'ident':
        return identifier();
      case 'symbol':
        if (token.text === '(') {
          pos++;
          const inner = expr();
          expectSymbol(')');
          return inner;
        }
        if (token.text === '[') return array();
        if (token.text === '{') return object();
        return fail(token);
      default:
        return fail(token);
    }
  }
  function identifier(): Node {
    const token = tokens[pos++]!;
    const constants: Record<string, Json> = { true: true, false: false, null: null };
    if (token.text in constants) return { kind: 'literal', value: constants[token.text]!, span: token.span };
    if (isSymbol('(')) {
      pos++;
      const arg = expr();
      const close = expectSymbol(')');
      return { kind: 'call', name: token.text, arg, span: joinSpans(token.span, close.span) };
    }
    return { kind: 'var', name: token.text, span: token.span };
  }
  function stringLiteral(): Node {
    const begin = expectKind('stringBegin');
    const parts: Node[] = [];
    let text = '';
    let onlyText = true;
    while (peek()?.kind !== 'stringEnd') {
      const token = peek();
      if (token?.kind === 'text') {
        pos++;
        text += token.text;
        parts.push({ kind: 'literal', value: token.text, span: token.span });
      } else if (token?.kind === 'open') {
        pos++;
        onlyText = false;
        parts.push(expr());
        expectKind('close');
      } else fail(token);
    }
    const end = tokens[pos++]!;
    const span = joinSpans(begin.span, end.span);
    if (onlyText) return { kind: 'literal', value: text, span };
    // `"{{ x }}"` alone is x's value, not its text: Hasura wraps header, query and URL templates in
    // quotes and then accepts a number or boolean from them (`encodeScalar`).
    if (parts.length === 1) return parts[0]!;
    return { kind: 'string', parts, span };
  }
  function array(): Node {
    const open = expectSymbol('[');
    const items: Node[] = [];
    if (!isSymbol(']')) {
      items.push(expr());
      while (isSymbol(',')) {
        pos++;
        items.push(expr());
      }
    }
    const close = expectSymbol(']');
    return { kind: 'array', items, span: joinSpans(open.span, close.span) };
  }
  function object(): Node {
    const open = expectSymbol('{');
    const fields: [string, Node][] = [];
    const field = (): void => {
      const key = stringLiteral();
      if (key.kind !== 'literal' || typeof key.value !== 'string') fail(peek());
      expectSymbol(':');
      fields.push([(key as { value: string }).value, expr()]);
    };
    if (!isSymbol('}')) {
      field();
      while (isSymbol(',')) {
        pos++;
        field();
      }
    }
    const close = expectSymbol('}');
    return { kind: 'object', fields, span: joinSpans(open.span, close.span) };
  }
  /** `{{ expr }}`, `{{ if … }} … {{ elif … }} … {{ else }} … {{ end }}` or `{{ range i, x := … }} … {{ end }}`. */
  function block(): Node {
    const open = expectKind('open');
    if (isIdent('if')) {
      pos++;
      const branches: { condition: Node; then: Node }[] = [];
      let condition = expr();
      expectKind('close');
      let otherwise: Node | null = null;
      for (;;) {
        const then = expr();
        branches.push({ condition, then });
        expectKind('open');
        if (isIdent('elif')) {
          pos++;
          condition = expr();
          expectKind('close');
          continue;
        }
        if (isIdent('else')) {
          pos++;
          expectKind('close');
          otherwise = expr();
          expectKind('open');
        }
        expectIdent('end');
        const close = expectKind('close');
        return { kind: 'if', branches, otherwise, span: joinSpans(open.span, close.span) };
      }
    }
    if (isIdent('range')) {
      pos++;
      const first = expectKind('ident');
      expectSymbol(',');
      const binder = expectKind('ident');
      expectSymbol(':=');
      const source = expr();
      expectKind('close');
      const body = expr();
      expectKind('open');
      expectIdent('end');
      const close = expectKind('close');
      return { kind: 'range', index: first.text === '_' ? null : first.text, binder: binder.text, source, body, span: joinSpans(open.span, close.span) };
    }
    const inner = expr();
    expectKind('close');
    return inner;
  }

  const root = expr();
  if (pos < tokens.length) fail(peek());
  return root;
}
