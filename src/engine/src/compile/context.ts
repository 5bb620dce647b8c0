import type { FragmentDefinitionNode, GraphQLSchema } from 'graphql';
import type { Catalog, TableInfo } from '../schema/catalog.js';
import { isAdminRole, selectPermission } from '../schema/role-access.js';
import type { BoolExpIR } from '../permissions/bool-exp-ir.js';
import type { BoolExpContext } from '../permissions/compile-bool-exp.js';
import { permissionToIR } from '../permissions/permission-filter.js';
import type { BoolExp } from '../metadata/types.js';
import type { ValueReader } from './input-values.js';
import { AliasGenerator } from './sql-helpers.js';
import type { PinMap } from './relation-pins.js';

/** Everything compiling one operation needs; one per compilation. */
export class CompileContext implements BoolExpContext {
  readonly aliases = new AliasGenerator();
  readonly pins: PinMap = new WeakMap();
  readonly reader: ValueReader;
  /** Variables bound to `limit`/`offset`: checked on every request before binding (Hasura rejects negative values). */
  readonly nonNegativeVariables: { name: string; path: string }[] = [];
  private readonly filters = new Map<string, BoolExpIR | null>();

  constructor(
    readonly catalog: Catalog,
    readonly schema: GraphQLSchema,
    readonly role: string,
    variables: Record<string, unknown>,
    readonly fragments: Record<string, FragmentDefinitionNode>,
    /** The request may use `backend_only` permissions. */
    readonly backendOnly = false,
  ) {
    this.reader = { variables, shapeVariables: new Set() };
  }

  get isAdmin(): boolean {
    return isAdminRole(this.role);
  }

  /** The role's select filter on a table as IR; null when unrestricted. */
  targetFilter(table: TableInfo): BoolExpIR | null {
    if (this.isAdmin) return null;
    if (!this.filters.has(table.key)) {
      const perm = selectPermission(table, this.role);
      this.filters.set(table.key, perm ? this.permissionIR(perm.filter, table) : { kind: 'or', items: [] });
    }
    return this.filters.get(table.key)!;
  }

  /** For an inherited role, the rows in which a column or scalar computed field is shown; null when shown in every permitted row. */
  fieldFilter(table: TableInfo, name: string): BoolExpIR | null {
    if (this.isAdmin) return null;
    const json = selectPermission(table, this.role)?.fieldFilters?.get(name);
    return json === undefined ? null : (this.permissionIR(json, table) ?? null);
  }

  permissionIR(json: BoolExp | null | undefined, table: TableInfo): BoolExpIR | null {
    const ir = permissionToIR(json, table, this.catalog);
    return ir.kind === 'true' ? null : ir;
  }

  /** Marks a variable as shaping the SQL (its value was read while compiling). */
  shaped(name: string): void {
    this.reader.shapeVariables.add(name);
  }
}
