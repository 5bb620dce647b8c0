import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { HttpError, toError } from './errors.js';
import { parseHasuraEvent, PayloadError, type HasuraEvent } from './hasura-event.js';
import { errorResponse, parseJsonBody, type FunctionHandler } from './http.js';
import type { Logger } from './logger.js';
import type { Outcome } from './outcome.js';
import type { FunctionRuntime } from './runtime.js';
import { outcomeResponse, refusal } from './webhook-request.js';

export interface EventContext {
  event: HasuraEvent;
  logger: Logger;
  runtime: FunctionRuntime;
}

export interface EventFunction<Input> {
  name: string;
  /** Pulls what the function needs out of the event; throws PayloadError (→ 400) when it cannot. */
  input(event: HasuraEvent): Input;
  process(input: Input, context: EventContext): Promise<Outcome>;
  /**
   * Runs after every delivery that ended done, replays included, before the 200: work outside
   * the transaction that must happen at least once (scheduling a timeout). Throwing makes the
   * answer a 500, so Hasura delivers the event again and the replay runs this again.
   */
  after?(input: Input, outcome: Outcome, context: EventContext): Promise<void>;
}

/**
 * The webhook side of an event trigger, shared by the four event functions:
 * POST only; the shared secret or 401; a Hasura event payload or 400 with the reason;
 * 200 when the effect is committed or deliberately skipped; 503 + Retry-After when it
 * must wait; 500 on anything unexpected, so Hasura's retry_conf delivers it again.
 */
export function eventHandler<Input>(fn: EventFunction<Input>, runtime: FunctionRuntime): FunctionHandler {
  return async (request: APIGatewayProxyEventV2) => {
    const refused = refusal(request, fn.name, runtime);
    if (refused) return refused;

    let event: HasuraEvent;
    let input: Input;
    try {
      event = parseHasuraEvent(parseJsonBody(request));
      input = fn.input(event);
    } catch (error) {
      if (error instanceof HttpError) return errorResponse(error.statusCode, error.code, error.message);
      if (error instanceof PayloadError) {
        runtime.logger.warn({ function: fn.name, problem: error.message }, 'malformed event payload');
        return errorResponse(400, 'invalid-payload', error.message);
      }
      throw error;
    }

    const logger = runtime.logger.child({
      function: fn.name,
      eventId: event.id,
      trigger: event.trigger.name,
      attempt: event.delivery_info?.current_retry,
    });
    logger.debug({ op: event.event.op }, 'event received');
    try {
      const outcome = await fn.process(input, { event, logger, runtime });
      if (outcome.kind === 'done' && fn.after) await fn.after(input, outcome, { event, logger, runtime });
      return outcomeResponse(outcome, logger);
    } catch (thrown) {
      const error = toError(thrown);
      logger.error({ err: error }, 'event failed; Hasura will deliver it again');
      return errorResponse(500, 'internal-error', error.message);
    }
  };
}
