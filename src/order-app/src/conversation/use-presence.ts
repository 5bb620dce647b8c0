import { useMutation } from '@apollo/client/react';
import { useCallback, useEffect, useRef } from 'react';
import { graphql } from '../gql/index.js';

// The database stamps the times itself (user_presence_enforce): a write that keeps the typing
// columns is a heartbeat, one that changes them a keystroke. Clients send no flags.
export const HEARTBEAT = graphql(`
  mutation Heartbeat {
    insert_user_presence_one(object: { typing_order_id: null }, on_conflict: { constraint: user_presence_pkey, update_columns: [last_seen_at] }) {
      user_id
    }
  }
`);

export const TYPING = graphql(`
  mutation Typing($orderId: uuid, $at: timestamptz) {
    insert_user_presence_one(
      object: { typing_order_id: $orderId, typing_at: $at }
      on_conflict: { constraint: user_presence_pkey, update_columns: [last_seen_at, typing_order_id, typing_at] }
    ) {
      user_id
    }
  }
`);

/** "Online" is a heartbeat within 30 s: one every 15 s while the tab is shown, and one on coming back. */
export const HEARTBEAT_MS = 15_000;
/** "Typing" is a keystroke within 5 s: at most one write per 2 s while keys are pressed. */
export const TYPING_THROTTLE_MS = 2_000;

export function usePresenceHeartbeat(active: boolean) {
  const [beat] = useMutation(HEARTBEAT);
  useEffect(() => {
    if (!active) return;
    const send = () => {
      if (document.visibilityState === 'visible') beat().catch(() => undefined);
    };
    send();
    const timer = setInterval(send, HEARTBEAT_MS);
    document.addEventListener('visibilitychange', send);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', send);
    };
  }, [active, beat]);
}

/** keystroke() on input, throttled; stopped() when the message is sent or the box is cleared. */
export function useTypingSignal(orderId: string) {
  const [write] = useMutation(TYPING);
  const last = useRef(0);
  const keystroke = useCallback(() => {
    const now = Date.now();
    if (now - last.current < TYPING_THROTTLE_MS) return;
    last.current = now;
    write({ variables: { orderId, at: new Date(now).toISOString() } }).catch(() => undefined);
  }, [orderId, write]);
  const stopped = useCallback(() => {
    if (last.current === 0) return;
    last.current = 0;
    write({ variables: { orderId: null, at: null } }).catch(() => undefined);
  }, [write]);
  return { keystroke, stopped };
}
