// The conversation as the client holds it: rows from order_messages_stream merged by id. Every
// insert, edit and delete of a message gets a new `revision` (drawn under the order's lock, so
// they commit in order), so the highest revision seen is where a resumed stream starts, and a
// row whose revision is not newer than the one held is a duplicate and changes nothing.

export interface MessageRow {
  id: string;
  sender_id: string;
  body: string | null;
  seq: number | string;
  revision: number | string;
  created_at: string;
  edited_at: string | null;
  deleted_at: string | null;
  editable_until: string;
}

export interface MessageLog {
  /** By seq: the order in which the messages were sent. */
  messages: MessageRow[];
  /** The highest revision merged: the cursor to resume from. */
  revision: number;
}

export const EMPTY_LOG: MessageLog = { messages: [], revision: 0 };

export function mergeMessages(log: MessageLog, rows: readonly MessageRow[]): MessageLog {
  if (rows.length === 0) return log;
  const byId = new Map(log.messages.map((message) => [message.id, message]));
  let revision = log.revision;
  let changed = false;
  for (const row of rows) {
    const held = byId.get(row.id);
    if (held && Number(held.revision) >= Number(row.revision)) continue;
    byId.set(row.id, row);
    revision = Math.max(revision, Number(row.revision));
    changed = true;
  }
  if (!changed) return log;
  const messages = [...byId.values()].sort((a, b) => Number(a.seq) - Number(b.seq));
  return { messages, revision };
}
