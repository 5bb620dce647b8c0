import { getOperationAST, parse } from 'graphql';
import type pg from 'pg';
import { clientError } from '../graphql/client-errors.js';
import type { SchemaCache } from '../schema-cache/schema-cache.js';
import { explainError, parseExplainRequest, type ExplainError } from './explain-request.js';
import { explainTarget, subscriptionTarget, type ExplainTarget } from './explain-statements.js';
import { SubscriptionCompiler } from '../realtime/graphql-adapter/subscription-compiler.js';
import { explainStatements } from './run-explain.js';

export type ExplainResponse = { status: number; body: unknown };

/** Whether the request's operation (the one `operationName` picks) is a subscription; false when the document does not parse. */
function isSubscription(query: string, operationName: string | null | undefined): boolean {
  try {
    return getOperationAST(parse(query), operationName ?? undefined)?.operation === 'subscription';
  } catch {
    return false;
  }
}

function failure(error: unknown): ExplainError {
  return explainError(clientError(error, { internal: false }));
}

/**
 * `POST /v1/graphql/explain` (admin only, checked by the HTTP layer): the SQL the engine would
 * run for a request as the `user` session, and Postgres's plan of it. A query answers with one
 * entry per root field, `{field, sql, plan}` (both null for a field answered without SQL); a
 * subscription with its multiplexed statement, `{sql, plan, variables}`. Every value is written
 * into the SQL as a literal, so the text can be pasted into psql as it is.
 */
export async function explainGraphQL(body: unknown, cache: SchemaCache, pool: pg.Pool): Promise<ExplainResponse> {
  const parsed = parseExplainRequest(body);
  if (!parsed.ok) return parsed.error;
  const { request, session } = parsed;
  let target: ExplainTarget;
  try {
    if (isSubscription(request.query, request.operationName)) {
      // The statement the realtime part would poll with, from the very preparer it uses.
      const planned = cache.plan(session.role, request, { subscriptions: true });
      if (planned.kind === 'error') return explainError(planned.errors[0]!);
      const prepared = await new SubscriptionCompiler(cache, { adminInternalErrors: false }).prepareSubscription(request, session);
      if ('errors' in prepared) return explainError(prepared.errors[0]!);
      if (planned.kind !== 'live' && planned.kind !== 'stream') return failure(new Error(`unexpected ${planned.kind} plan for a subscription`));
      target = subscriptionTarget(prepared.ok, planned.plan, session, request.variables ?? {});
    } else {
      target = explainTarget(cache.plan(session.role, request), session);
    }
  } catch (error) {
    return failure(error);
  }
  if (target.kind === 'error') return target.error;
  try {
    if (target.kind === 'subscription') {
      const [plan] = await explainStatements(pool, session, [target.text]);
      return { status: 200, body: { sql: target.text, plan, variables: target.variables } };
    }
    const texts = target.fields.flatMap((f) => (f.text === null ? [] : [f.text]));
    const plans = await explainStatements(pool, session, texts);
    let next = 0;
    return { status: 200, body: target.fields.map((f) => ({ field: f.field, sql: f.text, plan: f.text === null ? null : plans[next++] })) };
  } catch (error) {
    return failure(error);
  }
}
