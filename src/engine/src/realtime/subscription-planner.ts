import type { Session } from '../auth/session.js';
import type { LiveQueryPlan, StreamPlan } from './live/live-query-manager.js';
import type { GraphQLErrorJson, OperationPayload } from './protocol/index.js';

/**
 * What the GraphQL core hands the realtime part for a `subscription` operation: the statement
 * it would run for this one subscriber, with its bound values. For a `<table>_stream` root
 * field the statement also returns the batch's last cursor value as a second column, and
 * `stream.cursorValueIndex` says which value is the cursor.
 */
export interface PreparedSubscription {
  text: string;
  values: unknown[];
  stream?: { cursorValueIndex: number };
}

export type PrepareResult = { ok: PreparedSubscription } | { errors: GraphQLErrorJson[] };

/** Structural: the GraphQL service provides this (see /work/notes/realtime-needs.md). */
export interface SubscriptionPreparer {
  prepareSubscription(request: OperationPayload, session: Session): Promise<PrepareResult>;
}

export type Plan = { kind: 'live'; plan: LiveQueryPlan } | { kind: 'stream'; plan: StreamPlan };

export function toPlan(prepared: PreparedSubscription, session: Session): Plan {
  const base = { role: session.role, text: prepared.text, values: prepared.values };
  return prepared.stream
    ? { kind: 'stream', plan: { ...base, cursorIndex: prepared.stream.cursorValueIndex } }
    : { kind: 'live', plan: base };
}
