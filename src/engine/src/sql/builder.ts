/**
 * A small SQL fragment builder. Values always become `$n` parameters and identifiers
 * are always quoted, so splicing user input into SQL text is impossible by construction:
 * the only way to get raw text into a query is `sql.raw`, which accepts compile-time
 * string literals only (its parameter type rejects computed strings).
 */
export class SQL {
  /** @internal */
  constructor(readonly parts: readonly Part[]) {}
}

type Part = { text: string } | { value: unknown } | { ident: string };

export interface CompiledQuery {
  text: string;
  values: unknown[];
}

function isSQL(x: unknown): x is SQL {
  return x instanceof SQL;
}

/** Tagged template: `sql\`select * from ${sql.ident(t)} where id = ${value}\``. */
export function sql(strings: TemplateStringsArray, ...args: unknown[]): SQL {
  const parts: Part[] = [];
  strings.forEach((text, i) => {
    if (text) parts.push({ text });
    if (i < args.length) {
      const arg = args[i];
      if (isSQL(arg)) parts.push(...arg.parts);
      else parts.push({ value: arg });
    }
  });
  return new SQL(parts);
}

/** A quoted identifier; several names make a qualified one (`"public"."orders"`). */
sql.ident = (...names: string[]): SQL => {
  const parts: Part[] = [];
  names.forEach((name, i) => {
    if (i > 0) parts.push({ text: '.' });
    parts.push({ ident: name });
  });
  return new SQL(parts);
};

/** A bind parameter. */
sql.value = (value: unknown): SQL => new SQL([{ value }]);

/** Raw SQL text. Only string literals written in the source type-check here. */
sql.raw = <T extends string>(text: string extends T ? never : T): SQL => new SQL([{ text }]);

/** Joins fragments with a separator (itself a fragment). */
sql.join = (items: readonly SQL[], separator: SQL = sql.raw(', ')): SQL => {
  const parts: Part[] = [];
  items.forEach((item, i) => {
    if (i > 0) parts.push(...separator.parts);
    parts.push(...item.parts);
  });
  return new SQL(parts);
};

sql.empty = new SQL([]);

export function quoteIdent(name: string): string {
  return '"' + name.replace(/"/g, '""') + '"';
}

/** Quotes a string as a SQL literal; only for DDL, where parameters are not allowed. */
export function quoteLiteral(value: string): string {
  return "'" + value.replace(/'/g, "''") + "'";
}

/** Turns a fragment into text with `$1..$n` and the matching values. */
export function compile(fragment: SQL): CompiledQuery {
  let text = '';
  const values: unknown[] = [];
  for (const part of fragment.parts) {
    if ('text' in part) text += part.text;
    else if ('ident' in part) text += quoteIdent(part.ident);
    else {
      values.push(part.value);
      text += '$' + values.length;
    }
  }
  return { text, values };
}
