/** CORS for the auth endpoints, which the order and analytics apps call from the browser. */
export function corsHeaders(allowedOrigins: readonly string[], origin: string | undefined): Record<string, string> {
  const headers: Record<string, string> = { vary: 'Origin' };
  if (!origin) return headers;
  const anyOrigin = allowedOrigins.includes('*');
  if (!anyOrigin && !allowedOrigins.includes(origin)) return headers;
  return {
    ...headers,
    'access-control-allow-origin': anyOrigin ? '*' : origin,
    'access-control-allow-methods': 'POST, OPTIONS',
    'access-control-allow-headers': 'content-type',
    'access-control-max-age': '600',
  };
}
