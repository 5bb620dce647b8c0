// What the conversation panel decides without asking anyone: the limits of a message, who may
// still change it, what is unread, what the other side has seen, who is typing. The database
// holds the same rules (order_messages_enforce); these only keep the screen honest.
import type { MessageRow } from './message-log.js';

export const MAX_MESSAGE_LENGTH = 2000;

/** Trimmed as the database trims it (spaces, tabs and line breaks at both ends). */
export function trimMessage(text: string): string {
  return text.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
}

export function messageProblem(text: string): string | null {
  const length = trimMessage(text).length;
  if (length === 0) return null;
  if (length > MAX_MESSAGE_LENGTH) return `A message has at most ${MAX_MESSAGE_LENGTH.toLocaleString('en-US')} characters; this one has ${length.toLocaleString('en-US')}.`;
  return null;
}

export function canSend(text: string): boolean {
  const length = trimMessage(text).length;
  return length >= 1 && length <= MAX_MESSAGE_LENGTH;
}

/** Own, not deleted, and within its 10 minutes (editable_until is stored by the database). */
export function canChange(message: MessageRow, me: string, now: number): boolean {
  return message.sender_id === me && message.deleted_at === null && Date.parse(message.editable_until) > now;
}

/** Messages of the others newer than my receipt. */
export function unreadCount(messages: readonly MessageRow[], me: string, lastReadAt: string | null): number {
  const since = lastReadAt === null ? -Infinity : Date.parse(lastReadAt);
  return messages.filter((m) => m.sender_id !== me && m.deleted_at === null && Date.parse(m.created_at) > since).length;
}

export interface Receipt {
  user_id: string;
  last_read_at: string;
}

/**
 * The last of my messages that someone else has read, with who read it: "seen" goes under it.
 * A receipt covers every message created up to its time.
 */
export function seenMarker(messages: readonly MessageRow[], me: string, receipts: readonly Receipt[]): { messageId: string; readers: string[] } | null {
  const others = receipts.filter((r) => r.user_id !== me);
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i]!;
    if (message.sender_id !== me || message.deleted_at !== null) continue;
    const readers = others.filter((r) => Date.parse(r.last_read_at) >= Date.parse(message.created_at)).map((r) => r.user_id);
    if (readers.length > 0) return { messageId: message.id, readers };
  }
  return null;
}

/** The created_at of the newest message of the others: what a receipt should cover. */
export function newestFromOthers(messages: readonly MessageRow[], me: string): string | null {
  for (let i = messages.length - 1; i >= 0; i--) if (messages[i]!.sender_id !== me) return messages[i]!.created_at;
  return null;
}

export type MemberRole = 'customer' | 'restaurant' | 'agent';

export function memberLabel(role: string, username: string): string {
  if (role === 'restaurant') return `${username} (restaurant)`;
  if (role === 'agent') return `${username} (courier)`;
  return `${username} (customer)`;
}

export function typingSentence(names: readonly string[]): string | null {
  if (names.length === 0) return null;
  if (names.length === 1) return `${names[0]} is typing…`;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} are typing…`;
}
