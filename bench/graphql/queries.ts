/**
 * The benchmark's four queries, each written the idiomatic way for each server (Hasura's
 * schema for ours; PostGraphile v5's Amber preset with pg-aggregates) and asking for the
 * same data. `canonical` maps a response's `data` to one shape so verify.ts can check that
 * both servers answer with the same rows.
 */

export interface Variant {
  query: string;
  /** Variables of request number i (a request set cycles through several). */
  variables(i: number): Record<string, unknown>;
  canonical(data: Record<string, unknown>): unknown;
}

export interface BenchQuery {
  name: string;
  describe: string;
  ours: Variant;
  postgraphile: Variant;
}

export interface QueryInputs {
  orderIds: string[];
  restaurantIds: number[];
}

type Row = Record<string, unknown>;
const rows = (value: unknown): Row[] => value as Row[];
const nodes = (value: unknown): Row[] => (value as { nodes: Row[] }).nodes;

/**
 * One spelling per instant: Postgres's JSON (ours) drops trailing zeros of the fraction,
 * PostGraphile's text cast keeps six digits.
 */
function instant(value: unknown): unknown {
  const m = typeof value === 'string' ? /^(.+T\d\d:\d\d:\d\d)(?:\.(\d+))?(.*)$/.exec(value) : null;
  return m ? `${m[1]}.${(m[2] ?? '').padEnd(6, '0')}${m[3]}` : value;
}

const listColumns = (o: Row) => [o.id, o.status, o.total_cents, instant(o.created_at)];
const listColumnsPg = (o: Row) => [o.rowId, o.status, o.totalCents, instant(o.createdAt)];

export function benchQueries(inputs: QueryInputs): BenchQuery[] {
  const restaurant = (i: number) => inputs.restaurantIds[i % inputs.restaurantIds.length]!;
  // A fixed stride through the ids: every request asks for another order, in no index order.
  const orderId = (i: number) => inputs.orderIds[(i * 7919) % inputs.orderIds.length]!;
  return [
    {
      name: 'list',
      describe: '50 newest orders, 4 columns',
      ours: {
        query: 'query NewestOrders { orders(order_by: {created_at: desc}, limit: 50) { id status total_cents created_at } }',
        variables: () => ({}),
        canonical: (d) => rows(d.orders).map(listColumns),
      },
      postgraphile: {
        query: 'query NewestOrders { allOrders(orderBy: CREATED_AT_DESC, first: 50) { nodes { rowId status totalCents createdAt } } }',
        variables: () => ({}),
        canonical: (d) => nodes(d.allOrders).map(listColumnsPg),
      },
    },
    {
      name: 'nested',
      describe: "25 newest delivered orders of a restaurant, with items, dish names and the restaurant's name",
      ours: {
        query: `query RestaurantOrders($restaurant: Int!) {
  orders(where: {restaurant_id: {_eq: $restaurant}, status: {_eq: delivered}}, order_by: {created_at: desc}, limit: 25) {
    id created_at total_cents
    restaurant { name }
    items(order_by: {id: asc}) { quantity menu_item { name } }
  }
}`,
        variables: (i) => ({ restaurant: restaurant(i) }),
        canonical: (d) =>
          rows(d.orders).map((o) => [o.id, instant(o.created_at), o.total_cents, (o.restaurant as Row).name, rows(o.items).map((i) => [i.quantity, (i.menu_item as Row).name])]),
      },
      postgraphile: {
        query: `query RestaurantOrders($restaurant: Int!) {
  allOrders(condition: {restaurantId: $restaurant, status: delivered}, orderBy: CREATED_AT_DESC, first: 25) {
    nodes {
      rowId createdAt totalCents
      restaurantByRestaurantId { name }
      orderItemsByOrderId(orderBy: ROW_ID_ASC) { nodes { quantity menuItemByMenuItemId { name } } }
    }
  }
}`,
        variables: (i) => ({ restaurant: restaurant(i) }),
        canonical: (d) =>
          nodes(d.allOrders).map((o) => [
            o.rowId,
            instant(o.createdAt),
            o.totalCents,
            (o.restaurantByRestaurantId as Row).name,
            nodes(o.orderItemsByOrderId).map((i) => [i.quantity, (i.menuItemByMenuItemId as Row).name]),
          ]),
      },
    },
    {
      name: 'aggregate',
      describe: "count and sum of totals of a restaurant's delivered orders",
      ours: {
        query: `query RestaurantRevenue($restaurant: Int!) {
  orders_aggregate(where: {restaurant_id: {_eq: $restaurant}, status: {_eq: delivered}}) { aggregate { count sum { total_cents } } }
}`,
        variables: (i) => ({ restaurant: restaurant(i) }),
        canonical: (d) => {
          const a = (d.orders_aggregate as { aggregate: { count: number; sum: { total_cents: number | string } } }).aggregate;
          return [Number(a.count), Number(a.sum.total_cents)];
        },
      },
      postgraphile: {
        query: `query RestaurantRevenue($restaurant: Int!) {
  allOrders(condition: {restaurantId: $restaurant, status: delivered}) { totalCount aggregates { sum { totalCents } } }
}`,
        variables: (i) => ({ restaurant: restaurant(i) }),
        // pg-aggregates sends sums as BigInt strings.
        canonical: (d) => {
          const c = d.allOrders as { totalCount: number; aggregates: { sum: { totalCents: string } } };
          return [Number(c.totalCount), Number(c.aggregates.sum.totalCents)];
        },
      },
    },
    {
      name: 'by-pk',
      describe: 'one order by id (a different id per request), 6 columns',
      ours: {
        query: `query Order($id: uuid!) {
  orders_by_pk(id: $id) { id status total_cents delivery_address created_at restaurant_id }
}`,
        variables: (i) => ({ id: orderId(i) }),
        canonical: (d) => {
          const o = d.orders_by_pk as Row;
          return [o.id, o.status, o.total_cents, o.delivery_address, instant(o.created_at), o.restaurant_id];
        },
      },
      postgraphile: {
        query: `query Order($id: UUID!) {
  orderByRowId(rowId: $id) { rowId status totalCents deliveryAddress createdAt restaurantId }
}`,
        variables: (i) => ({ id: orderId(i) }),
        canonical: (d) => {
          const o = d.orderByRowId as Row;
          return [o.rowId, o.status, o.totalCents, o.deliveryAddress, instant(o.createdAt), o.restaurantId];
        },
      },
    },
  ];
}
