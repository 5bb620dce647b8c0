/**
 * A small SQL fragment builder. Values always become `$n` parameters and identifiers
 * are always quoted, so splicing user input into SQL text is impossible by construction:
 * the only way to get raw text into a query is `sql.raw`, which accepts compile-time
 * string literals only (its parameter type rejects computed strings).
 *
 * A fragment keeps its structure until `compile`: typed parameters (`sql.param`) say what
 * Postgres type they are, and relations (`sql.relation`) say which tables, views and
 * functions a statement reads, so nobody has to recover either from SQL text.
 */
export class SQL {
  /** @internal */
  constructor(readonly parts: readonly Part[]) {}
}

/** A table, view or function a statement reads, as `schema.name` (unquoted). */
export interface Relation {
  schema: string;
  name: string;
  /** What the compiler proved about every row this occurrence reads (see `RelationPin`). */
  pins?: readonly RelationPin[];
}

/**
 * A proof, made by the compiler, that every row one occurrence of a table reads has `column`
 * equal to the value of the parameters named `key` (`var:id`, `session:x-hasura-user-id`):
 * a top-level AND condition `column = $key`, or a join on `column` to a parent occurrence
 * pinned the same way. With a `path`, the value is not the column's own but reached from it
 * through rows of other tables: the occurrence is kept by an EXISTS over a child pinned to the
 * key (a courier's orders: those with an assignment whose agent's `user_id` is the session's).
 * Realtime uses it to re-run only the cohorts a changed row can affect.
 */
export interface RelationPin {
  column: string;
  key: string;
  /** How the cohort's values compare in canonical text form (the last column of the path). */
  kind: 'uuid' | 'int' | 'text';
  /** The kind of `column` itself (a join carries the pin only to a column of the same kind). */
  columnKind: 'uuid' | 'int' | 'text';
  path?: readonly PinHop[];
}

/** One step of a pin's path: the `to` values of the rows of `table` whose `from` is among the values so far. */
export interface PinHop {
  table: Relation;
  from: string;
  /** The Postgres type of `from`, to cast the values so far to (so its index serves the lookup). */
  fromType: { schema: string; name: string };
  to: string;
}

type Part =
  | { text: string }
  | { ident: string }
  | { relation: Relation }
  /** A bind parameter; a typed one renders `$n::type`, an untyped one `$n` (the driver and Postgres infer it). */
  | { value: unknown; type: SQL | null }
  /** A typed parameter read from an expression instead of bound (see `sql.readParams`). */
  | { readFrom: SQL; type: SQL }
  /** A body between dollar quotes (see `sql.dollarQuoted`). */
  | { quoted: SQL; tag: string };

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
      else parts.push({ value: arg, type: null });
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

/** A table, view or function the statement reads: rendered `"schema"."name"`, and listed by `relationsOf`. */
sql.relation = (schema: string, name: string, pins?: readonly RelationPin[]): SQL => new SQL([{ relation: pins && pins.length > 0 ? { schema, name, pins } : { schema, name } }]);

/** A bind parameter of a known Postgres type: `$n::type`. */
sql.param = (value: unknown, type: SQL): SQL => new SQL([{ value, type }]);

/** An untyped bind parameter (Postgres infers its type from where it stands). */
sql.value = (value: unknown): SQL => new SQL([{ value, type: null }]);

/**
 * A literal written into the text: a string quoted, an integer as digits. For what the
 * statement's shape needs (JSON keys, array positions), never for request values.
 */
sql.literal = (value: string | number): SQL => {
  if (typeof value === 'string') return new SQL([{ text: quoteLiteral(value) }]);
  if (!Number.isSafeInteger(value)) throw new Error(`not an integer literal: ${value}`);
  return new SQL([{ text: String(value) }]);
};

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

/**
 * The fragment with its own parameters read from elsewhere: the i-th parameter (in compile
 * order) renders as `(from(i))::type` instead of `$n::type` and is no longer bound. The
 * multiplexed live query reads each cohort's values out of its json array this way. Every
 * parameter must be typed: the cast is what gives the text read from elsewhere its meaning.
 */
sql.readParams = (fragment: SQL, from: (index: number) => SQL): SQL => {
  let index = 0;
  return new SQL(
    fragment.parts.map((part) => {
      if (!('value' in part)) return part;
      if (!part.type) throw new Error(`parameter ${index + 1} has no type`);
      return { readFrom: from(index++), type: part.type };
    }),
  );
};

