/**
 * The webhook body, byte for byte as Hasura sends it. Row data is spliced in as the JSON
 * text Postgres stored (compacted), never parsed into JS numbers, so bigint and numeric
 * values reach the webhook exactly.
 *
 * Key order follows the body Hasura v2 sends (and its docs show):
 * {"event":{"session_variables","op","data":{"old","new"},"trace_context"},"created_at","id",
 *  "delivery_info":{"max_retries","current_retry"},"trigger":{"name"},"table":{"schema","name"}}
 */
export interface ClaimedEvent {
  id: string;
  schemaName: string;
  tableName: string;
  triggerName: string;
  op: string;
  /** Raw JSON text of the stored payload's parts (`null` text when absent). */
  sessionVariables: string;
  oldData: string;
  newData: string;
  traceContext: string;
  tries: number;
  /** `event_log.created_at` as `YYYY-MM-DDTHH:MI:SS.ffffff` (a TIMESTAMP: no zone). */
  createdAt: string;
  /** created_at in epoch milliseconds, for the commit-to-response latency metric. */
  createdMs: number;
  /** The claim's lock timestamp (text); completing an event requires it still matches. */
  locked: string;
}

/**
 * Removes insignificant whitespace from JSON text (Postgres prints jsonb as `{"a": 1}`).
 * Lossless: numbers and strings are copied as written.
 */
export function compactJson(text: string): string {
  let out = '';
  let inString = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92 /* \ */) i++;
      else if (ch === 34 /* " */) inString = false;
    } else if (ch === 34) {
      inString = true;
    } else if (ch === 32 || ch === 10 || ch === 13 || ch === 9) {
      out += text.slice(start, i);
      start = i + 1;
    }
  }
  return out + text.slice(start);
}

/**
 * Hasura encodes `created_at` as a Haskell LocalTime through aeson: no zone suffix, and the
 * fraction trimmed in groups of three digits (`.123456`, `.123`, or none).
 */
export function formatCreatedAt(timestamp: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?$/.exec(timestamp);
  if (!match) return timestamp;
  const micros = (match[3] ?? '').padEnd(6, '0');
  let fraction = '';
  if (micros !== '000000') fraction = micros.endsWith('000') ? '.' + micros.slice(0, 3) : '.' + micros;
  return `${match[1]}T${match[2]}${fraction}`;
}

export function webhookBody(event: ClaimedEvent, maxRetries: number): string {
  const str = JSON.stringify;
  return (
    `{"event":{"session_variables":${compactJson(event.sessionVariables)},"op":${str(event.op)},` +
    `"data":{"old":${compactJson(event.oldData)},"new":${compactJson(event.newData)}},` +
    `"trace_context":${compactJson(event.traceContext)}},` +
    `"created_at":${str(formatCreatedAt(event.createdAt))},"id":${str(event.id)},` +
    `"delivery_info":{"max_retries":${maxRetries},"current_retry":${event.tries}},` +
    `"trigger":{"name":${str(event.triggerName)}},` +
    `"table":{"schema":${str(event.schemaName)},"name":${str(event.tableName)}}}`
  );
}
