/** Where the running engine's metadata API is, and the secret it wants. */
export interface EngineEndpoint {
  url: string;
  adminSecret: string;
}

export interface MetadataAnswer {
  status: number;
  body: unknown;
}

/** One call of Hasura's `/v1/metadata` (what the CLI sends for `metadata apply/export/reload`). */
export async function metadataApi(engine: EngineEndpoint, request: { type: string; version?: number; args: unknown }): Promise<MetadataAnswer> {
  const response = await fetch(`${engine.url}/v1/metadata`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hasura-admin-secret': engine.adminSecret },
    body: JSON.stringify(request),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON (a proxy's error page): keep the text for the message.
  }
  return { status: response.status, body };
}

/** The answer's error in Hasura's format (`{error, code, path}`) as one line. */
export function describeFailure(answer: MetadataAnswer): string {
  const body = answer.body as { error?: unknown; code?: unknown; path?: unknown } | string;
  if (typeof body === 'object' && body !== null && typeof body.error === 'string') {
    return `${body.error} (${String(body.code)} at ${String(body.path)})`;
  }
  return `HTTP ${answer.status}: ${typeof body === 'string' ? body : JSON.stringify(body)}`;
}
