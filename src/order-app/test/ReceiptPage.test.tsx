// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReceiptPage, ORDER_RECEIPT } from '../src/receipt/ReceiptPage.js';
import { renderWithProviders } from './render.js';
import { liveOrder, ORDER_ID } from './fixtures.js';

const money = { delivery_fee_cents: 299, service_fee_cents: 149, tax_rate_bps: 875, tax_cents: 272, tip_cents: 500, discount_cents: 345, promo_code: 'WELCOME10' };

function receiptOf(payments: Array<{ status: string; updated_at?: string }>, paid = true, tipAfterDelivery: { amount_cents: number; status: string } | null = null) {
  const order = liveOrder(paid ? ['placed', 'validated', 'paid'] : ['placed', 'validated'], { money });
  return {
    orders_by_pk: {
      __typename: 'orders',
      id: ORDER_ID,
      status: order.status,
      created_at: order.created_at,
      paid_at: order.paid_at,
      delivery_address: order.delivery_address,
      items_subtotal_cents: order.items_subtotal_cents,
      ...money,
      total_cents: order.total_cents,
      restaurant: order.restaurant,
      after_delivery_tip: tipAfterDelivery && {
        __typename: 'order_tips',
        id: '11111111-2222-4333-8444-666666666666',
        card_last4: '4242',
        updated_at: '2026-12-07T12:00:00.000Z',
        ...tipAfterDelivery,
      },
      items: order.items.map(({ menu_item, ...line }) => ({ ...line, menu_item: { __typename: 'menu_items', id: menu_item.id, name: menu_item.name } })),
      payments: payments.map((p, i) => ({
        __typename: 'payments',
        id: `11111111-2222-4333-8444-55555555555${i}`,
        status: p.status,
        amount_cents: order.total_cents,
        card_last4: '4242',
        created_at: '2026-12-07T10:00:00.000Z',
        updated_at: p.updated_at ?? '2026-12-07T10:00:00.000Z',
      })),
    },
  };
}

const render = (data: Record<string, unknown>) =>
  renderWithProviders(<ReceiptPage orderId={ORDER_ID} />, { mocks: [{ request: { query: ORDER_RECEIPT, variables: { id: ORDER_ID } }, result: { data } }] });

describe('ReceiptPage', () => {
  it('lists the items, every part of the total, the card and the refund, and prints', async () => {
    render(receiptOf([{ status: 'failed' }, { status: 'refunded', updated_at: '2026-12-07T11:00:00.000Z' }]));
    const receipt = await screen.findByTestId('receipt');
    expect(within(receipt).getByRole('cell', { name: 'Margherita' })).toBeTruthy();
    expect(within(receipt).getByRole('cell', { name: '$34.50' })).toBeTruthy();
    expect(within(receipt).getByText('Promo WELCOME10')).toBeTruthy();
    expect(within(receipt).getByTestId('breakdown-tip').textContent).toBe('$5.00');
    expect(within(receipt).getByTestId('breakdown-total').textContent).toBe('$43.25');
    expect(within(receipt).getByTestId('receipt-card').textContent).toMatch(/^Charged \$43\.25 to the card ending in 4242 on /);
    expect(
      within(receipt)
        .getAllByTestId('receipt-refund')
        .map((p) => p.textContent),
    ).toEqual([expect.stringMatching(/^Refunded \$43\.25 to the card ending in 4242 on /)]);
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    await userEvent.click(screen.getByRole('button', { name: 'Print' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('lists a tip given after delivery as a charge of its own, once it was charged', async () => {
    render(receiptOf([{ status: 'succeeded' }], true, { amount_cents: 350, status: 'succeeded' }));
    const receipt = await screen.findByTestId('receipt');
    expect(within(receipt).getByTestId('breakdown-total').textContent).toBe('$43.25');
    expect(within(receipt).getByTestId('receipt-tip-after-delivery').textContent).toMatch(/^Tip after delivery: \$3\.50, charged separately to the card ending in 4242 on /);
  });

  it('leaves out a tip after delivery that was declined', async () => {
    render(receiptOf([{ status: 'succeeded' }], true, { amount_cents: 350, status: 'failed' }));
    await screen.findByTestId('receipt');
    expect(screen.queryByTestId('receipt-tip-after-delivery')).toBeNull();
  });

  it('has no receipt for an order that was not paid', async () => {
    render(receiptOf([{ status: 'failed' }], false));
    expect(await screen.findByRole('heading', { name: 'No receipt' })).toBeTruthy();
  });
});
