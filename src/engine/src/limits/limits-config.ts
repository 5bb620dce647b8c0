/**
 * The engine's API limits, the counterpart of Hasura EE's `api_limits` metadata
 * (`depth_limit`, `node_limit`, `time_limit`, `batch_limit`) plus a response size limit.
 * Values come from the environment (config.ts); `null` means no limit.
 */
export interface ApiLimits {
  /** Longest chain of fields with a selection set (Hasura's depth_limit). */
  depth: number | null;
  /** Fields with a selection set, aliases and fragment uses counted each time (Hasura's node_limit). */
  nodes: number | null;
  /**
   * How long the request's SQL may run, in ms (Hasura's time_limit, in seconds there): a query's
   * statement is cancelled when it runs out (statement-limits.ts), a mutation's transaction runs
   * under `SET LOCAL statement_timeout`.
   */
  timeMs: number | null;
  /** Operations in one batched HTTP request (Hasura's batch_limit). */
  batch: number | null;
  /** Bytes of response JSON. */
  responseBytes: number | null;
}

export interface ApiLimitsConfig {
  /** Applied to every role except `admin` (as Hasura's `global` limit). */
  global: ApiLimits;
  /** Per-role replacements of single limits (as Hasura's `per_role`); an `admin` entry is the only way to limit admin. */
  perRole: Readonly<Record<string, Partial<ApiLimits>>>;
}

export const NO_LIMITS: ApiLimits = Object.freeze({ depth: null, nodes: null, timeMs: null, batch: null, responseBytes: null });

const ADMIN_ROLE = 'admin';

/** A configured number as a limit: 0 or less turns the limit off. */
export function limitValue(n: number): number | null {
  return n > 0 ? n : null;
}

/** The limits one role's requests run under. */
export function limitsForRole(config: ApiLimitsConfig, role: string): ApiLimits {
  const base = role === ADMIN_ROLE ? NO_LIMITS : config.global;
  const override = config.perRole[role];
  return override ? { ...base, ...override } : base;
}

/** Keys of HASURA_GRAPHQL_API_LIMITS_PER_ROLE entries: Hasura's names, plus the response size. */
const PER_ROLE_KEYS: Record<string, { key: keyof ApiLimits; scale: number }> = {
  depth_limit: { key: 'depth', scale: 1 },
  node_limit: { key: 'nodes', scale: 1 },
  time_limit: { key: 'timeMs', scale: 1000 },
  batch_limit: { key: 'batch', scale: 1 },
  response_size_limit: { key: 'responseBytes', scale: 1 },
};

/**
 * Parses HASURA_GRAPHQL_API_LIMITS_PER_ROLE, e.g.
 * `{"analyst": {"depth_limit": 5, "time_limit": 30}, "admin": {"time_limit": 60}}`
 * (time_limit in seconds, as Hasura's; 0 turns a limit off for that role).
 */
export function parsePerRoleLimits(json: string | undefined): Record<string, Partial<ApiLimits>> {
  if (json === undefined || json.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    throw new Error(`HASURA_GRAPHQL_API_LIMITS_PER_ROLE is not valid JSON: ${(error as Error).message}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error('HASURA_GRAPHQL_API_LIMITS_PER_ROLE must be an object of role names');
  }
  const result: Record<string, Partial<ApiLimits>> = {};
  for (const [role, entry] of Object.entries(parsed as Record<string, unknown>)) {
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      throw new Error(`HASURA_GRAPHQL_API_LIMITS_PER_ROLE.${role} must be an object`);
    }
    const limits: Partial<ApiLimits> = {};
    for (const [name, value] of Object.entries(entry as Record<string, unknown>)) {
      const known = PER_ROLE_KEYS[name];
      if (!known) throw new Error(`HASURA_GRAPHQL_API_LIMITS_PER_ROLE.${role}: unknown limit ${JSON.stringify(name)} (expected one of ${Object.keys(PER_ROLE_KEYS).join(', ')})`);
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`HASURA_GRAPHQL_API_LIMITS_PER_ROLE.${role}.${name} must be a number`);
      limits[known.key] = limitValue(value * known.scale);
    }
    result[role] = limits;
  }
  return result;
}
