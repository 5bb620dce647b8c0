import type pg from 'pg';
import type { Session } from '../auth/session.js';
import { ACTION_PAYLOAD_VARIABLE } from '../compile/action-root.js';
import type { ActionCall } from '../compile/mutation-step.js';
import { bindParams } from '../compile/params.js';
import { MissingEnvError, type Env } from '../events/env-template.js';
import { createHttpPoster, type HttpPoster } from '../events/http-post.js';
import type { ActionInfo } from '../schema/catalog.js';
import { compile } from '../sql/builder.js';
import type { Logger } from '../platform/logger.js';
import { transformCall, TransformErrorBundle, transformResponseBody, type TransformedCall } from '../transforms/index.js';
import { ActionError, actionPayload, handlerRequest, readHandlerResponse } from './webhook-protocol.js';

/** What one call needs besides the action: who asks, with which headers, in which request. */
export interface ActionCallContext {
  sessionVariables: Record<string, string>;
  clientHeaders: Readonly<Record<string, string>>;
  query: string;
}

/**
 * Calls action handlers (sync actions at request time, async ones from the worker) over one
 * keep-alive HTTP client, and shapes a sync action's output with its statement.
 */
export class ActionRunner {
  private readonly poster: HttpPoster;

  constructor(
    private readonly pool: pg.Pool,
    private readonly env: Env,
    private readonly logger: Logger,
    options: { maxSockets?: number } = {},
  ) {
    this.poster = createHttpPoster({ maxSockets: options.maxSockets ?? 64 });
  }

  /** The handler's validated JSON output, or an ActionError in Hasura's words. */
  async callHandler(action: ActionInfo, input: Record<string, unknown>, context: ActionCallContext): Promise<unknown> {
    let request: { url: string; headers: Record<string, string> };
    try {
      request = handlerRequest(action, context.clientHeaders, this.env);
    } catch (error) {
      if (error instanceof MissingEnvError) throw new ActionError(error.message, 'unexpected');
      throw error;
    }
    const payload = actionPayload(action, input, context.sessionVariables, context.query);
    const sessionVariables = context.sessionVariables;
    let call: TransformedCall;
    try {
      call = transformCall(action.requestTransform, { url: request.url, headers: request.headers, body: JSON.stringify(payload) }, sessionVariables);
    } catch (error) {
      if (error instanceof TransformErrorBundle) throw new ActionError('Request Transformation Failed', 'unexpected', undefined, error.errors);
      throw error;
    }
    const started = Date.now();
    let result = await this.poster.post({ url: call.url, method: call.method, headers: call.headers, body: call.body, timeoutMs: action.timeoutSeconds * 1000 });
    this.logger.info(
      { type: 'action-handler-log', action_name: action.name, status: result.kind === 'response' ? result.status : result.kind, duration_ms: Date.now() - started },
      'action handler called',
    );
    if (result.kind === 'response' && action.responseTransform) {
      try {
        result = { ...result, body: transformResponseBody(action.responseTransform, result, call.context, sessionVariables) };
      } catch (error) {
        if (error instanceof TransformErrorBundle) throw new ActionError('Response Transformation Failed', 'unexpected', undefined, error.errors);
        throw error;
      }
    }
    // The configured headers as Hasura logs them: from env by name, never by value.
    const logged = action.headers.map((h) => (h.value_from_env !== undefined ? { name: h.name, value_from_env: h.value_from_env } : { name: h.name, value: h.value ?? '' }));
    // Hasura's ActionRequestInfo shows the request before any transform.
    return readHandlerResponse(action, result, { url: request.url, body: payload, headers: logged });
  }

  /** A sync action root field: the handler, then its output through the selection set (relationships by SQL). */
  async runSync(call: ActionCall, session: Session, context: ActionCallContext): Promise<unknown> {
    const output = await this.callHandler(call.action, call.input, context);
    const { text, values } = compile(call.output);
    const bound = bindParams(values, { [ACTION_PAYLOAD_VARIABLE]: output }, session);
    const { rows } = await this.pool.query<{ data: unknown }>(text, bound);
    return rows[0]!.data;
  }

  close(): void {
    this.poster.close();
  }
}
