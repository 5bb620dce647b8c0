/**
 * Whether an error is a statement's error reported by Postgres (it carries an SQLSTATE), after
 * which the connection is fine, rather than a broken connection's.
 */
export function hasSqlState(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code);
}
