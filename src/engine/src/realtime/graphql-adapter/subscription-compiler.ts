import { ADMIN_ROLE, type Session } from '../../auth/session.js';
import type { EngineConfig } from '../../config.js';
import { clientError, showsInternalErrors } from '../../graphql/client-errors.js';
import { isAllowedQuery } from '../../metadata/allowlist.js';
import { bindForCohort, StreamArgumentError, type SchemaCache } from '../../schema-cache/index.js';
import { sql, type SQL } from '../../sql/builder.js';
import type { GraphQLErrorJson, OperationPayload } from '../protocol/index.js';
import type { PrepareResult, SubscriptionPreparer } from '../subscription-planner.js';

/**
 * The WebSocket side of the schema cache: plans a subscription through `SchemaCache.plan`
 * (the very plan a query of the same text gets; `<table>_stream` fields as the select after a
 * cursor) and binds its values the way cohorts need them (only the session variables the
 * statement reads).
 */
export class SubscriptionCompiler implements SubscriptionPreparer {
  constructor(
    private readonly cache: SchemaCache,
    private readonly config: Pick<EngineConfig, 'adminInternalErrors'> & Partial<Pick<EngineConfig, 'enableAllowlist'>>,
  ) {}

  async prepareSubscription(request: OperationPayload, session: Session): Promise<PrepareResult> {
    try {
      return this.prepare(request, session);
    } catch (e) {
      return { errors: [toGraphQLError(e, { internal: showsInternalErrors(session, this.config.adminInternalErrors) })] };
    }
  }

  private prepare(request: OperationPayload, session: Session): PrepareResult {
    // The allow-list holds subscriptions as it holds queries (Hasura checks every operation,
    // whatever the transport); queries and mutations over a socket go through the GraphQL service's check.
    if (this.config.enableAllowlist && session.role !== ADMIN_ROLE && !isAllowedQuery(this.cache.current.metadata, request.query, session.role)) {
      return { errors: [{ message: 'query is not allowed', extensions: { path: '$', code: 'validation-failed' } }] };
    }
    const planned = this.cache.plan(session.role, request, { subscriptions: true });
    if (planned.kind === 'error') return { errors: planned.errors };
    if (planned.kind !== 'live' && planned.kind !== 'stream') throw new Error(`unexpected ${planned.kind} plan for a subscription`);
    const { plan, variables } = planned;
    const values = bindForCohort(plan.params, variables, session, plan.readsSession);
    if (planned.kind === 'live') return { ok: { statement: plan.statement!, values, occurrences: planned.occurrences } };
    const { cursor } = planned;
    return {
      ok: {
        statement: streamStatement(plan.statement!, cursor.responseKey, cursor.key),
        values,
        occurrences: planned.occurrences,
        stream: {
          cursorValueIndex: cursor.valueIndex,
          ...(cursor.batchSize ? { batchSize: cursor.batchSize } : {}),
          ...(cursor.hidden ? { hiddenField: { responseKey: cursor.responseKey, key: cursor.key } } : {}),
        },
      },
    };
  }
}

/**
 * The streaming statement: the select's JSON plus the batch's last cursor value, read from
 * the last row of the (ordered) result, as Hasura's `mkStreamingMultiplexedQuery` returns it,
 * and the batch's row count (a batch shorter than `batch_size` leaves nothing behind it).
 * The select runs once per cohort (`OFFSET 0`), not once per reference.
 */
function streamStatement(statement: SQL, responseKey: string, cursorKey: string): SQL {
  const rows = sql`"_q"."data"->${sql.literal(responseKey)}`;
  // OFFSET 0 keeps "_q" a subquery: pulled up, its JSON (the whole select) would be built once
  // for each of the three references.
  return sql`SELECT "_q"."data", (${rows}->-1->${sql.literal(cursorKey)}) AS "cursor", json_array_length(${rows}) AS "rows" FROM (${statement} OFFSET 0) AS "_q"`;
}

/** The GraphQL core's error mapping (graphql/client-errors.ts), plus the streaming arguments' own errors. */
function toGraphQLError(e: unknown, audience: { internal: boolean }): GraphQLErrorJson {
  if (e instanceof StreamArgumentError) return { message: e.message, extensions: { path: e.path, code: 'validation-failed' } };
  return clientError(e, audience);
}
