import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * How long a courier can take back "delivered" before it is written. Delivered is final in
 * the database (the status machine has no way back, and it frees the courier for the next
 * order), so the undo lives before the write rather than as a reverse transition: nobody else
 * ever sees a delivery that is then taken back.
 */
export const UNDO_WINDOW_MS = 5_000;

/**
 * Runs `action` once the window has passed, unless undone first. A window still open when the
 * card goes away (the courier navigates on) or the page is hidden for good (`pagehide`) runs the
 * action at once: the courier meant it. A tab killed within the window loses it; the order then
 * still shows "Picked up" with its button.
 */
export function useUndoWindow(action: () => void, windowMs = UNDO_WINDOW_MS) {
  const [deadline, setDeadline] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const actionRef = useRef(action);
  actionRef.current = action;
  const pending = useRef(false);

  const fire = useCallback(() => {
    if (!pending.current) return;
    pending.current = false;
    setDeadline(null);
    actionRef.current();
  }, []);

  useEffect(() => {
    if (deadline === null) return;
    const timer = setTimeout(fire, Math.max(0, deadline - Date.now()));
    const tick = setInterval(() => setNow(Date.now()), 250);
    window.addEventListener('pagehide', fire);
    return () => {
      clearTimeout(timer);
      clearInterval(tick);
      window.removeEventListener('pagehide', fire);
    };
  }, [deadline, fire]);

  // Leaving with the window open: the courier meant it.
  useEffect(() => fire, [fire]);

  const start = useCallback(() => {
    pending.current = true;
    setNow(Date.now());
    setDeadline(Date.now() + windowMs);
  }, [windowMs]);

  const undo = useCallback(() => {
    pending.current = false;
    setDeadline(null);
  }, []);

  const secondsLeft = deadline === null ? 0 : Math.max(1, Math.ceil((deadline - now) / 1000));
  return { pending: deadline !== null, secondsLeft, start, undo };
}
