import { useState } from 'react';
import { formatTime } from '@3factor/domain';
import type { MessageRow } from './message-log.js';
import { MAX_MESSAGE_LENGTH, canChange, canSend, trimMessage } from './conversation-rules.js';
import { conversationRefusal } from './conversation-errors.js';
import { useChangeMessage } from './use-change-message.js';

interface Props {
  message: MessageRow;
  mine: boolean;
  senderLabel: string;
  now: number;
  /** "Seen by …" under the last of my messages the others have read. */
  seenBy: string | null;
}

/** One message: its text (or that it was deleted), edited mark, and edit/delete while the sender may. */
export function MessageItem({ message, mine, senderLabel, now, seenBy }: Props) {
  const { edit, remove } = useChangeMessage();
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const changeable = mine && canChange(message, message.sender_id, now);

  const run = async (action: () => Promise<boolean>, refused: string) => {
    setError(null);
    try {
      if (!(await action())) setError(`${refused}: the 10 minutes to change it are over.`);
      else setEditing(null);
    } catch (e) {
      setError(conversationRefusal(e, refused));
    }
  };

  return (
    <li className={`message${mine ? ' message-mine' : ''}`} data-message-id={message.id}>
      <p className="message-meta">
        <span className="message-sender">{mine ? 'You' : senderLabel}</span> · <time dateTime={message.created_at}>{formatTime(message.created_at)}</time>
        {message.edited_at && message.deleted_at === null && <span className="muted"> · edited</span>}
      </p>
      {message.deleted_at !== null ? (
        <p className="message-body message-deleted">Message deleted</p>
      ) : editing !== null ? (
        <form
          className="message-edit"
          onSubmit={(event) => {
            event.preventDefault();
            if (canSend(editing)) void run(() => edit(message.id, trimMessage(editing)), 'Not changed');
          }}
        >
          <label className="visually-hidden" htmlFor={`edit-${message.id}`}>
            Edit message
          </label>
          <textarea id={`edit-${message.id}`} rows={2} value={editing} maxLength={MAX_MESSAGE_LENGTH + 100} onChange={(event) => setEditing(event.target.value)} autoFocus />
          <div className="button-row">
            <button type="submit" className="button button-primary" disabled={!canSend(editing)}>
              Save
            </button>
            <button type="button" className="button" onClick={() => setEditing(null)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <p className="message-body">{message.body}</p>
      )}
      {changeable && editing === null && (
        <div className="message-actions">
          <button type="button" className="link-button" aria-label="Edit my message" onClick={() => setEditing(message.body ?? '')}>
            Edit
          </button>
          <button type="button" className="link-button" aria-label="Delete my message" onClick={() => void run(() => remove(message.id), 'Not deleted')}>
            Delete
          </button>
        </div>
      )}
      {seenBy && (
        <p className="message-seen muted" data-testid="message-seen">
          Seen by {seenBy}
        </p>
      )}
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