/**
 * A body between dollar quotes, `$tag$...$tag$`, as a function's body is written. The body is
 * built with the builder too but takes no parameters: Postgres stores it as text, it is no part
 * of the statement. The tag (fixed text, empty for `$$`) gets a number until the body cannot end
 * the quote early, so user text inside it (a table name) cannot break out.
 */
sql.dollarQuoted = <T extends string>(body: SQL, tag: string extends T ? never : T): SQL => {
  if (!/^([A-Za-z_][A-Za-z0-9_]*)?$/.test(tag)) throw new Error(`not a dollar-quote tag: ${tag}`);
  return new SQL([{ quoted: body, tag }]);
};

/**
 * A string value written into the text between dollar quotes, for a simple query (several
 * statements in one round trip, which take no parameters): the tag gets a number until the
 * value cannot end the quote early, so no value can break out of it.
 */
sql.dollarQuotedValue = <T extends string>(value: string, tag: string extends T ? never : T): SQL => sql.dollarQuoted(new SQL([{ text: value }]), tag);

sql.empty = new SQL([]);

export function quoteIdent(name: string): string {
  return '"' + name.replace(/"/g, '""') + '"';
}

/** Quotes a string as a SQL literal; only for DDL, where parameters are not allowed. */
export function quoteLiteral(value: string): string {
  return "'" + value.replace(/'/g, "''") + "'";
}

/** `$tag$body$tag$`, numbering the tag (`$tag1$`, ...) until the body's first closing quote is the one appended. */
function dollarQuote(body: string, tag: string): string {
  for (let i = 0; ; i++) {
    const quote = '$' + (i === 0 ? tag : (tag || '_') + i) + '$';
    if ((body + quote).indexOf(quote) === body.length) return quote + body + quote;
  }
}

function renderWithoutValues(fragment: SQL, what: string): string {
  const values: unknown[] = [];
  const text = render(fragment, values);
  if (values.length > 0) throw new Error(`${what} takes no parameters, got ${values.length}: ${text}`);
  return text;
}

function render(fragment: SQL, values: unknown[]): string {
  return renderParts(fragment, (value) => {
    values.push(value);
    return '$' + values.length;
  });
}

/** The text, each bound value written as `bind` says (its `::type` cast follows, when typed). */
function renderParts(fragment: SQL, bind: (value: unknown) => string): string {
  let text = '';
  for (const part of fragment.parts) {
    if ('text' in part) text += part.text;
    else if ('ident' in part) text += quoteIdent(part.ident);
    else if ('relation' in part) text += quoteIdent(part.relation.schema) + '.' + quoteIdent(part.relation.name);
    else if ('readFrom' in part) text += '(' + renderParts(part.readFrom, bind) + ')::' + renderParts(part.type, bind);
    else if ('quoted' in part) text += dollarQuote(renderWithoutValues(part.quoted, 'a dollar-quoted body'), part.tag);
    else {
      text += bind(part.value);
      if (part.type) text += '::' + renderParts(part.type, bind);
    }
  }
  return text;
}

/**
 * The statement with its values written into the text instead of bound: `values[i]` (the
 * text of the i-th parameter in compile order, or null) becomes a quoted literal or `NULL`,
 * followed by the parameter's cast. What Hasura's explain API shows and plans. The quoting is
 * `E'...'` when the text holds a backslash, so it reads the same whatever
 * `standard_conforming_strings` says.
 */
export function renderWithLiterals(fragment: SQL, values: readonly (string | null)[]): string {
  let index = 0;
  const text = renderParts(fragment, () => {
    if (index >= values.length) throw new Error(`the statement has more parameters than the ${values.length} values given`);
    const value = values[index++]!;
    return value === null ? 'NULL' : escapedLiteral(value);
  });
  if (index !== values.length) throw new Error(`the statement has ${index} parameters, ${values.length} values given`);
  return text;
}

function escapedLiteral(value: string): string {
  if (!value.includes('\\')) return quoteLiteral(value);
  return "E'" + value.replace(/\\/g, '\\\\').replace(/'/g, "''") + "'";
}

/** Fragments are immutable, so a fragment compiled once (a cached plan's) is never compiled again. */
const compiled = new WeakMap<SQL, CompiledQuery>();

/** Turns a fragment into text with `$1..$n` and the matching values. */
export function compile(fragment: SQL): CompiledQuery {
  let result = compiled.get(fragment);
  if (!result) {
    const values: unknown[] = [];
    result = { text: render(fragment, values), values };
    compiled.set(fragment, result);
  }
  return { text: result.text, values: result.values.slice() };
}

/**
 * The text of a statement that takes no bind parameters: DDL and LISTEN, which Postgres does
 * not let bind any. Throws if a value slipped in, rather than sending a `$n` nobody binds.
 */
export function compileText(fragment: SQL): string {
  return renderWithoutValues(fragment, 'this statement');
}

/** How often the statement reads each relation (`schema.name`): a table joined twice counts 2. */
export function relationsOf(fragment: SQL): Map<string, number> {
  const counts = new Map<string, number>();
  const visit = (f: SQL) => {
    for (const part of f.parts) {
      if ('relation' in part) {
        const key = `${part.relation.schema}.${part.relation.name}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      } else if ('readFrom' in part) visit(part.readFrom);
      else if ('quoted' in part) visit(part.quoted);
    }
  };
  visit(fragment);
  return counts;
}

/** One occurrence of a relation in a statement: what the compiler proved of its rows, and which of their columns it reads. */
export interface RelationOccurrence {
  pins: readonly RelationPin[];
  /** `'all'`: it may read any column (see `relationOccurrences`). */
  columns: ReadonlySet<string> | 'all';
}

/**
 * Each occurrence of each relation the statement reads (`schema.name`), with its pins and the
 * columns it reads: those named `"_t3"."column"` through its alias. An occurrence given no
 * alias (`FROM t AS "_t3"`), or whose alias is used otherwise (a whole-row reference, such as a
 * computed field's argument), may read any column. Read from the fragment's structure, so a use
 * this does not recognise counts as reading everything.
 */
export function relationOccurrences(fragment: SQL): Map<string, RelationOccurrence[]> {
  const parts: Part[] = [];
  const flatten = (f: SQL) => {
    for (const part of f.parts) {
      if ('readFrom' in part) flatten(part.readFrom);
      else if ('quoted' in part) flatten(part.quoted);
      else parts.push(part);
    }
  };
  flatten(fragment);
  const occurrences = new Map<string, { pins: readonly RelationPin[]; columns: Set<string> | 'all' }[]>();
  const byAlias = new Map<string, { columns: Set<string> | 'all' }>();
  const defining = new Set<number>();
  parts.forEach((part, i) => {
    if (!('relation' in part)) return;
    const table = `${part.relation.schema}.${part.relation.name}`;
    const as = parts[i + 1];
    const alias = parts[i + 2];
    const occurrence: { pins: readonly RelationPin[]; columns: Set<string> | 'all' } = { pins: part.relation.pins ?? [], columns: 'all' };
    if (as && 'text' in as && /^\s+AS\s+$/.test(as.text) && alias && 'ident' in alias && !byAlias.has(alias.ident)) {
      occurrence.columns = new Set();
      byAlias.set(alias.ident, occurrence);
      defining.add(i + 2);
    }
    const list = occurrences.get(table) ?? [];
    list.push(occurrence);
    occurrences.set(table, list);
  });
  parts.forEach((part, i) => {
    if (!('ident' in part) || defining.has(i)) return;
    const occurrence = byAlias.get(part.ident);
    if (!occurrence || occurrence.columns === 'all') return;
    const before = parts[i - 1];
    // `"x"."_t3"` names a column called _t3, not the alias.
    if (before && 'text' in before && before.text.endsWith('.')) return;
    const dot = parts[i + 1];
    const column = parts[i + 2];
    if (dot && 'text' in dot && dot.text === '.' && column && 'ident' in column) occurrence.columns.add(column.ident);
    else occurrence.columns = 'all';
  });
  return occurrences;
}

/** The columns the statement reads of each table, over all its occurrences (`'all'`: any). */
export function columnsRead(fragment: SQL): Map<string, Set<string> | 'all'> {
  const read = new Map<string, Set<string> | 'all'>();
  for (const [table, occurrences] of relationOccurrences(fragment)) {
    let columns: Set<string> | 'all' = new Set();
    for (const occurrence of occurrences) {
      if (occurrence.columns === 'all') columns = 'all';
      else if (columns !== 'all') for (const c of occurrence.columns) columns.add(c);
    }
    read.set(table, columns);
  }
  return read;
}

/** The Postgres type of each of the fragment's parameters, in compile order, as written in its cast (null: untyped). */
export function paramTypes(fragment: SQL): (string | null)[] {
  const types: (string | null)[] = [];
  for (const part of fragment.parts) if ('value' in part) types.push(part.type ? render(part.type, []) : null);
  return types;
}
