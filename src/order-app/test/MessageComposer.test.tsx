// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MessageComposer } from '../src/conversation/MessageComposer.js';
import { SEND_MESSAGE } from '../src/conversation/use-send-message.js';
import { TYPING } from '../src/conversation/use-presence.js';
import { renderWithProviders } from './render.js';

const ORDER_ID = '6f1c2d9e-0000-4000-8000-000000000001';
const typing = {
  request: { query: TYPING, variables: () => true },
  result: { data: { insert_user_presence_one: { __typename: 'user_presence', user_id: 'u' } } },
  maxUsageCount: 100,
};

describe('MessageComposer', () => {
  it('sends the trimmed text; a retry after a lost answer sends the same id, so it cannot post twice', async () => {
    const ids: string[] = [];
    const send = (outcome: 'lost' | 'ok') => ({
      request: {
        query: SEND_MESSAGE,
        variables: (v: { id: string; orderId: string; body: string }) => {
          ids.push(v.id);
          return v.orderId === ORDER_ID && v.body === 'Blue door';
        },
      },
      ...(outcome === 'lost' ? { error: new Error('Failed to fetch') } : { result: { data: { insert_order_messages_one: { __typename: 'order_messages', id: 'x' } } } }),
    });
    const user = userEvent.setup();
    renderWithProviders(<MessageComposer orderId={ORDER_ID} />, { mocks: [typing, send('lost'), send('ok')] });
    const box = screen.getByRole('textbox', { name: 'Message' });
    await user.type(box, '  Blue door ');
    expect(screen.getByText('9 / 2,000')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Cannot reach the server. Check your connection and try again.');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await expect.poll(() => (box as HTMLTextAreaElement).value).toBe('');
    const sends = [...new Set(ids)];
    expect(sends).toHaveLength(1);
  });

  it('keeps what was typed while the previous message was being sent', async () => {
    const user = userEvent.setup();
    const slow = {
      request: { query: SEND_MESSAGE, variables: () => true },
      delay: 300,
      result: { data: { insert_order_messages_one: { __typename: 'order_messages', id: 'x' } } },
    };
    renderWithProviders(<MessageComposer orderId={ORDER_ID} />, { mocks: [typing, slow] });
    const box = screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;
    await user.type(box, 'First');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await screen.findByRole('button', { name: 'Sending…' });
    await user.clear(box);
    await user.type(box, 'Second');
    await screen.findByRole('button', { name: 'Send' });
    expect(box.value).toBe('Second');
  });

  it('says how long an oversize message is and does not send it', async () => {
    const user = userEvent.setup();
    renderWithProviders(<MessageComposer orderId={ORDER_ID} />, { mocks: [typing] });
    const box = screen.getByRole('textbox', { name: 'Message' });
    await user.click(box);
    await user.paste('x'.repeat(2001));
    expect(screen.getByText('A message has at most 2,000 characters; this one has 2,001.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Send' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('shows the database’s refusal in words', async () => {
    const user = userEvent.setup();
    const refusal = {
      request: { query: SEND_MESSAGE, variables: () => true },
      result: {
        errors: [{ message: 'Check constraint violation. the conversation of order 6f1c2d9e closed an hour after its delivery', extensions: { code: 'permission-error' } }],
      },
    };
    renderWithProviders(<MessageComposer orderId={ORDER_ID} />, { mocks: [typing, refusal] });
    await user.type(screen.getByRole('textbox', { name: 'Message' }), 'Hello');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Not sent: the conversation of order 6f1c2d9e closed an hour after its delivery.');
  });
});
