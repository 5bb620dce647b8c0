/** Every caught value becomes an Error (graphile-worker `lib.ts` habit). */
export function toError(value: unknown): Error {
  if (value instanceof Error) return value;
  return new Error(typeof value === 'string' ? value : JSON.stringify(value));
}

/**
 * SQLSTATEs worth retrying: serialization failure, deadlock, the server starting up or
 * shutting down, and lost connections (class 08).
 */
const RETRYABLE = new Set(['40001', '40P01', '57P01', '57P02', '57P03']);

export function isRetryableDatabaseError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') {
    const message = error instanceof Error ? error.message : '';
    return /ECONNREFUSED|ECONNRESET|Connection terminated|connection timeout/i.test(message);
  }
  return RETRYABLE.has(code) || code.startsWith('08') || code === 'ECONNREFUSED' || code === 'ECONNRESET';
}
