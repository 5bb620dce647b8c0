/** Every caught value becomes an Error (graphile-worker `lib.ts` habit). */
export function toError(value: unknown): Error {
  if (value instanceof Error) return value;
  return new Error(typeof value === 'string' ? value : JSON.stringify(value));
}
