/**
 * Redelivering a dead event, as Hasura's console does: `pg_redeliver_event` on the
 * metadata API with the admin secret. The analyst role reads the dead events but cannot
 * redeliver them; an operator who holds the admin secret types it in (kept for this tab
 * only, in sessionStorage, as the console keeps it in the browser), so the dashboard
 * works unchanged against real Hasura.
 */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

const ADMIN_SECRET_KEY = '3factor.analytics.adminSecret';

/** The metadata API beside the GraphQL endpoint: `…/v1/graphql` → `…/v1/metadata`. */
export function metadataUrlFor(graphqlHttpUrl: string): string {
  return graphqlHttpUrl.replace(/\/v1\/graphql\/?$/, '/v1/metadata');
}

export function loadAdminSecret(storage: Pick<Storage, 'getItem'>): string {
  return storage.getItem(ADMIN_SECRET_KEY) ?? '';
}

export function storeAdminSecret(storage: Pick<Storage, 'setItem' | 'removeItem'>, secret: string): void {
  if (secret) storage.setItem(ADMIN_SECRET_KEY, secret);
  else storage.removeItem(ADMIN_SECRET_KEY);
}

/** Asks the engine to deliver the event again; throws with Hasura's error message when it refuses. */
export async function redeliverEvent(metadataUrl: string, adminSecret: string, eventId: string, fetchImpl: FetchLike = (i, init) => fetch(i, init)): Promise<void> {
  if (!adminSecret) throw new Error('Enter the admin secret to redeliver events.');
  let response: Response;
  try {
    response = await fetchImpl(metadataUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hasura-admin-secret': adminSecret },
      body: JSON.stringify({ type: 'pg_redeliver_event', args: { event_id: eventId, source: 'default' } }),
    });
  } catch {
    throw new Error('The engine cannot be reached.');
  }
  if (response.ok) return;
  const body = (await response.json().catch(() => ({}))) as { error?: string; code?: string };
  if (body.code === 'access-denied' || response.status === 401) throw new Error('The admin secret was not accepted.');
  throw new Error(body.error ?? `The engine answered HTTP ${response.status}.`);
}
