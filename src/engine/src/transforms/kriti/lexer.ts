import { KritiError, type Span } from './errors.js';

/**
 * Kriti's lexer (kriti-lang `Parser/Lexer.x`): JSON with `{{ … }}` expressions, also inside
 * strings. Like Alex's start codes, a mode stack tells `}}` closing an expression from two `}`
 * closing objects, and string text from the expressions interpolated into it.
 */
export type TokenKind = 'number' | 'ident' | 'symbol' | 'quoted' | 'text' | 'stringBegin' | 'stringEnd' | 'open' | 'close';

export interface Token {
  kind: TokenKind;
  /** The source text (for `text` and `quoted`, the decoded string). */
  text: string;
  value?: number;
  span: Span;
}

const SYMBOLS = ['?.', '?[', '??', ':=', '==', '!=', '>=', '<=', '&&', '||', '>', '<', ':', '.', ',', '{', '}', '[', ']', '(', ')'];
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', "'": "'", '{': '{' };

export function lex(source: string): Token[] {
  const tokens: Token[] = [];
  const modes: ('top' | 'expr' | 'string')[] = ['top'];
  let i = 0;
  let line = 0;
  let column = 1;

  const advance = (count: number): void => {
    for (let k = 0; k < count; k++) {
      if (source[i] === '\n') {
        line++;
        column = 1;
      } else column++;
      i++;
    }
  };
  const emit = (kind: TokenKind, length: number, text = source.slice(i, i + length), value?: number): void => {
    const startLine = line;
    const startColumn = column;
    advance(length);
    tokens.push({ kind, text, ...(value === undefined ? {} : { value }), span: { startLine, startColumn, endLine: line, endColumn: column } });
  };
  const fail = (message: string): never => {
    throw new KritiError('Parse Error', message, { startLine: line, startColumn: column, endLine: line, endColumn: column + 1 });
  };

  while (i < source.length) {
    const mode = modes[modes.length - 1]!;
    if (mode === 'string') {
      if (source[i] === '"') {
        modes.pop();
        emit('stringEnd', 1);
      } else if (source.startsWith('{{', i)) {
        modes.push('expr');
        emit('open', 2);
      } else {
        let j = i;
        let text = '';
        while (j < source.length && source[j] !== '"' && !source.startsWith('{{', j)) {
          if (source[j] === '\\' && j + 1 < source.length) {
            const next = source[j + 1]!;
            if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(j + 2, j + 6))) {
              text += String.fromCharCode(parseInt(source.slice(j + 2, j + 6), 16));
              j += 6;
              continue;
            }
            text += ESCAPES[next] ?? '\\' + next;
            j += 2;
            continue;
          }
          text += source[j];
          j++;
        }
        emit('text', j - i, text);
      }
      continue;
    }
    const rest = source.slice(i);
    const ch = source[i]!;
    if (/\s/.test(ch)) {
      advance(1);
      continue;
    }
    if (ch === '#') {
      while (i < source.length && source[i] !== '\n') advance(1);
      continue;
    }
    if (ch === '"') {
      modes.push('string');
      emit('stringBegin', 1);
      continue;
    }
    if (rest.startsWith('{{')) {
      modes.push('expr');
      emit('open', 2);
      continue;
    }
    if (mode === 'expr' && rest.startsWith('}}')) {
      modes.pop();
      emit('close', 2);
      continue;
    }
    if (ch === "'") {
      let j = i + 1;
      let text = '';
      while (j < source.length && source[j] !== "'") {
        if (source[j] === '\\' && j + 1 < source.length) {
          text += ESCAPES[source[j + 1]!] ?? '\\' + source[j + 1];
          j += 2;
        } else text += source[j++];
      }
      if (j >= source.length) fail('Unterminated string literal.');
      emit('quoted', j + 1 - i, text);
      continue;
    }
    const number = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/.exec(rest);
    if (number && /[0-9]/.test(number[0])) {
      emit('number', number[0].length, number[0], Number(number[0]));
      continue;
    }
    const ident = /^(?:\$?[A-Za-z_][A-Za-z0-9_$-]*|\$)/.exec(rest);
    if (ident) {
      emit('ident', ident[0].length);
      continue;
    }
    const symbol = SYMBOLS.find((s) => rest.startsWith(s));
    if (symbol) {
      emit('symbol', symbol.length);
      continue;
    }
    fail(`Unexpected character '${ch}'.`);
  }
  return tokens;
}
