import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { z } from 'zod';
import { HttpError, toError } from './errors.js';
import { PayloadError } from './hasura-event.js';
import { errorResponse, parseJsonBody, type FunctionHandler } from './http.js';
import type { Logger } from './logger.js';
import type { Outcome } from './outcome.js';
import type { FunctionRuntime } from './runtime.js';
import { outcomeResponse, refusal } from './webhook-request.js';

/**
 * The webhook side of a scheduled trigger (one-off events and cron triggers), as
 * `eventHandler` is for event triggers: POST only, the shared secret or 401, Hasura's
 * scheduled-event body or 400, then 200 / 503 + Retry-After / 500 from the outcome.
 *
 * Hasura's body: `{id, name?, scheduled_time, payload, comment?, created_at?}` (name for cron
 * events, created_at for one-off events).
 */
export const scheduledEventSchema = z.object({
  id: z.string().min(1, 'id must be the scheduled event id'),
  name: z.string().optional(),
  scheduled_time: z.string().min(1, 'scheduled_time is required'),
  payload: z.unknown(),
  comment: z.string().nullable().optional(),
  created_at: z.string().optional(),
});

export type ScheduledEvent = z.infer<typeof scheduledEventSchema>;

export interface ScheduledContext {
  event: ScheduledEvent;
  logger: Logger;
  runtime: FunctionRuntime;
}

export interface ScheduledFunction<Input> {
  name: string;
  /** What the function needs from the event; throws PayloadError (→ 400) when it cannot. */
  input(event: ScheduledEvent): Input;
  process(input: Input, context: ScheduledContext): Promise<Outcome>;
}

export function scheduledHandler<Input>(fn: ScheduledFunction<Input>, runtime: FunctionRuntime): FunctionHandler {
  return async (request: APIGatewayProxyEventV2) => {
    const refused = refusal(request, fn.name, runtime);
    if (refused) return refused;
    let event: ScheduledEvent;
    let input: Input;
    try {
      const parsed = scheduledEventSchema.safeParse(parseJsonBody(request));
      if (!parsed.success) throw new PayloadError(`not a scheduled event payload: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ')}`);
      event = parsed.data;
      input = fn.input(event);
    } catch (error) {
      if (error instanceof HttpError) return errorResponse(error.statusCode, error.code, error.message);
      if (error instanceof PayloadError) return errorResponse(400, 'invalid-payload', error.message);
      throw error;
    }
    const logger = runtime.logger.child({ function: fn.name, scheduledEventId: event.id, ...(event.name ? { cronTrigger: event.name } : {}) });
    try {
      const outcome = await fn.process(input, { event, logger, runtime });
      return outcomeResponse(outcome, logger);
    } catch (thrown) {
      const error = toError(thrown);
      logger.error({ err: error }, 'scheduled event failed; it will be delivered again');
      return errorResponse(500, 'internal-error', error.message);
    }
  };
}
