import { randomUUID } from 'node:crypto';
import type { LoggedHeader } from './env-template.js';
import { isSuccess, type DeliveryResult } from './retry-policy.js';

/**
 * One `hdb_catalog.event_invocation_logs` row per attempt, in Hasura's shape
 * (`RQL/Types/Eventing.hs`, `Eventing/EventTrigger.hs` `mkInvocation`):
 * request  = {"payload": <webhook body>, "headers": [...], "version": "2"}
 * response = {"type":"webhook_response","data":{"body","headers","status"},"version":"2"} for 2xx,
 *            {"type":"client_error","data":{"message"},"version":"2"} otherwise.
 * `status` is the HTTP status, 500 for a timeout, NULL when no response came at all.
 */
export interface InvocationRow {
  /** Chosen here, so writing the same attempt twice (a retried batch) stores it once. */
  id: string;
  eventId: string;
  triggerName: string;
  status: number | null;
  /** JSON text. */
  request: string;
  /** JSON text. */
  response: string;
}

export const INVOCATION_VERSION = '2';

export function invocationRequest(body: string, headers: readonly LoggedHeader[]): string {
  return `{"payload":${body},"headers":${JSON.stringify(headers)},"version":"${INVOCATION_VERSION}"}`;
}

export function invocationStatus(result: DeliveryResult): number | null {
  if (result.kind === 'response') return result.status;
  return result.kind === 'timeout' ? 500 : null;
}

export function invocationResponse(result: DeliveryResult): string {
  if (result.kind === 'response' && isSuccess(result)) {
    return JSON.stringify({
      type: 'webhook_response',
      data: { body: result.body, headers: result.headers, status: result.status },
      version: INVOCATION_VERSION,
    });
  }
  const message = result.kind === 'response' ? result.body : result.kind === 'timeout' ? result.message : JSON.stringify({ type: 'http_exception', message: result.message });
  return JSON.stringify({ type: 'client_error', data: { message }, version: INVOCATION_VERSION });
}

export function invocationRow(eventId: string, triggerName: string, body: string, headers: readonly LoggedHeader[], result: DeliveryResult): InvocationRow {
  return {
    id: randomUUID(),
    eventId,
    triggerName,
    status: invocationStatus(result),
    request: invocationRequest(body, headers),
    response: invocationResponse(result),
  };
}
