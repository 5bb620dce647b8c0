import type { Session } from '../auth/session.js';
import type { TableOccurrence } from '../schema-cache/index.js';
import type { SQL } from '../sql/builder.js';
import type { LiveQueryPlan, StreamPlan } from './live/live-query-manager.js';
import type { GraphQLErrorJson, OperationPayload } from './protocol/index.js';

/**
 * What the GraphQL core hands the realtime part for a `subscription` operation: the statement
 * it would run for this one subscriber, with its bound values. For a `<table>_stream` root
 * field the statement also returns the batch's last cursor value as a second column, and
 * `stream.cursorValueIndex` says which value is the cursor.
 */
export interface PreparedSubscription {
  /** One row, first column the `data` json (and, streaming, second the cursor); every value a typed parameter. */
  statement: SQL;
  values: unknown[];
  /** Which cohorts a changed row can affect, per occurrence of a table (see live/cohort-target.ts); optional. */
  occurrences?: readonly TableOccurrence[];
  stream?: {
    cursorValueIndex: number;
    /** The subscription's `batch_size`, when known (see StreamPlan). */
    batchSize?: number;
    /** A column the compiler added to each row to read the cursor from; removed before results are sent. */
    hiddenField?: { responseKey: string; key: string };
  };
}

export type PrepareResult = { ok: PreparedSubscription } | { errors: GraphQLErrorJson[] };

/** Implemented over the schema cache by ./graphql-adapter/subscription-compiler.ts. */
export interface SubscriptionPreparer {
  prepareSubscription(request: OperationPayload, session: Session): Promise<PrepareResult>;
}

export type Plan = { kind: 'live'; plan: LiveQueryPlan } | { kind: 'stream'; plan: StreamPlan };

export function toPlan(prepared: PreparedSubscription, session: Session, operationName: string | null = null): Plan {
  const base = {
    role: session.role,
    statement: prepared.statement,
    values: prepared.values,
    operationName,
    ...(prepared.occurrences ? { occurrences: prepared.occurrences } : {}),
  };
  if (!prepared.stream) return { kind: 'live', plan: base };
  const hidden = prepared.stream.hiddenField;
  return {
    kind: 'stream',
    plan: {
      ...base,
      cursorIndex: prepared.stream.cursorValueIndex,
      ...(prepared.stream.batchSize ? { batchSize: prepared.stream.batchSize } : {}),
      ...(hidden ? { transformData: withoutField(hidden.responseKey, hidden.key) } : {}),
    },
  };
}

/** Removes a helper column from every row of a stream batch (once per cohort, not per subscriber). */
function withoutField(responseKey: string, key: string): (dataJson: string) => string {
  return (dataJson) => {
    const data = JSON.parse(dataJson) as Record<string, Array<Record<string, unknown>> | null>;
    for (const row of data[responseKey] ?? []) delete row[key];
    return JSON.stringify(data);
  };
}
