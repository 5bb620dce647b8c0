import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadMetadataDirectory } from '../../src/metadata/load-directory.js';
import { MetadataFileError } from '../../src/metadata/yaml-include.js';

const fixture = fileURLToPath(new URL('./fixtures/project/metadata', import.meta.url));

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function tempDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'metadata-'));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('loadMetadataDirectory', () => {
  it('assembles a v3 directory into replace_metadata JSON', () => {
    const metadata = loadMetadataDirectory(fixture);
    expect(metadata).toEqual({
      version: 3,
      sources: [
        {
          name: 'default',
          kind: 'postgres',
          configuration: {
            connection_info: {
              database_url: { from_env: 'HASURA_GRAPHQL_DATABASE_URL' },
              isolation_level: 'read-committed',
              use_prepared_statements: false,
            },
          },
          tables: [
            {
              table: { name: 'customer', schema: 'public' },
              array_relationships: [
                {
                  name: 'orders',
                  using: { foreign_key_constraint_on: { column: 'customer_id', table: { name: 'orders', schema: 'public' } } },
                },
              ],
              select_permissions: [{ role: 'customer', permission: { columns: '*', filter: { id: { _eq: 'X-Hasura-User-Id' } } } }],
            },
            {
              table: { name: 'orders', schema: 'public' },
              object_relationships: [{ name: 'customer', using: { foreign_key_constraint_on: 'customer_id' } }],
              insert_permissions: [
                {
                  role: 'customer',
                  permission: {
                    check: { customer_id: { _eq: 'X-Hasura-User-Id' } },
                    set: { customer_id: 'x-hasura-User-Id' },
                    columns: ['restaurant_id'],
                  },
                },
              ],
            },
          ],
          functions: [{ function: { name: 'search_orders', schema: 'public' } }],
        },
      ],
      allowlist: [],
      inherited_roles: [{ role_name: 'staff', role_set: ['cook', 'driver'] }],
      query_collections: [
        {
          name: 'allowed-queries',
          definition: { queries: [{ name: 'recent', query: 'query recent {\n  orders(limit: 10) { id }\n}\n' }] },
        },
      ],
    });
  });

  it('treats missing files as absent keys and missing tables as an empty list', () => {
    const dir = tempDir({
      'version.yaml': 'version: 3\n',
      'databases/databases.yaml': '- name: default\n  kind: postgres\n  configuration:\n    connection_info:\n      database_url: postgres://x/y\n',
    });
    expect(loadMetadataDirectory(dir)).toEqual({
      version: 3,
      sources: [{ name: 'default', kind: 'postgres', configuration: { connection_info: { database_url: 'postgres://x/y' } }, tables: [] }],
    });
  });

  it('gives an empty metadata for a directory with only version.yaml', () => {
    expect(loadMetadataDirectory(tempDir({ 'version.yaml': 'version: 3\n' }))).toEqual({ version: 3, sources: [] });
  });

  it('resolves includes relative to the including file, not the root', () => {
    const dir = tempDir({
      'databases/databases.yaml': '- name: default\n  kind: postgres\n  configuration: {}\n  tables: "!include default/tables/tables.yaml"\n',
      'databases/default/tables/tables.yaml': '- "!include nested/t.yaml"\n',
      'databases/default/tables/nested/t.yaml': 'table: {name: t, schema: s}\ncomputed_fields:\n  - name: f\n    definition: !include ../f.yaml\n',
      'databases/default/tables/f.yaml': 'function: {name: f, schema: s}\n',
    });
    const tables = loadMetadataDirectory(dir).sources[0]!.tables;
    expect(tables).toEqual([{ table: { name: 't', schema: 's' }, computed_fields: [{ name: 'f', definition: { function: { name: 'f', schema: 's' } } }] }]);
  });

  it('inlines non-.yaml includes as text, including .yml', () => {
    const dir = tempDir({
      'rest_endpoints.yaml': '- name: a\n  sql: !include a.sql\n  other: "!include b.yml"\n',
      'a.sql': 'select 1;\n',
      'b.yml': 'x: 1\n',
    });
    expect(loadMetadataDirectory(dir).rest_endpoints).toEqual([{ name: 'a', sql: 'select 1;\n', other: 'x: 1\n' }]);
  });

  it('reports a missing include with the file name', () => {
    const dir = tempDir({ 'network.yaml': 'tls: !include nope.yaml\n' });
    expect(() => loadMetadataDirectory(dir)).toThrow(MetadataFileError);
    expect(() => loadMetadataDirectory(dir)).toThrow(/nope\.yaml/);
  });

  it('rejects an include cycle instead of recursing forever', () => {
    const dir = tempDir({ 'network.yaml': 'a: !include a.yaml\n', 'a.yaml': 'b: !include a.yaml\n' });
    expect(() => loadMetadataDirectory(dir)).toThrow(/cycle/);
  });

  it('rejects an unsupported version and broken YAML', () => {
    expect(() => loadMetadataDirectory(tempDir({ 'version.yaml': 'version: 2\n' }))).toThrow(/version 2/);
    expect(() => loadMetadataDirectory(tempDir({ 'network.yaml': 'a: [1, 2\n' }))).toThrow(MetadataFileError);
    expect(() => loadMetadataDirectory('/does/not/exist')).toThrow(/does not exist/);
  });
});
