import type { DatabaseModel } from '../../src/introspection/index.js';

/** Renders a model with type names instead of oids, so captures from different databases compare equal. */
export function describeModel(model: DatabaseModel): unknown {
  const typeName = (oid: number): string => {
    const t = model.types.get(oid);
    return t ? `${t.schema}.${t.name}` : `?${oid}`;
  };
  return {
    tables: [...model.tables.values()].map((t) => ({
      table: `${t.schema}.${t.name}`,
      kind: t.kind,
      comment: t.comment,
      columns: t.columns.map((c) => `${c.name} ${typeName(c.typeOid)}${c.notNull ? ' not null' : ''}${c.hasDefault ? ' default' : ''}${c.identity ? ' identity' : ''}`),
      primaryKey: t.primaryKey,
      unique: t.uniqueConstraints,
      foreignKeys: t.foreignKeys,
      mutable: [t.insertable, t.updatable, t.deletable],
      viewBases: t.viewBases.map((b) => `${b.schema}.${b.name}`),
      viewUnwatchable: t.viewUnwatchable,
    })),
    functions: [...model.functions.values()].flat().map((f) => ({
      fn: `${f.schema}.${f.name}`,
      args: f.args.map((a) => `${a.name} ${typeName(a.typeOid)}${a.hasDefault ? ' default' : ''}`),
      returns: `${f.returnsSet ? 'setof ' : ''}${typeName(f.returnTypeOid)}`,
      volatility: f.volatility,
    })),
    enums: [...model.types.values()].filter((t) => t.enumValues).map((t) => [`${t.schema}.${t.name}`, t.enumValues]),
  };
}
