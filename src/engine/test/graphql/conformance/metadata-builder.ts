import type pg from 'pg';
import { compile, sql } from '../../../src/sql/builder.js';
import type { HasuraMetadata, QualifiedTable, TableMetadata } from '../../../src/metadata/types.js';

/**
 * Applies the `/v1/query` and `/v1/metadata` operations of Hasura's test setups directly:
 * SQL runs against the database, metadata operations edit a metadata document in memory.
 * (The engine's own metadata API is tested through HTTP by the conformance runner; this
 * in-process path drives the GraphQL core without a server.)
 */
export class MetadataBuilder {
  readonly metadata: HasuraMetadata = {
    version: 3,
    sources: [{ name: 'default', kind: 'postgres', tables: [], functions: [], configuration: { connection_info: { database_url: 'test' } } }],
  };
  /** True when an operation changed the database or metadata, so the GraphQL schema must be rebuilt. */
  dirty = false;

  constructor(private readonly pool: pg.Pool) {}

  private get source() {
    return this.metadata.sources[0]!;
  }

  private qualify(t: unknown): QualifiedTable {
    if (typeof t === 'string') return { schema: 'public', name: t };
    const o = t as { schema?: string; name: string };
    return { schema: o.schema ?? 'public', name: o.name };
  }

  private table(t: unknown): TableMetadata {
    const q = this.qualify(t);
    const found = this.source.tables.find((x) => x.table.schema === q.schema && x.table.name === q.name);
    if (!found) throw new Error(`table ${q.schema}.${q.name} is not tracked`);
    return found;
  }

  async apply(op: { type: string; args: any }): Promise<unknown> {
    const type = op.type.replace(/^pg_/, '');
    const a = op.args;
    this.dirty = true;
    switch (type) {
      case 'bulk': {
        const results = [];
        for (const inner of a) results.push(await this.apply(inner));
        return results;
      }
      case 'run_sql': {
        const result = await this.pool.query(a.sql);
        return result;
      }
      case 'track_table': {
        const spec = typeof a === 'string' ? { table: a } : a.table ? a : { table: { schema: a.schema, name: a.name } };
        const q = this.qualify(spec.table);
        if (this.source.tables.some((x) => x.table.schema === q.schema && x.table.name === q.name)) throw new Error('already tracked');
        const entry: TableMetadata = { table: q };
        if (spec.configuration) entry.configuration = spec.configuration;
        if (spec.is_enum) entry.is_enum = true;
        this.source.tables.push(entry);
        return { message: 'success' };
      }
      case 'untrack_table': {
        const q = this.qualify(a.table);
        this.source.tables = this.source.tables.filter((x) => !(x.table.schema === q.schema && x.table.name === q.name));
        return { message: 'success' };
      }
      case 'set_table_customization':
      case 'set_table_custom_fields': {
        const t = this.table(a.table);
        t.configuration = a.configuration ?? { custom_root_fields: a.custom_root_fields, column_config: undefined, custom_column_names: a.custom_column_names };
        return { message: 'success' };
      }
      case 'create_object_relationship':
      case 'create_array_relationship': {
        const t = this.table(a.table);
        const key = type === 'create_object_relationship' ? 'object_relationships' : 'array_relationships';
        const using = a.using;
        if (type === 'create_array_relationship' && typeof using?.foreign_key_constraint_on === 'string') {
          throw new Error('array relationship needs a table and column');
        }
        (t[key] ??= [] as never[]).push({ name: a.name, using } as never);
        return { message: 'success' };
      }
      case 'drop_relationship': {
        const t = this.table(a.table);
        t.object_relationships = t.object_relationships?.filter((r) => r.name !== a.relationship);
        t.array_relationships = t.array_relationships?.filter((r) => r.name !== a.relationship);
        return { message: 'success' };
      }
      case 'create_select_permission':
      case 'create_insert_permission':
      case 'create_update_permission':
      case 'create_delete_permission': {
        const t = this.table(a.table);
        const kind = type.replace('create_', '').replace('_permission', '') as 'select' | 'insert' | 'update' | 'delete';
        const key = `${kind}_permissions` as const;
        const list = ((t[key] as unknown[] | undefined) ?? []) as { role: string }[];
        t[key] = [...list.filter((p) => p.role !== a.role), { role: a.role, permission: a.permission }] as never;
        return { message: 'success' };
      }
      case 'drop_select_permission':
      case 'drop_insert_permission':
      case 'drop_update_permission':
      case 'drop_delete_permission': {
        const t = this.table(a.table);
        const key = `${type.replace('drop_', '').replace('_permission', '')}_permissions` as 'select_permissions';
        t[key] = (t[key] ?? []).filter((p) => p.role !== a.role);
        return { message: 'success' };
      }
      case 'add_computed_field': {
        const t = this.table(a.table);
        (t.computed_fields ??= []).push({ name: a.name, definition: a.definition, comment: a.comment });
        return { message: 'success' };
      }
      case 'track_function': {
        const fn = a.function ? this.qualify(a.function) : this.qualify(a);
        (this.source.functions ??= []).push({ function: fn, ...(a.configuration ? { configuration: a.configuration } : {}) });
        return { message: 'success' };
      }
      case 'insert': {
        const q = this.qualify(a.table);
        const types = new Map((await this.pool.query<{ name: string; type: string }>(
          'SELECT column_name AS name, udt_name AS type FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2',
          [q.schema, q.name],
        )).rows.map((r) => [r.name, r.type]));
        for (const object of a.objects as Record<string, unknown>[]) {
          const names = Object.keys(object);
          const values = names.map((n) => {
            const v = object[n];
            const type = types.get(n) ?? '';
            if (v === null) return sql`NULL`;
            if (type === 'json' || type === 'jsonb') return sql`${JSON.stringify(v)}::jsonb`;
            if (type === 'geometry' || type === 'geography') return sql`ST_GeomFromGeoJSON(${typeof v === 'string' ? v : JSON.stringify(v)})`;
            return sql.value(typeof v === 'object' && !Array.isArray(v) ? JSON.stringify(v) : v);
          });
          const statement = names.length === 0
            ? compile(sql`INSERT INTO ${sql.ident(q.schema, q.name)} DEFAULT VALUES`)
            : compile(sql`INSERT INTO ${sql.ident(q.schema, q.name)} (${sql.join(names.map((n) => sql.ident(n)))}) VALUES (${sql.join(values)})`);
          await this.pool.query(statement.text, statement.values);
        }
        return { affected_rows: a.objects.length };
      }
      default:
        throw new Error(`operation ${op.type} is not supported by the in-process setup`);
    }
  }
}
