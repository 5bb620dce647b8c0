import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { parse } from 'yaml';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { repoRoot } from '@3factor/dev/paths.js';
import {
  CANCELLABLE_ORDER_STATUSES,
  FAILURE_ORDER_STATUSES,
  FINAL_ORDER_STATUSES,
  HAPPY_PATH,
  IN_FLIGHT_ORDER_STATUSES,
  isTransitionAllowed,
  ORDER_STATUS_LABELS,
  ORDER_STATUSES,
  ORDER_TRANSITIONS,
  orderStatusLabel,
  PAID_ORDER_STATUSES,
  PAYABLE_ORDER_STATUSES,
  PAYMENT_STATUSES,
  type OrderStatus,
} from '@3factor/domain';

/** The statuses reachable from `from` (itself included), following ORDER_TRANSITIONS, never through `avoiding`. */
function reachableFrom(from: OrderStatus, avoiding?: OrderStatus): OrderStatus[] {
  const seen = new Set<OrderStatus>([from]);
  const queue = [from];
  while (queue.length > 0) {
    for (const next of ORDER_TRANSITIONS[queue.shift()!]) {
      if (next !== avoiding && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return ORDER_STATUSES.filter((s) => seen.has(s));
}

const sorted = (statuses: readonly string[]) => [...statuses].sort();

describe('@3factor/domain: the status vocabulary is the database’s', () => {
  let db: TestDatabase;
  let client: pg.Client;

  beforeAll(async () => {
    db = await createTestDatabase('app');
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  const enumValues = async (type: string): Promise<string[]> => (await client.query<{ v: string }>(`SELECT unnest(enum_range(NULL::${type}))::text AS v`)).rows.map((r) => r.v);

  it('has the values of the order_status enum, in its order', async () => {
    expect(ORDER_STATUSES).toEqual(await enumValues('order_status'));
  });

  it('has the values of the payment_status enum, in its order', async () => {
    expect(PAYMENT_STATUSES).toEqual(await enumValues('payment_status'));
  });

  it('allows exactly the transitions order_status_transition_allowed allows, for every pair', async () => {
    const { rows } = await client.query<{ from_status: string; to_status: string; allowed: boolean }>(`
      SELECT f::text AS from_status, t::text AS to_status, order_status_transition_allowed(f, t) AS allowed
        FROM unnest(enum_range(NULL::order_status)) f, unnest(enum_range(NULL::order_status)) t`);
    expect(rows).toHaveLength(ORDER_STATUSES.length ** 2);
    const mismatches = rows
      .filter((r) => r.allowed !== isTransitionAllowed(r.from_status, r.to_status))
      .map((r) => `${r.from_status} -> ${r.to_status}: database ${r.allowed ? 'allows' : 'refuses'}`);
    expect(mismatches).toEqual([]);
  });

  it('names as final exactly the statuses with no way out, and everything else as in flight', () => {
    expect(sorted(FINAL_ORDER_STATUSES)).toEqual(sorted(ORDER_STATUSES.filter((s) => ORDER_TRANSITIONS[s].length === 0)));
    expect(sorted([...IN_FLIGHT_ORDER_STATUSES, ...FINAL_ORDER_STATUSES])).toEqual(sorted(ORDER_STATUSES));
  });

  it('derives payable, cancellable and paid from the transitions', () => {
    expect(sorted(PAYABLE_ORDER_STATUSES)).toEqual(sorted(ORDER_STATUSES.filter((s) => ORDER_TRANSITIONS[s].includes('paid'))));
    expect(sorted(CANCELLABLE_ORDER_STATUSES)).toEqual(sorted(ORDER_STATUSES.filter((s) => ORDER_TRANSITIONS[s].includes('cancelled'))));
    // Reached only through paid: reachable from paid, and not from placed without passing through paid.
    const unpaid = reachableFrom('placed', 'paid');
    expect(sorted(PAID_ORDER_STATUSES)).toEqual(sorted(reachableFrom('paid').filter((s) => !unpaid.includes(s))));
    expect(sorted(FAILURE_ORDER_STATUSES)).toEqual(sorted(['payment_failed', ...FINAL_ORDER_STATUSES.filter((s) => s !== 'delivered')]));
  });

  it('walks the happy path through allowed transitions, from placed to delivered', () => {
    expect(HAPPY_PATH[0]).toBe('placed');
    expect(HAPPY_PATH.at(-1)).toBe('delivered');
    HAPPY_PATH.slice(1).forEach((to, i) => expect(isTransitionAllowed(HAPPY_PATH[i]!, to), `${HAPPY_PATH[i]} -> ${to}`).toBe(true));
  });

  it('lets the customer cancel only their own orders, leaving which statuses to the database', () => {
    // The permission does not repeat the cancellable statuses: the status machine (checked
    // pair by pair above) refuses the rest with a reason the app shows, where a filter would
    // match nothing and say nothing. src/backend/test/customer-cancellation.test.ts tries each.
    const table = parse(readFileSync(join(repoRoot, 'hasura/metadata/databases/default/tables/public_orders.yaml'), 'utf8')) as {
      update_permissions: Array<{ role: string; permission: { columns: string[]; filter: unknown; check: unknown } }>;
    };
    const customer = table.update_permissions.find((p) => p.role === 'customer')!.permission;
    expect(customer.filter).toEqual({ customer_id: { _eq: 'X-Hasura-User-Id' } });
    expect(customer.columns).toEqual(['status']);
    expect(customer.check).toEqual({ status: { _eq: 'cancelled' } });
  });

  it('has one label per status, and shows an unknown value as it is', () => {
    expect(Object.keys(ORDER_STATUS_LABELS).sort()).toEqual(sorted(ORDER_STATUSES));
    expect(new Set(Object.values(ORDER_STATUS_LABELS)).size).toBe(ORDER_STATUSES.length);
    expect(orderStatusLabel('payment_failed')).toBe('Payment failed');
    expect(orderStatusLabel('on_the_moon')).toBe('on_the_moon');
  });
});
