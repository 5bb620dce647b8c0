// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PaymentForm } from '../src/payment/PaymentForm.js';
import { SUBMIT_PAYMENT } from '../src/payment/use-submit-payment.js';
import { renderWithProviders } from './render.js';
import { ORDER_ID } from './fixtures.js';

describe('PaymentForm', () => {
  it('tokenizes a test card in the browser and inserts only the token and the last four digits', async () => {
    const user = userEvent.setup();
    const sent: Array<Record<string, unknown>> = [];
    renderWithProviders(<PaymentForm orderId={ORDER_ID} totalCents={3450} retry={false} />, {
      mocks: [
        {
          request: {
            query: SUBMIT_PAYMENT,
            variables: (variables: Record<string, unknown>) => {
              sent.push(variables);
              return true;
            },
          },
          result: { data: { insert_payments_one: { __typename: 'payments', id: 'p', order_id: ORDER_ID, status: 'pending', amount_cents: 3450 } } },
        },
      ],
    });
    expect(screen.getByTestId('payment-amount').textContent).toBe('$34.50');
    await user.click(screen.getByRole('button', { name: 'Use card 4242 4242 4242 4242' }));
    expect((screen.getByLabelText('Card number') as HTMLInputElement).value).toBe('4242 4242 4242 4242');
    await user.click(screen.getByRole('button', { name: 'Pay $34.50' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ orderId: ORDER_ID, paymentToken: 'tok_visa', cardLast4: '4242' });
    expect(sent[0]!['id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(sent[0])).not.toContain('4242424242424242');
  });

  it('sends the declined test card as its decline token (the gateway decides, not the form)', async () => {
    const user = userEvent.setup();
    const sent: Array<Record<string, unknown>> = [];
    renderWithProviders(<PaymentForm orderId={ORDER_ID} totalCents={1150} retry />, {
      mocks: [
        {
          request: { query: SUBMIT_PAYMENT, variables: (v: Record<string, unknown>) => (sent.push(v), true) },
          result: { data: { insert_payments_one: { __typename: 'payments', id: 'p', order_id: ORDER_ID, status: 'pending', amount_cents: 1150 } } },
        },
      ],
    });
    expect(screen.getByRole('heading', { name: 'Try another card' })).toBeTruthy();
    await user.type(screen.getByLabelText('Card number'), '4000000000000002');
    await user.type(screen.getByLabelText('Expiry (MM/YY)'), '1234');
    await user.type(screen.getByLabelText('CVC'), '123');
    await user.click(screen.getByRole('button', { name: 'Pay $11.50' }));
    await waitFor(() => expect(sent[0]).toMatchObject({ paymentToken: 'tok_chargeDeclined', cardLast4: '0002' }));
  });

  it('points at the field the tokenizer rejected, without sending anything', async () => {
    const user = userEvent.setup();
    renderWithProviders(<PaymentForm orderId={ORDER_ID} totalCents={1150} retry={false} />);
    await user.type(screen.getByLabelText('Card number'), '4242424242424241');
    await user.type(screen.getByLabelText('Expiry (MM/YY)'), '1234');
    await user.type(screen.getByLabelText('CVC'), '123');
    await user.click(screen.getByRole('button', { name: 'Pay $11.50' }));
    const number = screen.getByLabelText('Card number');
    await waitFor(() => expect(number.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(number.getAttribute('aria-describedby')!)?.textContent).toMatch(/not valid/);
  });

  it('shows every field’s problem at once, not one at a time', async () => {
    const user = userEvent.setup();
    renderWithProviders(<PaymentForm orderId={ORDER_ID} totalCents={1150} retry={false} />);
    await user.type(screen.getByLabelText('Card number'), '4242424242424241');
    await user.type(screen.getByLabelText('Expiry (MM/YY)'), '1320');
    await user.type(screen.getByLabelText('CVC'), '1');
    await user.click(screen.getByRole('button', { name: 'Pay $11.50' }));
    const fields = ['Card number', 'Expiry (MM/YY)', 'CVC'].map((label) => screen.getByLabelText(label));
    await waitFor(() => expect(fields.map((f) => f.getAttribute('aria-invalid'))).toEqual(['true', 'true', 'true']));
    expect(fields.map((f) => document.getElementById(f.getAttribute('aria-describedby')!)?.textContent)).toEqual([
      'The card number is not valid.',
      'The expiry date must look like MM/YY.',
      'The security code must have 3 digits.',
    ]);
  });

  it('reports a refused insert and keeps the form', async () => {
    const user = userEvent.setup();
    renderWithProviders(<PaymentForm orderId={ORDER_ID} totalCents={1150} retry={false} />, {
      mocks: [
        {
          request: { query: SUBMIT_PAYMENT, variables: () => true },
          result: {
            errors: [
              { message: 'check constraint of an insert permission has failed', extensions: { code: 'permission-error', path: '$.selectionSet.insert_payments_one.args.object' } },
            ],
          },
        },
      ],
    });
    await user.click(screen.getByRole('button', { name: 'Use card 4242 4242 4242 4242' }));
    await user.click(screen.getByRole('button', { name: 'Pay $11.50' }));
    expect((await screen.findByRole('alert')).textContent).toBe('You are not allowed to do that.');
    expect(screen.getByRole('button', { name: 'Pay $11.50' })).toBeTruthy();
  });
});
