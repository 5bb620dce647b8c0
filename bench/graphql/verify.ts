import { isDeepStrictEqual } from 'node:util';
import type { BenchQuery, Variant } from './queries.js';

/**
 * Before any load: both servers must answer each query with data, no errors, and the same
 * rows (after mapping each server's field names to one shape). A server answering with
 * errors or empty results cannot "win" the benchmark.
 */

export interface Endpoint {
  url: string;
  headers: Record<string, string>;
}

export async function postGraphQL(endpoint: Endpoint, query: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const response = await fetch(endpoint.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...endpoint.headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (response.status !== 200 || body.errors || !body.data) {
    throw new Error(`${endpoint.url} answered HTTP ${response.status}: ${JSON.stringify(body).slice(0, 500)}`);
  }
  return body.data;
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0 || value.every(isEmpty);
  return false;
}

/** The first element where two answers differ (the whole answers when they are not both lists). */
function firstDifference(a: unknown, b: unknown): [unknown, unknown] {
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return [a, b];
  const i = a.findIndex((x, k) => !isDeepStrictEqual(x, b[k]));
  return [a[i], b[i]];
}

async function canonicalAnswer(endpoint: Endpoint, variant: Variant, i: number): Promise<unknown> {
  return variant.canonical(await postGraphQL(endpoint, variant.query, variant.variables(i)));
}

/** Checks `samples` variable sets of every query; throws on the first difference. */
export async function verifySameAnswers(queries: BenchQuery[], ours: Endpoint, postgraphile: Endpoint, samples = 6): Promise<void> {
  for (const q of queries) {
    for (let i = 0; i < samples; i++) {
      const a = await canonicalAnswer(ours, q.ours, i);
      const b = await canonicalAnswer(postgraphile, q.postgraphile, i);
      if (isEmpty(a)) throw new Error(`query ${q.name} (variables ${JSON.stringify(q.ours.variables(i))}): our answer is empty`);
      if (!isDeepStrictEqual(a, b)) {
        const [x, y] = firstDifference(a, b);
        throw new Error(
          `query ${q.name} (request ${i}): the servers disagree\n  ours:         ${JSON.stringify(x).slice(0, 400)}\n  postgraphile: ${JSON.stringify(y).slice(0, 400)}`,
        );
      }
    }
  }
}
