/** Request headers as node gives them: names lower-cased, repeated headers as arrays. */
export type RequestHeaders = Readonly<Record<string, string | string[] | undefined>>;

export function header(headers: RequestHeaders, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/** Every `x-hasura-*` header, lower-cased, as Hasura's `mkSessionVariablesHeaders` takes them. */
export function sessionVariablesFromHeaders(headers: RequestHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (!lower.startsWith('x-hasura-') || value === undefined) continue;
    if (lower === 'x-hasura-admin-secret' || lower === 'x-hasura-access-key') continue;
    out[lower] = Array.isArray(value) ? value.join(',') : value;
  }
  return out;
}

export function parseCookies(cookieHeader: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (name && !(name in out)) out[name] = part.slice(eq + 1).trim();
  }
  return out;
}
