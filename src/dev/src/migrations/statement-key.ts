import { normalized, withoutComments } from './split-sql.js';

/** What a schema.sql statement creates, so two versions of the file can be matched up. */
export interface SchemaObject {
  /** `table orders`, `index orders_status_idx`, ...; the whole text for anything else. */
  key: string;
  kind: 'table' | 'index' | 'function' | 'trigger' | 'view' | 'materialized view' | 'type' | 'schema' | 'extension' | 'sequence' | 'policy' | 'comment' | 'other';
  name: string;
  /** `ON <table>` of triggers and policies. */
  on?: string;
  orReplace: boolean;
  /** The statement as written, with its comments. */
  text: string;
}

const NAME = String.raw`((?:"[^"]+"|[\w$]+)(?:\.(?:"[^"]+"|[\w$]+))?)`;

const PATTERNS: Array<[SchemaObject['kind'], RegExp]> = [
  ['table', new RegExp(String.raw`^CREATE\s+(?:UNLOGGED\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?${NAME}`, 'i')],
  ['index', new RegExp(String.raw`^CREATE\s+(?:UNIQUE\s+)?INDEX\s+(?:CONCURRENTLY\s+)?(?:IF\s+NOT\s+EXISTS\s+)?${NAME}`, 'i')],
  ['function', new RegExp(String.raw`^CREATE\s+(?:OR\s+REPLACE\s+)?(?:FUNCTION|PROCEDURE)\s+${NAME}`, 'i')],
  ['trigger', new RegExp(String.raw`^CREATE\s+(?:OR\s+REPLACE\s+)?(?:CONSTRAINT\s+)?TRIGGER\s+${NAME}[\s\S]*?\sON\s+${NAME}`, 'i')],
  ['materialized view', new RegExp(String.raw`^CREATE\s+MATERIALIZED\s+VIEW\s+(?:IF\s+NOT\s+EXISTS\s+)?${NAME}`, 'i')],
  ['view', new RegExp(String.raw`^CREATE\s+(?:OR\s+REPLACE\s+)?(?:TEMP\s+|TEMPORARY\s+)?(?:RECURSIVE\s+)?VIEW\s+${NAME}`, 'i')],
  ['type', new RegExp(String.raw`^CREATE\s+TYPE\s+${NAME}`, 'i')],
  ['schema', new RegExp(String.raw`^CREATE\s+SCHEMA\s+(?:IF\s+NOT\s+EXISTS\s+)?${NAME}`, 'i')],
  ['extension', new RegExp(String.raw`^CREATE\s+EXTENSION\s+(?:IF\s+NOT\s+EXISTS\s+)?${NAME}`, 'i')],
  ['sequence', new RegExp(String.raw`^CREATE\s+SEQUENCE\s+(?:IF\s+NOT\s+EXISTS\s+)?${NAME}`, 'i')],
  ['policy', new RegExp(String.raw`^CREATE\s+POLICY\s+${NAME}\s+ON\s+${NAME}`, 'i')],
  ['comment', /^COMMENT\s+ON\s+(.+?)\s+IS\s/is],
];

export function schemaObject(text: string): SchemaObject {
  const bare = withoutComments(text).trim();
  const orReplace = /^CREATE\s+OR\s+REPLACE\s/i.test(bare);
  for (const [kind, pattern] of PATTERNS) {
    const match = pattern.exec(bare);
    if (!match) continue;
    const name = match[1]!.replace(/\s+/g, ' ');
    const on = kind === 'trigger' || kind === 'policy' ? match[2] : undefined;
    return { key: `${kind} ${name}${on ? ` on ${on}` : ''}`.toLowerCase(), kind, name, ...(on ? { on } : {}), orReplace, text };
  }
  return { key: `other ${normalized(bare)}`, kind: 'other', name: '', orReplace: false, text };
}

/** The statement that removes what `object` created; undefined when there is none to write blindly. */
export function dropStatement(object: SchemaObject): string | undefined {
  switch (object.kind) {
    case 'table':
    case 'view':
    case 'materialized view':
    case 'index':
    case 'type':
    case 'sequence':
    case 'function':
      // A function by name alone: schema.sql does not overload names.
      return `DROP ${object.kind.toUpperCase()} ${object.name};`;
    case 'schema':
      return `DROP SCHEMA ${object.name};`;
    case 'extension':
      return `DROP EXTENSION ${object.name};`;
    case 'trigger':
    case 'policy':
      return `DROP ${object.kind.toUpperCase()} ${object.name} ON ${object.on};`;
    case 'comment':
      return `COMMENT ON ${object.name} IS NULL;`;
    case 'other':
      return undefined;
  }
}
