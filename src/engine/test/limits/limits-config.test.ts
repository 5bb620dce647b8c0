import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../src/config.js';
import { limitsForRole, NO_LIMITS, parsePerRoleLimits } from '../../src/limits/limits-config.js';
import { isStatementTimeout } from '../../src/limits/limit-errors.js';

const BASE = { HASURA_GRAPHQL_DATABASE_URL: 'postgres://unused' };

describe('API limits from the environment', () => {
  it('has safe defaults for every role but admin', () => {
    const { apiLimits } = configFromEnv(BASE);
    expect(apiLimits.global).toEqual({ depth: 10, nodes: 150, timeMs: 10_000, batch: 10, responseBytes: 4_000_000 });
    expect(limitsForRole(apiLimits, 'anonymous')).toEqual(apiLimits.global);
    expect(limitsForRole(apiLimits, 'customer')).toEqual(apiLimits.global);
    expect(limitsForRole(apiLimits, 'admin')).toEqual(NO_LIMITS);
  });

  it('reads each limit, 0 turning it off, and time in seconds as Hasura does', () => {
    const { apiLimits } = configFromEnv({
      ...BASE,
      HASURA_GRAPHQL_API_LIMIT_DEPTH: '4',
      HASURA_GRAPHQL_API_LIMIT_NODE: '0',
      HASURA_GRAPHQL_API_LIMIT_TIME_SECONDS: '0.5',
      HASURA_GRAPHQL_API_LIMIT_BATCH: '3',
      HASURA_GRAPHQL_API_LIMIT_RESPONSE_BYTES: '2048',
    });
    expect(apiLimits.global).toEqual({ depth: 4, nodes: null, timeMs: 500, batch: 3, responseBytes: 2048 });
  });

  it('turns every limit off with HASURA_GRAPHQL_API_LIMITS_DISABLED', () => {
    const { apiLimits } = configFromEnv({ ...BASE, HASURA_GRAPHQL_API_LIMITS_DISABLED: 'true', HASURA_GRAPHQL_API_LIMITS_PER_ROLE: '{"admin":{"depth_limit":2}}' });
    expect(limitsForRole(apiLimits, 'customer')).toEqual(NO_LIMITS);
    expect(limitsForRole(apiLimits, 'admin')).toEqual(NO_LIMITS);
  });

  it('overrides single limits per role, admin included, with Hasura EE names', () => {
    const { apiLimits } = configFromEnv({
      ...BASE,
      HASURA_GRAPHQL_API_LIMITS_PER_ROLE: JSON.stringify({ analyst: { depth_limit: 3, time_limit: 30, response_size_limit: 0 }, admin: { time_limit: 60 } }),
    });
    expect(limitsForRole(apiLimits, 'analyst')).toEqual({ depth: 3, nodes: 150, timeMs: 30_000, batch: 10, responseBytes: null });
    expect(limitsForRole(apiLimits, 'admin')).toEqual({ ...NO_LIMITS, timeMs: 60_000 });
    expect(limitsForRole(apiLimits, 'customer')).toEqual(apiLimits.global);
  });

  it('refuses a per-role setting it does not understand', () => {
    expect(() => parsePerRoleLimits('not json')).toThrow(/not valid JSON/);
    expect(() => parsePerRoleLimits('[]')).toThrow(/object of role names/);
    expect(() => parsePerRoleLimits('{"user": {"rate_limit": 5}}')).toThrow(/unknown limit "rate_limit"/);
    expect(() => parsePerRoleLimits('{"user": {"depth_limit": "5"}}')).toThrow(/must be a number/);
    expect(parsePerRoleLimits(undefined)).toEqual({});
  });
});

describe('isStatementTimeout', () => {
  it('tells statement_timeout from an operator cancelling the query', () => {
    expect(isStatementTimeout({ code: '57014', message: 'canceling statement due to statement timeout' })).toBe(true);
    expect(isStatementTimeout({ code: '57014', message: 'canceling statement due to user request' })).toBe(false);
    expect(isStatementTimeout(new Error('statement timeout'))).toBe(false);
    expect(isStatementTimeout(null)).toBe(false);
  });
});
