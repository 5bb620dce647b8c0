import { z } from 'zod';

/**
 * The body Hasura POSTs to an event trigger's webhook (hasura-semantics §1.3). Only the
 * fields the functions rely on are required; the rest may come and go between versions.
 */
const rowSchema = z.record(z.string(), z.unknown());

export const hasuraEventSchema = z.object({
  id: z.string().min(1, 'id must be the event id'),
  created_at: z.string().optional(),
  table: z.object({ schema: z.string().min(1), name: z.string().min(1) }),
  trigger: z.object({ name: z.string().min(1) }),
  event: z.object({
    op: z.enum(['INSERT', 'UPDATE', 'DELETE', 'MANUAL']),
    data: z.object({ old: rowSchema.nullable().optional(), new: rowSchema.nullable().optional() }),
    session_variables: z.record(z.string(), z.unknown()).nullable().optional(),
    trace_context: z.unknown().optional(),
  }),
  delivery_info: z.object({ current_retry: z.number().int(), max_retries: z.number().int() }).optional(),
});

export type HasuraEvent = z.infer<typeof hasuraEventSchema>;

/** A payload that cannot be acted on: answered 400 with this message. */
export class PayloadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PayloadError';
  }
}

function describe(error: z.ZodError, prefix: string): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.length > 0 ? `${prefix}${issue.path.map(String).join('.')}` : prefix.replace(/\.$/, '') || 'body';
      return `${path}: ${issue.message}`;
    })
    .join('; ');
}

export function parseHasuraEvent(body: unknown): HasuraEvent {
  const parsed = hasuraEventSchema.safeParse(body);
  if (!parsed.success) throw new PayloadError(`not a Hasura event payload: ${describe(parsed.error, '')}`);
  return parsed.data;
}

export interface EventExpectation<Row> {
  table: { schema: string; name: string };
  ops: ReadonlyArray<HasuraEvent['event']['op']>;
  /** The columns of `data.new` the function needs. */
  row: z.ZodType<Row>;
  /** The columns of `data.old` the function needs; UPDATE events must carry them. */
  oldRow?: z.ZodType<Partial<Row>>;
}

export interface EventRows<Row> {
  new: Row;
  /** Null for INSERT and for MANUAL invocations from the console. */
  old: Partial<Row> | null;
}

/** Checks that the event is about the expected table and carries the rows the function reads. */
export function eventRows<Row>(event: HasuraEvent, expected: EventExpectation<Row>): EventRows<Row> {
  const { schema, name } = expected.table;
  if (event.table.schema !== schema || event.table.name !== name) {
    throw new PayloadError(`this function handles events on ${schema}.${name}, not on ${event.table.schema}.${event.table.name}`);
  }
  if (!expected.ops.includes(event.event.op)) {
    throw new PayloadError(`this function handles ${expected.ops.join('/')} events, not ${event.event.op}`);
  }
  const newRow = expected.row.safeParse(event.event.data.new);
  if (!newRow.success) throw new PayloadError(describe(newRow.error, 'event.data.new.'));
  let old: Partial<Row> | null = null;
  if (event.event.op === 'UPDATE') {
    const schemaForOld = expected.oldRow;
    if (schemaForOld) {
      const oldRow = schemaForOld.safeParse(event.event.data.old);
      if (!oldRow.success) throw new PayloadError(describe(oldRow.error, 'event.data.old.'));
      old = oldRow.data;
    }
  }
  return { new: newRow.data, old };
}
