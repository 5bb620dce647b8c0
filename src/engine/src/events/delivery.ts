import type { Logger } from '../platform/logger.js';
import { transformCall, TransformErrorBundle } from '../transforms/index.js';
import type { HttpPoster } from './http-post.js';
import { invocationRow, invocationStatus } from './invocation.js';
import type { EventMetrics } from './metrics.js';
import type { Outcome } from './queue-sql.js';
import { decide, type DeliveryResult } from './retry-policy.js';
import type { DeliveryTarget } from './delivery-targets.js';
import { webhookBody, type ClaimedEvent } from './webhook-body.js';

/**
 * One attempt for one claimed event: build Hasura's body, POST it, decide what happens
 * next, and describe the outcome for the batched recorder. Also the per-delivery log
 * line and metrics. Never rejects.
 */
export interface DeliveryDeps {
  target(triggerName: string): DeliveryTarget | undefined;
  poster: HttpPoster;
  metrics: EventMetrics;
  /** Each delivery logs through a child carrying its event id and trigger name. */
  logger: Logger;
  now: () => number;
}

/** Hasura unlocks an event whose trigger is unknown and tries again a minute later. */
export const UNKNOWN_TRIGGER_DELAY_SEC = 60;

/** The request for one delivery, through the trigger's request transform (with the event's session variables). */
function transformedCall(target: DeliveryTarget, body: string): { url: string; method: string; headers: Record<string, string>; body: string } | { error: string } {
  if (!target.requestTransform) return { url: target.url, method: 'POST', headers: target.headers.send, body };
  const session = (JSON.parse(body) as { event?: { session_variables?: Record<string, string> | null } }).event?.session_variables ?? null;
  try {
    const { context: _context, ...call } = transformCall(target.requestTransform, { url: target.url, headers: target.headers.send, body }, session);
    return call;
  } catch (error) {
    if (error instanceof TransformErrorBundle) return { error: `Request Transformation Failed: ${JSON.stringify(error.errors)}` };
    throw error;
  }
}

export async function deliverEvent(deps: DeliveryDeps, event: ClaimedEvent, signal: AbortSignal): Promise<Outcome> {
  const log = deps.logger.child({ event_id: event.id, trigger_name: event.triggerName });
  const target = deps.target(event.triggerName);
  if (!target) {
    log.warn('event trigger not found in metadata; retrying later');
    return { eventId: event.id, locked: event.locked, state: 'postpone', delaySec: UNKNOWN_TRIGGER_DELAY_SEC };
  }
  const body = webhookBody(event, target.retry.num_retries);
  const started = deps.now();
  let result: DeliveryResult;
  if (target.problem !== undefined) {
    result = { kind: 'error', message: target.problem };
  } else {
    const call = transformedCall(target, body);
    if ('error' in call) {
      // Hasura sets the event to error at once, without an invocation: the same transform
      // would fail the same way on every retry.
      deps.metrics.attempt(event.triggerName, 'failed', (deps.now() - event.createdMs) / 1000);
      log.error({ attempt: event.tries + 1, outcome: 'failed', error: call.error });
      return { eventId: event.id, locked: event.locked, state: 'error', delaySec: 0 };
    }
    result = await deps.poster.post({ ...call, timeoutMs: target.retry.timeout_sec * 1000, signal });
  }
  const finished = deps.now();
  const decision = decide(result, event.tries, target.retry);
  const outcome = decision.kind === 'delivered' ? 'delivered' : decision.kind === 'retry' ? 'retried' : 'failed';
  deps.metrics.attempt(event.triggerName, outcome, (finished - event.createdMs) / 1000, (finished - started) / 1000);
  log[outcome === 'delivered' ? 'info' : outcome === 'retried' ? 'warn' : 'error']({
    status: invocationStatus(result),
    attempt: event.tries + 1,
    outcome,
    duration_ms: finished - started,
    ...(result.kind === 'response' ? {} : { error: result.message }),
  });
  return {
    eventId: event.id,
    locked: event.locked,
    state: decision.kind,
    delaySec: decision.kind === 'retry' ? decision.delaySec : 0,
    invocation: invocationRow(event.id, event.triggerName, body, target.headers.logged, result),
  };
}
