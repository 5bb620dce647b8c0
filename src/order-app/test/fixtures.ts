// Data shaped exactly as the engine returns it for the app's operations (Hasura's names and types).
import type { OrderStatus, PaymentStatus } from '@3factor/domain';

export const ORDER_ID = '6f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f';
const T0 = Date.parse('2025-03-01T12:00:00Z');
export const time = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();

export function liveOrder(
  steps: OrderStatus[],
  options: {
    total?: number | null;
    payment?: { status: PaymentStatus; failure_reason?: string | null } | null;
    agent?: string | null;
    reason?: string | null;
    startedAt?: string;
    /** Fees, tax, tip and promo on top of the 3 × $11.50 of items (none by default). */
    money?: {
      delivery_fee_cents?: number;
      service_fee_cents?: number;
      tax_rate_bps?: number;
      tax_cents?: number;
      tip_cents?: number;
      discount_cents?: number;
      promo_code?: string;
    };
  } = {},
) {
  const status = steps.at(-1)!;
  const started = options.startedAt ? Date.parse(options.startedAt) : T0;
  const priced = status !== 'placed' && status !== 'rejected';
  const money = {
    delivery_fee_cents: 0,
    service_fee_cents: 0,
    tax_rate_bps: 0,
    tax_cents: 0,
    tip_cents: 0,
    discount_cents: 0,
    promo_code: null as string | null,
    ...options.money,
  };
  const parts = money.delivery_fee_cents + money.service_fee_cents + money.tax_cents + money.tip_cents - money.discount_cents;
  return {
    __typename: 'orders',
    id: ORDER_ID,
    status,
    total_cents: options.total === undefined ? (priced ? 3450 + parts : null) : options.total,
    items_subtotal_cents: priced ? 3450 : null,
    ...money,
    paid_at: steps.includes('paid') ? new Date(started + 2000).toISOString() : null,
    created_at: new Date(started).toISOString(),
    rejection_reason: options.reason ?? null,
    delivery_address: '1 Main Street, Springfield',
    status_history: steps.map((to_status, i) => ({
      __typename: 'order_status_history',
      id: i + 1,
      to_status,
      changed_at: new Date(started + i * 1000).toISOString(),
    })),
    assignment: options.agent ? { __typename: 'assignments', id: 1, agent: { __typename: 'agents', id: 1, name: options.agent } } : null,
    payments: options.payment
      ? [
          {
            __typename: 'payments',
            id: '11111111-2222-4333-8444-555555555555',
            status: options.payment.status,
            failure_reason: options.payment.failure_reason ?? null,
            card_last4: '0002',
            created_at: new Date(started + 1500).toISOString(),
          },
        ]
      : [],
    restaurant: { __typename: 'restaurants', id: 1, name: 'Bella Cucina' },
    items: [
      {
        __typename: 'order_items',
        id: 1,
        quantity: 3,
        unit_price_cents: status === 'placed' ? null : 1150,
        menu_item: { __typename: 'menu_items', id: 1, name: 'Margherita', price_cents: 1150 },
      },
    ],
  };
}
