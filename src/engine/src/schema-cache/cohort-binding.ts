import type { Session } from '../auth/session.js';
import { bindParams, sessionVariablesUsed } from '../compile/params.js';

/**
 * Binds a compiled statement's parameters for one subscriber. The compiler passes the whole
 * session to `set_config('hasura.user', ...)`; for a cohort, only the session variables the
 * statement actually reads matter, so everything else is dropped (Hasura keeps just the
 * referenced ones in `CohortVariables.session`, Subscription/Plan.hs). Two customers with
 * different extra claims then share a cohort when the statement does not read those claims.
 * A statement that calls a function taking the session keeps all of it.
 */
export function bindForCohort(params: readonly unknown[], variables: Record<string, unknown>, session: Session, fullSession: boolean): unknown[] {
  if (fullSession) return bindParams(params, variables, session);
  const keep = new Set(['x-hasura-role', ...sessionVariablesUsed(params)]);
  const reduced: Record<string, string> = {};
  for (const [name, value] of Object.entries(session.variables)) if (keep.has(name)) reduced[name] = value;
  return bindParams(params, variables, { ...session, variables: reduced });
}
