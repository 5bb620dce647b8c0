/**
 * The failures worth running a transaction again for, and nothing else: a constraint
 * violation or a syntax error would fail the same way every time, so those go straight
 * back to Hasura as a non-2xx and its retry_conf decides.
 */
const RETRYABLE_SQLSTATES = new Set([
  '40001', // serialization_failure
  '40P01', // deadlock_detected
  '55P03', // lock_not_available
  '57P01', // admin_shutdown (a server restart, or pgBouncer's server connection going away)
  '57P03', // cannot_connect_now (server starting up)
  '08000', // connection_exception
  '08003', // connection_does_not_exist
  '08006', // connection_failure
  '08001', // sqlclient_unable_to_establish_sqlconnection
  '08004', // sqlserver_rejected_establishment_of_sqlconnection
]);

/** Socket-level failures node reports before any SQLSTATE exists. */
const RETRYABLE_NODE_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT']);

export function isRetryableDatabaseError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (RETRYABLE_SQLSTATES.has(code) || RETRYABLE_NODE_CODES.has(code));
}

export const UNIQUE_VIOLATION = '23505';
