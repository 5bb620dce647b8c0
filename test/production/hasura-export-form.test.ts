import { describe, expect, it } from 'vitest';
import { hasuraExportForm } from './helpers/hasura-export-form.js';

/** The normalisation the export drift check relies on, rule by rule. */
const table = (extra: Record<string, unknown>) => ({ table: { name: 'orders', schema: 'public' }, ...extra });
const metadataWith = (tables: unknown[], extra: Record<string, unknown> = {}) => ({
  version: 3,
  sources: [{ name: 'default', kind: 'postgres', tables, configuration: { connection_info: { database_url: 'x' } } }],
  ...extra,
});
const onlyTable = (metadata: Record<string, unknown>) => (metadata.sources as { tables: unknown[] }[])[0]!.tables[0];

describe('hasuraExportForm', () => {
  it('sorts permissions by role and relationships and triggers by name, as Hasura exports them', () => {
    const form = hasuraExportForm(
      metadataWith([
        table({
          select_permissions: [
            { role: 'analyst', permission: { columns: ['id'], filter: {} } },
            { role: 'agent', permission: { columns: ['id'], filter: {} } },
          ],
          object_relationships: [
            { name: 'restaurant', using: { foreign_key_constraint_on: 'restaurant_id' } },
            { name: 'customer', using: { foreign_key_constraint_on: 'customer_id' } },
          ],
          event_triggers: [{ name: 'validate-order' }, { name: 'agent-assignment' }],
        }),
      ]),
    );
    const t = onlyTable(form) as Record<string, { role?: string; name?: string }[]>;
    expect(t.select_permissions!.map((p) => p.role)).toEqual(['agent', 'analyst']);
    expect(t.object_relationships!.map((r) => r.name)).toEqual(['customer', 'restaurant']);
    expect(t.event_triggers!.map((e) => e.name)).toEqual(['agent-assignment', 'validate-order']);
  });

  it('sorts tables by schema, then name', () => {
    const form = hasuraExportForm(metadataWith([{ table: { name: 'b', schema: 'public' } }, { table: { name: 'a', schema: 'z' } }, { table: { name: 'a', schema: 'public' } }]));
    expect((form.sources as { tables: { table: unknown }[] }[])[0]!.tables.map((t) => t.table)).toEqual([
      { name: 'a', schema: 'public' },
      { name: 'b', schema: 'public' },
      { name: 'a', schema: 'z' },
    ]);
  });

  it('leaves out defaults and empties, and gives update permissions a null check', () => {
    const form = hasuraExportForm(
      metadataWith(
        [
          table({
            is_enum: false,
            configuration: { custom_root_fields: {}, column_config: {} },
            array_relationships: [],
            insert_permissions: [{ role: 'customer', permission: { check: {}, set: {}, columns: ['id'], backend_only: false } }],
            select_permissions: [{ role: 'customer', permission: { columns: ['id'], filter: {}, allow_aggregations: false, computed_fields: [], limit: null } }],
            update_permissions: [{ role: 'customer', permission: { columns: ['id'], filter: {} } }],
            delete_permissions: [{ role: 'customer', permission: { filter: {}, backend_only: false } }],
            event_triggers: [{ name: 'payment', headers: [] }],
          }),
        ],
        { actions: [], custom_types: { enums: [], objects: [] }, network: {}, api_limits: {}, allowlist: [] },
      ),
    );
    expect(Object.keys(form)).toEqual(['version', 'sources']);
    expect(onlyTable(form)).toEqual({
      table: { name: 'orders', schema: 'public' },
      insert_permissions: [{ role: 'customer', permission: { check: {}, columns: ['id'] } }],
      select_permissions: [{ role: 'customer', permission: { columns: ['id'], filter: {} } }],
      update_permissions: [{ role: 'customer', permission: { columns: ['id'], filter: {}, check: null } }],
      delete_permissions: [{ role: 'customer', permission: { filter: {} } }],
      event_triggers: [{ name: 'payment' }],
    });
  });

  it('keeps every value that is not a default, so a real difference still shows', () => {
    const a = hasuraExportForm(metadataWith([table({ select_permissions: [{ role: 'customer', permission: { columns: ['id'], filter: {}, allow_aggregations: true } }] })]));
    const b = hasuraExportForm(metadataWith([table({ select_permissions: [{ role: 'customer', permission: { columns: ['id'], filter: {} } }] })]));
    expect(a).not.toStrictEqual(b);
    const withSet = hasuraExportForm(metadataWith([table({ insert_permissions: [{ role: 'c', permission: { check: {}, set: { customer_id: 'X-Hasura-User-Id' } } }] })]));
    expect(onlyTable(withSet)).toMatchObject({ insert_permissions: [{ permission: { set: { customer_id: 'X-Hasura-User-Id' } } }] });
  });
});
