import { sql, type SQL } from '../../sql/builder.js';
import { MetadataApiError } from './errors.js';

/**
 * The where clause of the legacy v1 DML operations (`select`, `count`, `update`, `delete`),
 * limited to the table's own columns: `{col: value}`, `{col: {$op|_op: value}}`, and
 * `$and/$or/$not` (or `_and/_or/_not`). Values are always bind parameters.
 */
const COMPARISONS: Record<string, SQL> = {
  eq: sql.raw(' = '),
  ne: sql.raw(' <> '),
  neq: sql.raw(' <> '),
  gt: sql.raw(' > '),
  lt: sql.raw(' < '),
  gte: sql.raw(' >= '),
  lte: sql.raw(' <= '),
  like: sql.raw(' LIKE '),
  nlike: sql.raw(' NOT LIKE '),
  ilike: sql.raw(' ILIKE '),
  nilike: sql.raw(' NOT ILIKE '),
};

function opName(key: string): string | undefined {
  return key.startsWith('$') || key.startsWith('_') ? key.slice(1) : undefined;
}

function comparison(column: string, op: string, value: unknown, alias: string): SQL {
  const col = sql.ident(alias, column);
  if (op === 'is_null') return value === true ? sql`${col} IS NULL` : sql`${col} IS NOT NULL`;
  if (op === 'in') return sql`${col} = ANY(${sql.value(value)})`;
  if (op === 'nin') return sql`NOT (${col} = ANY(${sql.value(value)}))`;
  const operator = COMPARISONS[op];
  if (!operator) throw new MetadataApiError('not-supported', `operator "${op}" is not supported in v1 DML where`, 400, '$.args.where');
  if (value === null) return op === 'eq' ? sql`${col} IS NULL` : sql`${col} IS NOT NULL`;
  const param = value !== null && typeof value === 'object' ? JSON.stringify(value) : value;
  return sql`${col}${operator}${sql.value(param)}`;
}

export function compileWhere(where: unknown, alias: string): SQL {
  if (where === undefined || where === null) return sql.raw('true');
  if (Array.isArray(where)) return sql.join(where.map((w) => sql`(${compileWhere(w, alias)})`), sql.raw(' AND '));
  if (typeof where !== 'object') throw new MetadataApiError('parse-failed', 'expected Object for where', 400, '$.args.where');
  const parts: SQL[] = [];
  for (const [key, value] of Object.entries(where as Record<string, unknown>)) {
    const op = opName(key);
    if (op === 'and' || op === 'or') {
      const items = (Array.isArray(value) ? value : [value]).map((w) => sql`(${compileWhere(w, alias)})`);
      if (items.length === 0) parts.push(sql.raw(op === 'and' ? 'true' : 'false'));
      else parts.push(sql`(${sql.join(items, op === 'and' ? sql.raw(' AND ') : sql.raw(' OR '))})`);
    } else if (op === 'not') {
      parts.push(sql`NOT (${compileWhere(value, alias)})`);
    } else if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).every((k) => opName(k))) {
      for (const [opKey, operand] of Object.entries(value as Record<string, unknown>)) parts.push(comparison(key, opName(opKey)!, operand, alias));
    } else {
      parts.push(comparison(key, 'eq', value, alias));
    }
  }
  return parts.length === 0 ? sql.raw('true') : sql.join(parts, sql.raw(' AND '));
}
