import type { BackendConfig } from './config.js';

/**
 * One-off scheduled events created through the engine's (Hasura's) metadata API, the way a
 * Hasura app schedules work: `create_scheduled_event` with the admin secret. The webhook is a
 * template the engine resolves from its own environment, like the event triggers' webhooks,
 * and carries the shared secret header, so the scheduled functions check it as every event
 * function does.
 */
export interface ScheduledEventRequest {
  /** The function's path, e.g. `/payment-timeout`. */
  path: string;
  at: Date;
  payload: Record<string, unknown>;
  comment: string;
}

/** Retries as the event triggers': 100 tries 10 s apart outlast an outage of the functions of 16 minutes. */
const RETRY_CONF = { num_retries: 100, retry_interval_seconds: 10, timeout_seconds: 60, tolerance_seconds: 21600 };

export async function scheduleEvent(config: BackendConfig, request: ScheduledEventRequest): Promise<string> {
  if (!config.adminSecret) throw new Error('HASURA_GRAPHQL_ADMIN_SECRET is not set: the functions cannot schedule the order timeouts');
  const response = await fetch(`${config.engineUrl}/v1/metadata`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-hasura-admin-secret': config.adminSecret },
    body: JSON.stringify({
      type: 'create_scheduled_event',
      args: {
        webhook: `{{ACTION_BASE_URL}}${request.path}`,
        schedule_at: request.at.toISOString(),
        payload: request.payload,
        headers: [{ name: 'x-webhook-secret', value_from_env: 'EVENT_WEBHOOK_SECRET' }],
        retry_conf: RETRY_CONF,
        comment: request.comment,
      },
    }),
    signal: AbortSignal.timeout(10_000),
  });
  const body = (await response.json().catch(() => ({}))) as { event_id?: string; error?: string };
  if (!response.ok || !body.event_id) throw new Error(`create_scheduled_event failed (${response.status}): ${body.error ?? 'no event id'}`);
  return body.event_id;
}
