import { describe, expect, it } from 'vitest';
import { orderInheritedRoles, tablePermissionsWithInherited, withInheritedRoles, type InheritedRole } from '../../src/metadata/inherited-roles.js';
import type { TableMetadata } from '../../src/metadata/types.js';

/** How an inherited role's permissions are combined from its parents' (pure; the engine tests run them). */
const table: TableMetadata = {
  table: { schema: 'public', name: 'staff' },
  select_permissions: [
    { role: 'a', permission: { columns: ['id', 'name'], filter: { id: 'X-Hasura-User-Id' }, limit: 1 } },
    { role: 'b', permission: { columns: '*', filter: { team: 1 }, allow_aggregations: true } },
  ],
  delete_permissions: [
    { role: 'a', permission: { filter: { id: 1 } } },
    { role: 'b', permission: { filter: { id: 2 } } },
  ],
  insert_permissions: [{ role: 'a', permission: { check: {}, columns: ['name'] } }],
};
const columns = ['id', 'name', 'team'];

describe('inherited roles', () => {
  it('orders parents before the roles made of them, and names a cycle as Hasura does', () => {
    const roles: InheritedRole[] = [
      { role_name: 'top', role_set: ['ab', 'c'] },
      { role_name: 'ab', role_set: ['a', 'b'] },
    ];
    expect(orderInheritedRoles(roles).map((r) => r.role_name)).toEqual(['ab', 'top']);
    expect(() =>
      orderInheritedRoles([
        { role_name: 'x', role_set: ['y'] },
        { role_name: 'y', role_set: ['x'] },
      ]),
    ).toThrow('found cycle(s) in roles: ["x","y","x"]');
  });

  it('unions the select permissions: per-column filters where a parent lacks the column, any aggregation, the largest limit', () => {
    const { permissions } = tablePermissionsWithInherited(table, [{ role_name: 'ab', role_set: ['a', 'b'] }], columns);
    expect(permissions.get('ab')!.select).toEqual({
      columns: ['id', 'name', 'team'],
      computed_fields: [],
      filter: { _or: [{ id: 'X-Hasura-User-Id' }, { team: 1 }] },
      limit: 1,
      allow_aggregations: true,
      query_root_fields: undefined,
      subscription_root_fields: undefined,
      field_filters: { team: { team: 1 } },
    });
  });

  it('inherits a mutation permission the parents that have one agree on, and reports one they disagree on', () => {
    const { permissions, conflicts } = tablePermissionsWithInherited(table, [{ role_name: 'ab', role_set: ['a', 'b'] }], columns);
    expect(permissions.get('ab')!.insert).toEqual({ check: {}, columns: ['name'] });
    expect(permissions.get('ab')!.delete).toBeUndefined();
    expect(conflicts).toEqual([{ role: 'ab', kind: 'delete' }]);
  });

  it('gives an inherited role a boolean permission any parent has, through nested roles', () => {
    const ordered = orderInheritedRoles([
      { role_name: 'top', role_set: ['ab'] },
      { role_name: 'ab', role_set: ['a', 'b'] },
    ]);
    expect([...withInheritedRoles(new Set(['b']), ordered)].sort()).toEqual(['ab', 'b', 'top']);
  });
});
