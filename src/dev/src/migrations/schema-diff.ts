import { normalized, splitSql } from './split-sql.js';
import { dropStatement, schemaObject, type SchemaObject } from './statement-key.js';
import { diffTable } from './table-diff.js';

export interface SchemaDiff {
  up: string[];
  down: string[];
  /** What could not be derived safely: the developer writes it into up.sql / down.sql. */
  unresolved: string[];
}

function byKey(script: string): Map<string, SchemaObject> {
  const objects = new Map<string, SchemaObject>();
  for (const text of splitSql(script)) {
    const object = schemaObject(text);
    let key = object.key;
    // The same statement twice (an `other` repeated): keep both, in order.
    for (let n = 2; objects.has(key); n++) key = `${object.key} #${n}`;
    objects.set(key, { ...object, key });
  }
  return objects;
}

function enumValues(text: string): string[] | undefined {
  const match = /AS\s+ENUM\s*\(([\s\S]*)\)/i.exec(text);
  return match ? [...match[1]!.matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1]!) : undefined;
}

/** `CREATE VIEW` / `CREATE FUNCTION` as `CREATE OR REPLACE ...`, so a changed one replaces the old in place. */
function replacing(object: SchemaObject): string {
  return object.orReplace ? object.text : object.text.replace(/\bCREATE\s+(FUNCTION|PROCEDURE|VIEW)\b/i, 'CREATE OR REPLACE $1');
}

/**
 * The statements that take a database built from `before` (a schema.sql) to `after`, and
 * back. Statements are matched by what they create (`table orders`, `index x`); a changed
 * table becomes ALTER TABLE ... ADD/DROP COLUMN / CONSTRAINT, a changed view or function is
 * replaced, an enum grows with ALTER TYPE ... ADD VALUE, an index or trigger is dropped and
 * created again. Up runs removals first (newest first), then changes and additions in the
 * file's order; down undoes them in the opposite order.
 */
export function diffSchema(before: string, after: string): SchemaDiff {
  const oldObjects = byKey(before);
  const newObjects = byKey(after);
  const diff: SchemaDiff = { up: [], down: [], unresolved: [] };
  const recreate: string[] = [];

  for (const object of [...oldObjects.values()].reverse()) {
    if (newObjects.has(object.key)) continue;
    const drop = dropStatement(object);
    if (drop) diff.up.push(drop);
    else diff.unresolved.push(`statement removed, undo it by hand: ${normalized(object.text).slice(0, 160)}`);
    recreate.unshift(object.text);
  }

  for (const object of newObjects.values()) {
    const old = oldObjects.get(object.key);
    if (!old) {
      diff.up.push(object.text);
      const drop = dropStatement(object);
      if (drop) diff.down.unshift(drop);
      else diff.unresolved.push(`statement added, write its undo in down.sql: ${normalized(object.text).slice(0, 160)}`);
      continue;
    }
    if (normalized(old.text) === normalized(object.text)) continue;
    switch (object.kind) {
      case 'table': {
        const change = diffTable(object.name, old.text, object.text);
        diff.up.push(...change.up);
        diff.down.unshift(...change.down);
        diff.unresolved.push(...change.unresolved);
        break;
      }
      case 'view':
      case 'function':
        diff.up.push(replacing(object));
        diff.down.unshift(replacing(old));
        break;
      case 'type': {
        const was = enumValues(old.text);
        const is = enumValues(object.text);
        if (was && is && was.every((v) => is.includes(v)) && was.every((v, i) => is.filter((x) => was.includes(x))[i] === v)) {
          for (const value of is.filter((v) => !was.includes(v))) {
            const before = is[is.indexOf(value) - 1];
            diff.up.push(`ALTER TYPE ${object.name} ADD VALUE '${value}'${before !== undefined ? ` AFTER '${before}'` : ` BEFORE '${is[1]}'`};`);
          }
          diff.down.unshift(`-- Postgres cannot remove the values added to enum ${object.name}; they stay.`);
        } else diff.unresolved.push(`type ${object.name} changed in a way ALTER TYPE cannot follow: write it by hand`);
        break;
      }
      case 'index':
      case 'trigger':
      case 'policy':
      case 'sequence':
      case 'comment': {
        const drop = dropStatement(old);
        if (drop && object.kind !== 'comment') diff.up.push(drop);
        diff.up.push(object.text);
        diff.down.unshift(old.text);
        const dropNew = dropStatement(object);
        if (dropNew && object.kind !== 'comment') diff.down.unshift(dropNew);
        break;
      }
      default:
        diff.unresolved.push(`${object.kind} ${object.name} changed: write the change by hand`);
    }
  }
  diff.down.push(...recreate);
  return diff;
}
