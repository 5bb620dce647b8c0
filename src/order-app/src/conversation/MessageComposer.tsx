import { useId, useRef, useState } from 'react';
import { newUuid } from '../lib/uuid.js';
import { MAX_MESSAGE_LENGTH, canSend, messageProblem, trimMessage } from './conversation-rules.js';
import { conversationRefusal } from './conversation-errors.js';
import { useSendMessage } from './use-send-message.js';
import { useTypingSignal } from './use-presence.js';

/** The send box: trimmed, 1–2,000 characters with a counter, the database's refusal in words. */
export function MessageComposer({ orderId }: { orderId: string }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { send, sending } = useSendMessage();
  const typing = useTypingSignal(orderId);
  // One id per message being written: a retry after a lost answer re-sends the same id, so
  // the message cannot be posted twice. A new id only once it was sent.
  const pendingId = useRef<string | null>(null);
  const counterId = useId();
  const length = trimMessage(text).length;
  const problem = messageProblem(text);

  const submit = async () => {
    if (!canSend(text) || sending) return;
    setError(null);
    pendingId.current ??= newUuid();
    const sent = text;
    try {
      await send(pendingId.current, orderId, trimMessage(sent));
      pendingId.current = null;
      // Whatever was typed while it was being sent stays in the box.
      setText((current) => (current === sent ? '' : current));
      typing.stopped();
    } catch (e) {
      setError(conversationRefusal(e));
    }
  };

  return (
    <form
      className="message-composer"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label htmlFor={`${counterId}-box`} className="visually-hidden">
        Message
      </label>
      <textarea
        id={`${counterId}-box`}
        rows={2}
        value={text}
        aria-describedby={counterId}
        aria-invalid={problem !== null}
        placeholder="Write a message"
        onChange={(event) => {
          setText(event.target.value);
          // A changed text after a failed send is a new message with an id of its own.
          if (pendingId.current !== null && !sending) pendingId.current = null;
          if (event.target.value.trim() === '') typing.stopped();
          else typing.keystroke();
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey) {
            event.preventDefault();
            void submit();
          }
        }}
      />
      <div className="message-composer-row">
        <span id={counterId} className={`muted message-counter${length > MAX_MESSAGE_LENGTH ? ' message-counter-over' : ''}`}>
          {length.toLocaleString('en-US')} / {MAX_MESSAGE_LENGTH.toLocaleString('en-US')}
        </span>
        <button type="submit" className="button button-primary" disabled={!canSend(text) || sending}>
          {sending ? 'Sending…' : 'Send'}
        </button>
      </div>
      {problem && <p className="field-error">{problem}</p>}
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
