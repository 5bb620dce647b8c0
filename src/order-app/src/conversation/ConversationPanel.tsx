import { useEffect, useId, useState } from 'react';
import { useSession } from '../auth/session-context.js';
import { useNow } from '../ui/use-now.js';
import { friendlyError } from '../apollo/errors.js';
import { memberLabel, newestFromOthers, seenMarker, typingSentence, unreadCount } from './conversation-rules.js';
import { useMessageStream } from './use-message-stream.js';
import { useMarkRead, useReceipts } from './use-receipts.js';
import { useConversationPeople } from './use-conversation-people.js';
import { MessageItem } from './MessageItem.js';
import { MessageComposer } from './MessageComposer.js';

interface Props {
  orderId: string;
  /** Open at first (the customer's order page); the staff's cards open it on demand. */
  defaultOpen?: boolean;
}

/**
 * An order's conversation. The messages and receipts are followed even while it is closed, so
 * the toggle's unread badge is live; members, online dots and typing (polled each second by
 * the engine, as they depend on the clock) only while it is open.
 */
export function ConversationPanel({ orderId, defaultOpen = false }: Props) {
  const { session } = useSession();
  const me = session?.userId ?? '';
  const [open, setOpen] = useState(defaultOpen);
  const { log, error } = useMessageStream(orderId);
  const receipts = useReceipts(orderId);
  const people = useConversationPeople(orderId, !open);
  const markRead = useMarkRead();
  const now = useNow(10_000);
  const panelId = useId();

  const myReceipt = receipts.find((r) => r.user_id === me)?.last_read_at ?? null;
  const unread = unreadCount(log.messages, me, myReceipt);
  const newest = newestFromOthers(log.messages, me);

  // Reading is being shown the messages: open, in a visible tab. The receipt covers the newest
  // message of the others (its own clock), so "seen" never claims more than was on screen.
  const [visible, setVisible] = useState(() => typeof document === 'undefined' || document.visibilityState === 'visible');
  useEffect(() => {
    const update = () => setVisible(document.visibilityState === 'visible');
    document.addEventListener('visibilitychange', update);
    return () => document.removeEventListener('visibilitychange', update);
  }, []);
  useEffect(() => {
    if (open && visible && unread > 0 && newest) markRead(orderId, newest).catch(() => undefined);
  }, [open, visible, unread, newest, orderId, markRead]);

  const names = new Map(people.members.map((m) => [m.user_id, memberLabel(m.member_role, m.username)]));
  const seen = seenMarker(log.messages, me, receipts);
  const typing = typingSentence([...people.typing].filter((id) => id !== me).map((id) => names.get(id) ?? 'Someone'));

  return (
    <section className="conversation card" aria-label="Conversation about this order" data-testid="conversation">
      <button type="button" className="conversation-toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        <span>Messages</span>
        {log.messages.length > 0 && <span className="muted"> ({log.messages.length})</span>}
        {unread > 0 && (
          <span className="unread-badge" data-testid="unread-badge" aria-label={`${unread} unread`}>
            {unread}
          </span>
        )}
      </button>
      {open && (
        <div id={panelId} className="conversation-body">
          {people.members.length > 0 && (
            <ul className="conversation-members" aria-label="People in this conversation">
              {people.members
                .filter((m) => m.user_id !== me)
                .map((m) => (
                  <li key={m.user_id}>
                    <span className={`presence-dot${people.online.has(m.user_id) ? ' presence-online' : ''}`} aria-hidden="true" />
                    {memberLabel(m.member_role, m.username)}
                    <span className="visually-hidden">{people.online.has(m.user_id) ? ', online' : ', offline'}</span>
                  </li>
                ))}
            </ul>
          )}
          {error !== null && log.messages.length === 0 && (
            <p className="notice notice-error" role="alert">
              {friendlyError(error)}
            </p>
          )}
          {log.messages.length === 0 ? (
            <p className="muted">No messages yet. Questions about this order go here.</p>
          ) : (
            <ol className="message-list" aria-label="Messages" aria-live="polite">
              {log.messages.map((message) => (
                <MessageItem
                  key={message.id}
                  message={message}
                  mine={message.sender_id === me}
                  senderLabel={names.get(message.sender_id) ?? 'Someone'}
                  now={now}
                  seenBy={seen?.messageId === message.id ? seen.readers.map((id) => names.get(id) ?? 'someone').join(', ') : null}
                />
              ))}
            </ol>
          )}
          <p className="typing-indicator muted" role="status" data-testid="typing-indicator">
            {typing ?? ''}
          </p>
          <MessageComposer orderId={orderId} />
        </div>
      )}
    </section>
  );
}
