/**
 * The body Hasura POSTs for a scheduled event (`ScheduledTrigger/Types.hs`,
 * `ScheduledEventWebhookPayload`, encoded with `omitNothingFields`), keys in its field order:
 *
 *   cron:    {"id","name","scheduled_time","payload","comment"?}
 *   one-off: {"id","scheduled_time","payload","comment"?,"created_at"}
 *
 * `name` is the cron trigger's and absent for one-off events; `comment` is absent when null;
 * `created_at` is sent only for one-off events (a cron event's creation time is an artefact of
 * the generator). The payload is spliced in as the JSON text stored, never re-encoded.
 */
export interface ScheduledBodyInput {
  id: string;
  /** The cron trigger's name; undefined for a one-off event. */
  name?: string;
  /** Hasura's UTCTime form (`hasuraTime`). */
  scheduledTime: string;
  /** JSON text; `null` when there is none. */
  payload: string;
  comment: string | null | undefined;
  /** One-off events only. */
  createdAt?: string;
}

export function scheduledWebhookBody(input: ScheduledBodyInput): string {
  const parts = [`"id":${JSON.stringify(input.id)}`];
  if (input.name !== undefined) parts.push(`"name":${JSON.stringify(input.name)}`);
  parts.push(`"scheduled_time":${JSON.stringify(input.scheduledTime)}`, `"payload":${input.payload}`);
  if (input.comment !== undefined && input.comment !== null) parts.push(`"comment":${JSON.stringify(input.comment)}`);
  if (input.createdAt !== undefined) parts.push(`"created_at":${JSON.stringify(input.createdAt)}`);
  return `{${parts.join(',')}}`;
}

/**
 * A timestamp as aeson encodes a UTCTime: `2020-05-19T09:44:00Z`, with the fraction of a second
 * only when there is one, trailing zeros dropped. Input is Postgres' `YYYY-MM-DDTHH:MI:SS.US` in UTC.
 */
export function hasuraTime(utcMicros: string): string {
  const [whole, fraction = ''] = utcMicros.split('.');
  const digits = fraction.replace(/0+$/, '');
  return `${whole}${digits ? `.${digits}` : ''}Z`;
}
