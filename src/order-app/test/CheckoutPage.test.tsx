// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CheckoutPage } from '../src/checkout/CheckoutPage.js';
import { ORDER_EXISTS, PLACE_ORDER, type PlaceOrderVariables } from '../src/checkout/use-place-order.js';
import { CHECKOUT_CHARGES } from '../src/checkout/TipAndPromoFields.js';
import { renderWithProviders } from './render.js';
import { ORDER_ID } from './fixtures.js';

function storeCart() {
  window.localStorage.setItem(
    '3factor.cart',
    JSON.stringify({
      orderId: ORDER_ID,
      restaurantId: 1,
      restaurantName: 'Bella Cucina',
      lines: [
        { menuItemId: 1, name: 'Margherita', priceCents: 1150, quantity: 2 },
        { menuItemId: 5, name: 'Tiramisù', priceCents: 650, quantity: 1 },
      ],
    }),
  );
}

const expected: PlaceOrderVariables = {
  id: ORDER_ID,
  restaurantId: 1,
  deliveryAddress: '1 Main Street, Springfield',
  items: [
    { menu_item_id: 1, quantity: 2 },
    { menu_item_id: 5, quantity: 1 },
  ],
};
const placed = { data: { insert_orders_one: { __typename: 'orders', id: ORDER_ID, status: 'placed', created_at: '2025-03-01T12:00:00Z' } } };

describe('CheckoutPage', () => {
  it('places the order as ONE nested insert carrying the cart’s client-generated id, then opens the live order page', async () => {
    const user = userEvent.setup();
    storeCart();
    renderWithProviders(<CheckoutPage restaurantId={1} />, { mocks: [{ request: { query: PLACE_ORDER, variables: expected }, result: placed }] });
    expect(screen.getByTestId('cart-subtotal').textContent).toBe('$29.50');
    await user.type(screen.getByLabelText('Delivery address'), '  1 Main Street, Springfield ');
    await user.click(screen.getByRole('button', { name: 'Place order' }));
    await waitFor(() => expect(window.location.pathname).toBe(`/orders/${ORDER_ID}`));
    const cart = JSON.parse(window.localStorage.getItem('3factor.cart')!);
    expect(cart.lines).toEqual([]);
    expect(cart.orderId).not.toBe(ORDER_ID);
  });

  it('retries by itself with the same id after a lost response, and takes the primary-key conflict as "already placed"', async () => {
    const user = userEvent.setup();
    storeCart();
    renderWithProviders(<CheckoutPage restaurantId={1} />, {
      mocks: [
        { request: { query: PLACE_ORDER, variables: expected }, error: new TypeError('Failed to fetch') },
        {
          request: { query: PLACE_ORDER, variables: expected },
          result: {
            errors: [
              {
                message: 'Uniqueness violation. duplicate key value violates unique constraint "orders_pkey"',
                extensions: { code: 'constraint-violation', path: '$.selectionSet.insert_orders_one.args.object' },
              },
            ],
          },
        },
        { request: { query: ORDER_EXISTS, variables: { id: ORDER_ID } }, result: { data: { orders_by_pk: { __typename: 'orders', id: ORDER_ID } } } },
      ],
    });
    await user.type(screen.getByLabelText('Delivery address'), '1 Main Street, Springfield');
    await user.click(screen.getByRole('button', { name: 'Place order' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Cannot reach the server.*we keep trying/);
    expect(window.location.pathname).toBe('/');
    // It tries again by itself (no click), with the same id.
    expect(screen.getByRole('button', { name: 'Try now' })).toBeTruthy();
    await waitFor(() => expect(window.location.pathname).toBe(`/orders/${ORDER_ID}`));
  });

  it('checks the delivery address before sending anything', async () => {
    const user = userEvent.setup();
    storeCart();
    renderWithProviders(<CheckoutPage restaurantId={1} />);
    await user.type(screen.getByLabelText('Delivery address'), 'abc');
    await user.click(screen.getByRole('button', { name: 'Place order' }));
    expect(screen.getByLabelText('Delivery address').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter a delivery address (5 to 300 characters).')).toBeTruthy();
  });

  it('has nothing to check out with an empty cart', () => {
    renderWithProviders(<CheckoutPage restaurantId={1} />);
    expect(screen.getByText('Your cart is empty.')).toBeTruthy();
  });

  it('proposes a tip and a promo code with the order, and previews the total at the restaurant’s fees and tax', async () => {
    const user = userEvent.setup();
    storeCart();
    const charges = {
      request: { query: CHECKOUT_CHARGES, variables: { id: 1 } },
      result: { data: { restaurants_by_pk: { __typename: 'restaurants', id: 1, delivery_fee_cents: 299, service_fee_cents: 149, tax_rate_bps: 875 } } },
    };
    renderWithProviders(<CheckoutPage restaurantId={1} />, {
      mocks: [charges, { request: { query: PLACE_ORDER, variables: { ...expected, tipCents: 443, promoCode: 'WELCOME10' } }, result: placed }],
    });
    const preview = await screen.findByTestId('checkout-preview');
    // $29.50 of items, no tip yet: $2.99 + $1.49 + 8.75 % tax ($2.58).
    expect(preview.querySelector('[data-testid="breakdown-total"]')!.textContent).toBe('$36.56');
    await user.click(screen.getByLabelText('15 % ($4.43)'));
    expect(preview.querySelector('[data-testid="breakdown-tip"]')!.textContent).toBe('$4.43');
    expect(preview.querySelector('[data-testid="breakdown-total"]')!.textContent).toBe('$40.99');
    await user.click(screen.getByLabelText('Other amount'));
    await user.type(screen.getByLabelText('Tip in dollars'), '101');
    expect(screen.getByText('A tip can be at most $100.')).toBeTruthy();
    await user.click(screen.getByLabelText('15 % ($4.43)'));
    await user.type(screen.getByLabelText('Promo code (optional)'), 'welcome 10');
    expect(screen.getByText(/The code WELCOME10 is checked/)).toBeTruthy();
    await user.type(screen.getByLabelText('Delivery address'), '1 Main Street, Springfield');
    await user.click(screen.getByRole('button', { name: 'Place order' }));
    await waitFor(() => expect(window.location.pathname).toBe(`/orders/${ORDER_ID}`));
  });
});
