import { describe, expect, it } from 'vitest';
import { EMPTY_LOG, mergeMessages, type MessageRow } from '../src/conversation/message-log.js';
import { canChange, canSend, messageProblem, seenMarker, trimMessage, typingSentence, unreadCount } from '../src/conversation/conversation-rules.js';
import { conversationRefusal } from '../src/conversation/conversation-errors.js';
import { arrivals } from '../src/notifications/browser-notification.js';
import { CombinedGraphQLErrors } from '@apollo/client/errors';

const ME = 'me';
const row = (id: string, seq: number, revision: number, over: Partial<MessageRow> = {}): MessageRow => ({
  id,
  sender_id: ME,
  body: `text ${id}`,
  seq,
  revision,
  created_at: new Date(Date.UTC(2026, 0, 1, 12, 0, seq)).toISOString(),
  edited_at: null,
  deleted_at: null,
  editable_until: new Date(Date.UTC(2026, 0, 1, 12, 10, seq)).toISOString(),
  ...over,
});

describe('the message log', () => {
  it('orders by seq, keeps the newest revision of each row, and moves the cursor to the highest revision', () => {
    const log = mergeMessages(EMPTY_LOG, [row('b', 2, 2), row('a', 1, 1)]);
    expect(log.messages.map((m) => m.id)).toEqual(['a', 'b']);
    expect(log.revision).toBe(2);
    const edited = mergeMessages(log, [row('a', 1, 3, { body: 'changed', edited_at: '2026-01-01T12:01:00Z' })]);
    expect(edited.messages.map((m) => m.body)).toEqual(['changed', 'text b']);
    expect(edited.revision).toBe(3);
  });

  it('ignores rows it already holds (a resumed stream that overlaps), as the same object', () => {
    const log = mergeMessages(EMPTY_LOG, [row('a', 1, 1), row('a', 1, 3, { deleted_at: '2026-01-01T12:02:00Z', body: null })]);
    expect(mergeMessages(log, [row('a', 1, 1), row('a', 1, 3)])).toBe(log);
    expect(log.messages[0]!.deleted_at).not.toBeNull();
  });

  it('takes bigint revisions sent as strings', () => {
    expect(mergeMessages(EMPTY_LOG, [row('a', 1, 1, { seq: '9007199254740', revision: '9007199254741' })]).revision).toBe(9007199254741);
  });
});

describe('the conversation rules', () => {
  it('trims like the database and allows 1 to 2,000 characters', () => {
    expect(trimMessage(' \n hi \t')).toBe('hi');
    expect(canSend('   ')).toBe(false);
    expect(canSend('x'.repeat(2000))).toBe(true);
    expect(canSend('x'.repeat(2001))).toBe(false);
    expect(messageProblem('x'.repeat(2001))).toBe('A message has at most 2,000 characters; this one has 2,001.');
    expect(messageProblem('  ')).toBeNull();
  });

  it('lets the sender change a message only within its window and never once deleted', () => {
    const message = row('a', 1, 1);
    const inside = Date.parse(message.editable_until) - 1;
    expect(canChange(message, ME, inside)).toBe(true);
    expect(canChange(message, ME, inside + 1)).toBe(false);
    expect(canChange(message, 'other', inside)).toBe(false);
    expect(canChange({ ...message, deleted_at: message.created_at, body: null }, ME, inside)).toBe(false);
  });

  it('counts the others’ messages after my receipt, not mine and not deleted ones', () => {
    const messages = [row('a', 1, 1, { sender_id: 'x' }), row('b', 2, 2, { sender_id: 'x' }), row('c', 3, 3), row('d', 4, 4, { sender_id: 'x', deleted_at: 'z', body: null })];
    expect(unreadCount(messages, ME, null)).toBe(2);
    expect(unreadCount(messages, ME, messages[0]!.created_at)).toBe(1);
  });

  it('puts "seen" under my last message a receipt of someone else covers', () => {
    const messages = [row('a', 1, 1), row('b', 2, 2, { sender_id: 'x' }), row('c', 3, 3)];
    expect(seenMarker(messages, ME, [{ user_id: 'x', last_read_at: messages[1]!.created_at }])).toEqual({ messageId: 'a', readers: ['x'] });
    expect(seenMarker(messages, ME, [{ user_id: 'x', last_read_at: messages[2]!.created_at }])).toEqual({ messageId: 'c', readers: ['x'] });
    expect(seenMarker(messages, ME, [{ user_id: ME, last_read_at: messages[2]!.created_at }])).toBeNull();
  });

  it('says who is typing', () => {
    expect(typingSentence([])).toBeNull();
    expect(typingSentence(['dave (courier)'])).toBe('dave (courier) is typing…');
    expect(typingSentence(['a', 'b', 'c'])).toBe('a, b and c are typing…');
  });

  it('gives the database’s refusal as a sentence', () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: 'Check constraint violation. the conversation of order 1 closed an hour after its delivery', extensions: { code: 'permission-error' } }],
    });
    expect(conversationRefusal(error)).toBe('Not sent: the conversation of order 1 closed an hour after its delivery.');
  });
});

describe('browser notifications', () => {
  it('alerts only for notifications that arrived after the first list', () => {
    expect(arrivals(null, [{ id: 'a' }])).toEqual([]);
    expect(arrivals([{ id: 'a' }], [{ id: 'b' }, { id: 'a' }])).toEqual([{ id: 'b' }]);
  });
});
