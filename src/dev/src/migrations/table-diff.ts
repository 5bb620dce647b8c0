import { withoutComments } from './split-sql.js';

/** The column and constraint lines of a CREATE TABLE, split at its top-level commas. */
export function tableItems(createTable: string): string[] {
  const bare = withoutComments(createTable);
  const open = bare.indexOf('(');
  if (open === -1) return [];
  const items: string[] = [];
  let depth = 0;
  let start = open + 1;
  let quote: string | undefined;
  for (let i = open + 1; i < bare.length; i++) {
    const ch = bare[i]!;
    if (quote) {
      if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')') {
      if (depth === 0) {
        items.push(bare.slice(start, i));
        break;
      }
      depth--;
    } else if (ch === ',' && depth === 0) {
      items.push(bare.slice(start, i));
      start = i + 1;
    }
  }
  return items.map((item) => item.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

const CONSTRAINT_START = /^(CONSTRAINT|PRIMARY|UNIQUE|CHECK|FOREIGN|EXCLUDE|LIKE)\b/i;

function columnName(item: string): string | undefined {
  if (CONSTRAINT_START.test(item)) return undefined;
  return /^("[^"]+"|[\w$]+)/.exec(item)?.[1];
}

export interface TableChange {
  up: string[];
  down: string[];
  /** Changes that have no safe statement to write blindly (a column's type or default changed). */
  unresolved: string[];
}

/**
 * ALTER TABLE statements that take a table from its old CREATE TABLE to its new one:
 * columns and named constraints added or dropped. A column whose definition changed, or an
 * unnamed constraint, is left to the developer (listed in `unresolved`).
 */
export function diffTable(table: string, before: string, after: string): TableChange {
  const change: TableChange = { up: [], down: [], unresolved: [] };
  const oldItems = tableItems(before);
  const newItems = tableItems(after);
  const columns = (items: string[]) => new Map(items.flatMap((item) => (columnName(item) ? [[columnName(item)!, item] as const] : [])));
  const constraints = (items: string[]) => items.filter((item) => !columnName(item));
  const oldColumns = columns(oldItems);
  const newColumns = columns(newItems);

  for (const [name, item] of newColumns) {
    const old = oldColumns.get(name);
    if (old === undefined) {
      change.up.push(`ALTER TABLE ${table} ADD COLUMN ${item};`);
      change.down.unshift(`ALTER TABLE ${table} DROP COLUMN ${name};`);
    } else if (old !== item) {
      change.unresolved.push(`column ${table}.${name} changed: "${old}" -> "${item}" (write ALTER TABLE ${table} ALTER COLUMN ${name} ... by hand)`);
    }
  }
  for (const [name, item] of oldColumns) {
    if (!newColumns.has(name)) {
      change.up.push(`ALTER TABLE ${table} DROP COLUMN ${name};`);
      change.down.unshift(`ALTER TABLE ${table} ADD COLUMN ${item};`);
    }
  }
  const named = (item: string) => /^CONSTRAINT\s+("[^"]+"|[\w$]+)/i.exec(item)?.[1];
  const oldConstraints = constraints(oldItems);
  const newConstraints = constraints(newItems);
  for (const item of newConstraints.filter((c) => !oldConstraints.includes(c))) {
    const name = named(item);
    if (!name) change.unresolved.push(`unnamed constraint added to ${table}: ${item} (name it with CONSTRAINT <name> so it can be dropped)`);
    else {
      change.up.push(`ALTER TABLE ${table} ADD ${item};`);
      change.down.unshift(`ALTER TABLE ${table} DROP CONSTRAINT ${name};`);
    }
  }
  for (const item of oldConstraints.filter((c) => !newConstraints.includes(c))) {
    const name = named(item);
    if (!name) change.unresolved.push(`unnamed constraint removed from ${table}: ${item} (drop it by its generated name by hand)`);
    else {
      change.up.push(`ALTER TABLE ${table} DROP CONSTRAINT ${name};`);
      change.down.unshift(`ALTER TABLE ${table} ADD ${item};`);
    }
  }
  return change;
}
