import { randomUUID } from 'node:crypto';
import type { Logger } from '../platform/logger.js';
import { checkedRequestTransform, transformCall, TransformErrorBundle } from '../transforms/index.js';
import { loggedHeadersOf, resolveHeaders, resolveTemplate, type Env, type LoggedHeader } from '../events/env-template.js';
import type { HttpPoster } from '../events/http-post.js';
import { invocationRequest, invocationResponse, invocationStatus } from '../events/invocation.js';
import type { DeliveryResult } from '../events/retry-policy.js';
import type { EventTriggerHeader } from '../metadata/types.js';
import type { ClaimedScheduledEvent, ScheduledOutcome } from './queue-sql.js';
import { decideScheduled, isPastTolerance } from './retry-decision.js';
import { retryConfOf, type CronTriggerMetadata, type STRetryConf } from './types.js';
import { hasuraTime, scheduledWebhookBody } from './webhook-body.js';

/**
 * One attempt for one claimed scheduled event: Hasura's `processScheduledEvent`. An event past
 * its tolerance is dead without a request; otherwise the body goes to the webhook (resolved
 * from the environment now, as Hasura resolves it when building its cache) and the answer
 * decides delivered / retry / error. Never rejects.
 */
export interface ScheduledDeliveryDeps {
  cronTrigger(name: string): CronTriggerMetadata | undefined;
  env: Env;
  poster: HttpPoster;
  logger: Logger;
  now: () => number;
}

/** Like event triggers, an event whose cron trigger is not (or no longer) known waits a minute. */
export const UNKNOWN_TRIGGER_DELAY_SEC = 60;

interface Target {
  webhook: string;
  headers: EventTriggerHeader[];
  retry: STRetryConf;
  payload: string;
  name?: string;
  createdAt?: string;
  /** A cron trigger's `request_transform` as metadata states it. */
  requestTransform?: unknown;
}

function parseJson<T>(text: string | null, fallback: T): T {
  if (text === null) return fallback;
  return (JSON.parse(text) as T | null) ?? fallback;
}

function targetOf(deps: ScheduledDeliveryDeps, event: ClaimedScheduledEvent): Target | undefined {
  if (event.kind === 'cron') {
    const trigger = deps.cronTrigger(event.triggerName ?? '');
    if (!trigger) return undefined;
    return {
      webhook: trigger.webhook,
      headers: trigger.headers ?? [],
      retry: retryConfOf(trigger.retry_conf),
      payload: JSON.stringify(trigger.payload ?? null),
      name: trigger.name,
      requestTransform: trigger.request_transform,
    };
  }
  return {
    webhook: parseJson<string>(event.webhookConf, ''),
    headers: parseJson<EventTriggerHeader[]>(event.headerConf, []),
    retry: retryConfOf(parseJson(event.retryConf, {})),
    payload: event.payload ?? 'null',
    createdAt: hasuraTime(event.createdAt),
  };
}

export async function deliverScheduledEvent(deps: ScheduledDeliveryDeps, event: ClaimedScheduledEvent, signal: AbortSignal): Promise<ScheduledOutcome> {
  const log = deps.logger.child({ event_id: event.id, kind: event.kind, ...(event.triggerName ? { trigger_name: event.triggerName } : {}) });
  const target = targetOf(deps, event);
  if (!target) {
    log.warn('cron trigger not found in metadata; retrying later');
    return { event, state: 'postpone', delaySec: UNKNOWN_TRIGGER_DELAY_SEC };
  }
  if (isPastTolerance(event.ageSec, target.retry)) {
    log.warn({ age_sec: event.ageSec, tolerance_seconds: target.retry.tolerance_seconds }, 'scheduled event found past its tolerance: dead');
    return { event, state: 'dead', delaySec: 0 };
  }
  const body = scheduledWebhookBody({
    id: event.id,
    name: target.name,
    scheduledTime: hasuraTime(event.scheduledTime),
    payload: target.payload,
    comment: event.kind === 'cron' ? deps.cronTrigger(target.name!)?.comment : event.comment,
    createdAt: target.createdAt,
  });
  let result: DeliveryResult;
  let logged: LoggedHeader[];
  const started = deps.now();
  try {
    const url = resolveTemplate(target.webhook, deps.env);
    const headers = resolveHeaders(target.headers, deps.env);
    logged = headers.logged;
    const { context: _context, ...call } = transformCall(checkedRequestTransform(target.requestTransform), { url, headers: headers.send, body }, null);
    result = await deps.poster.post({ ...call, timeoutMs: target.retry.timeout_seconds * 1000, signal });
  } catch (error) {
    if (error instanceof TransformErrorBundle) {
      // Hasura sets the event to error without an invocation: the transform would fail again.
      log.error({ attempt: event.tries + 1, outcome: 'error', error: `Request Transformation Failed: ${JSON.stringify(error.errors)}` });
      return { event, state: 'error', delaySec: 0 };
    }
    logged = loggedHeadersOf(target.headers);
    result = { kind: 'error', message: (error as Error).message };
  }
  const decision = decideScheduled(result, event.tries, target.retry);
  log[decision.kind === 'delivered' ? 'info' : decision.kind === 'retry' ? 'warn' : 'error']({
    status: invocationStatus(result),
    attempt: event.tries + 1,
    outcome: decision.kind,
    lateness_ms: Math.round(event.ageSec * 1000),
    duration_ms: deps.now() - started,
    ...(result.kind === 'response' ? {} : { error: result.message }),
  });
  return {
    event,
    state: decision.kind,
    delaySec: decision.kind === 'retry' ? decision.delaySec : 0,
    invocation: { id: randomUUID(), status: invocationStatus(result), request: invocationRequest(body, logged), response: invocationResponse(result) },
  };
}
