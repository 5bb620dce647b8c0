import { getOperationAST, parse, type DocumentNode } from 'graphql';
import type { Session } from '../auth/session.js';
import { clientError, showsInternalErrors } from '../graphql/client-errors.js';
import type { LiveQueryManager } from './live/live-query-manager.js';
import type { GraphQLErrorJson, OperationPayload, OperationSink, StartedOperation, StartOperation } from './protocol/index.js';
import { toPlan, type SubscriptionPreparer } from './subscription-planner.js';

export interface GraphQLExecutor {
  execute(
    request: { query: string; variables?: Record<string, unknown> | null; operationName?: string | null },
    session: Session,
  ): Promise<{ data?: unknown; errors?: GraphQLErrorJson[] }>;
}

export interface OperationRouterDeps {
  graphql: GraphQLExecutor;
  preparer: SubscriptionPreparer;
  live: LiveQueryManager;
  streams: LiveQueryManager;
  /** HASURA_GRAPHQL_ADMIN_INTERNAL_ERRORS: the admin role sees an error's internal text. */
  adminInternalErrors?: boolean;
  log?(entry: object): void;
}

const NOTHING: StartedOperation = { stop: () => undefined };

/** A subscription that could not start (e.g. the database is unreachable), in the same words as over HTTP. */
function startError(error: unknown, session: Session, adminInternalErrors: boolean): GraphQLErrorJson[] {
  return [clientError(error, { internal: showsInternalErrors(session, adminInternalErrors) })];
}

/** What the router needs to know of a document before running it. */
interface OperationKind {
  subscription: boolean;
  /** The operation's name (the document's, when the request names none). */
  name: string | null;
}

/** Thousands of subscribers send the same few documents; parsing each once is enough. */
const kinds = new Map<string, OperationKind>();
const KINDS_CACHE_SIZE = 1000;

function operationKind(request: OperationPayload): OperationKind {
  const key = `${request.operationName ?? ''}\u0000${request.query}`;
  let kind = kinds.get(key);
  if (kind === undefined) {
    let document: DocumentNode | null = null;
    try {
      document = parse(request.query, { noLocation: true });
    } catch {
      // execute() reports the syntax error in Hasura's words
    }
    const operation = document === null ? null : getOperationAST(document, request.operationName ?? undefined);
    kind = { subscription: operation?.operation === 'subscription', name: operation?.name?.value ?? request.operationName ?? null };
    if (kinds.size >= KINDS_CACHE_SIZE) kinds.delete(kinds.keys().next().value!);
    kinds.set(key, kind);
  }
  return kind;
}

/**
 * Runs what arrives over a socket: queries and mutations through the GraphQL service (one
 * result, then complete), subscriptions as multiplexed live queries or streams.
 */
export function createOperationRouter(deps: OperationRouterDeps): StartOperation {
  return async (request: OperationPayload, session: Session, sink: OperationSink): Promise<StartedOperation> => {
    try {
      const kind = operationKind(request);
      if (!kind.subscription) {
        const response = await deps.graphql.execute(request, session);
        if (response.data === undefined && response.errors) sink.error(response.errors);
        else {
          sink.next(JSON.stringify(response));
          sink.complete();
        }
        return NOTHING;
      }
      const prepared = await deps.preparer.prepareSubscription(request, session);
      if ('errors' in prepared) {
        sink.error(prepared.errors);
        return NOTHING;
      }
      const plan = toPlan(prepared.ok, session, kind.name);
      const subscriber = { push: (payloadJson: string) => sink.next(payloadJson) };
      const stop = plan.kind === 'live' ? await deps.live.subscribe(plan.plan, subscriber) : await deps.streams.subscribeStream(plan.plan, subscriber);
      return { stop };
    } catch (error) {
      deps.log?.({ level: 'error', msg: 'websocket operation failed', error: String(error), stack: (error as Error).stack });
      sink.error(startError(error, session, deps.adminInternalErrors ?? true));
      return NOTHING;
    }
  };
}
