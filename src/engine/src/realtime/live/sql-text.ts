/**
 * Just enough SQL lexing to work on compiled statements: find the `$n` placeholders and the
 * qualified names (`"schema"."table"`) outside string literals, quoted identifiers, comments
 * and dollar-quoted bodies. The statements come from `sql/builder.ts`, so placeholders are
 * only ever `$<digits>`; the lexer still skips literals so text inside them is never touched.
 */
type Token =
  | { kind: 'param'; index: number; start: number; end: number }
  | { kind: 'ident'; name: string; start: number; end: number }
  | { kind: 'dot'; start: number; end: number }
  | { kind: 'other'; start: number; end: number };

function* tokens(text: string): Generator<Token> {
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    const start = i;
    if (c === "'") {
      // '...' with '' escapes (E'' strings may contain \' too: skip escaped characters).
      const escapes = i > 0 && (text[i - 1] === 'E' || text[i - 1] === 'e');
      i++;
      while (i < n) {
        if (escapes && text[i] === '\\') i += 2;
        else if (text[i] === "'" && text[i + 1] === "'") i += 2;
        else if (text[i] === "'") break;
        else i++;
      }
      i++;
      yield { kind: 'other', start, end: i };
    } else if (c === '"') {
      let name = '';
      i++;
      while (i < n) {
        if (text[i] === '"' && text[i + 1] === '"') {
          name += '"';
          i += 2;
        } else if (text[i] === '"') break;
        else name += text[i++];
      }
      i++;
      yield { kind: 'ident', name, start, end: i };
    } else if (c === '-' && text[i + 1] === '-') {
      while (i < n && text[i] !== '\n') i++;
      yield { kind: 'other', start, end: i };
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? n : close + 2;
      yield { kind: 'other', start, end: i };
    } else if (c === '$') {
      const digits = /^\$(\d+)/.exec(text.slice(i, i + 12));
      if (digits) {
        i += digits[0].length;
        yield { kind: 'param', index: Number(digits[1]), start, end: i };
        continue;
      }
      const tag = /^\$([A-Za-z_][A-Za-z_0-9]*)?\$/.exec(text.slice(i, i + 64));
      if (tag) {
        const close = text.indexOf(tag[0], i + tag[0].length);
        i = close < 0 ? n : close + tag[0].length;
      } else i++;
      yield { kind: 'other', start, end: i };
    } else if (c === '.') {
      i++;
      yield { kind: 'dot', start, end: i };
    } else if (/[A-Za-z_]/.test(c)) {
      // An unquoted word: keywords and identifiers. Keep `$` inside words (e.g. `a$1`) in the word.
      while (i < n && /[A-Za-z_0-9$]/.test(text[i]!)) i++;
      yield { kind: 'ident', name: text.slice(start, i).toLowerCase(), start, end: i };
    } else {
      i++;
      yield { kind: 'other', start, end: i };
    }
  }
}

/** Replaces every `$n` placeholder by `replace(n)`. */
export function rewriteParams(text: string, replace: (index: number) => string): string {
  let out = '';
  let last = 0;
  for (const token of tokens(text)) {
    if (token.kind !== 'param') continue;
    out += text.slice(last, token.start) + replace(token.index);
    last = token.end;
  }
  return out + text.slice(last);
}

/** The highest placeholder number used. */
export function paramCount(text: string): number {
  let max = 0;
  for (const token of tokens(text)) if (token.kind === 'param') max = Math.max(max, token.index);
  return max;
}

/**
 * Every `a.b` pair of identifiers, as `a.b` keys (unquoted, case kept for quoted names).
 * Intersected with the tracked tables this is the set of tables a statement reads; column
 * references (`"alias"."col"`) that happen to match nothing are simply ignored.
 */
export function qualifiedNames(text: string): Set<string> {
  return new Set(qualifiedNameCounts(text).keys());
}

/** How often each `a.b` pair occurs (a table read twice, e.g. through a relationship, counts 2). */
export function qualifiedNameCounts(text: string): Map<string, number> {
  const names = new Map<string, number>();
  let prev2: Token | null = null;
  let prev1: Token | null = null;
  for (const token of tokens(text)) {
    if (token.kind === 'ident' && prev1?.kind === 'dot' && prev2?.kind === 'ident' && prev2.end === prev1.start && prev1.end === token.start) {
      const name = `${prev2.name}.${token.name}`;
      names.set(name, (names.get(name) ?? 0) + 1);
    }
    if (token.kind === 'other' && /^\s$/.test(text.slice(token.start, token.end))) continue;
    prev2 = prev1;
    prev1 = token;
  }
  return names;
}
