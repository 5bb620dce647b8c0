/**
 * Splits a SQL script into its top-level statements, as psql would send them: semicolons
 * inside quotes, quoted identifiers, dollar-quoted bodies and comments do not end one.
 * Comments before a statement stay with it (they are its documentation in schema.sql).
 */
export function splitSql(script: string): string[] {
  const statements: string[] = [];
  let start = 0;
  let i = 0;
  const n = script.length;
  while (i < n) {
    const ch = script[i]!;
    const next = script[i + 1];
    if (ch === '-' && next === '-') {
      const end = script.indexOf('\n', i);
      i = end === -1 ? n : end + 1;
    } else if (ch === '/' && next === '*') {
      const end = script.indexOf('*/', i + 2);
      i = end === -1 ? n : end + 2;
    } else if (ch === "'" || ch === '"') {
      i++;
      while (i < n) {
        if (script[i] === ch) {
          if (script[i + 1] === ch) i += 2;
          else break;
        } else i++;
      }
      i++;
    } else if (ch === '$') {
      const tag = /^\$[A-Za-z_]*\$/.exec(script.slice(i, i + 64));
      if (tag) {
        const end = script.indexOf(tag[0], i + tag[0].length);
        i = end === -1 ? n : end + tag[0].length;
      } else i++;
    } else if (ch === ';') {
      statements.push(script.slice(start, i + 1));
      i++;
      start = i;
    } else i++;
  }
  const rest = script.slice(start);
  if (withoutComments(rest).trim() !== '') statements.push(rest);
  return statements.map((s) => s.trim()).filter((s) => withoutComments(s).trim() !== '');
}

/** The statement without its comments (strings and bodies kept as written). */
export function withoutComments(sql: string): string {
  let out = '';
  let i = 0;
  const n = sql.length;
  while (i < n) {
    const ch = sql[i]!;
    const next = sql[i + 1];
    if (ch === '-' && next === '-') {
      const end = sql.indexOf('\n', i);
      i = end === -1 ? n : end;
    } else if (ch === '/' && next === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end === -1 ? n : end + 2;
    } else if (ch === "'" || ch === '"') {
      let j = i + 1;
      while (j < n) {
        if (sql[j] === ch) {
          if (sql[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      out += sql.slice(i, j + 1);
      i = j + 1;
    } else if (ch === '$') {
      const tag = /^\$[A-Za-z_]*\$/.exec(sql.slice(i, i + 64));
      const end = tag ? sql.indexOf(tag[0], i + tag[0].length) : -1;
      if (tag && end !== -1) {
        out += sql.slice(i, end + tag[0].length);
        i = end + tag[0].length;
      } else {
        out += ch;
        i++;
      }
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** Whitespace-insensitive form for comparing two versions of a statement. */
export function normalized(sql: string): string {
  return withoutComments(sql)
    .replace(/\s+/g, ' ')
    .replace(/\s*([(),;])\s*/g, '$1')
    .trim();
}
