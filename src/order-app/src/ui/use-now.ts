import { useEffect, useState } from 'react';

// The current time, re-rendered every `intervalMs`: drives "taking longer than usual" notices,
// which must appear even when no new data arrives.
export function useNow(intervalMs = 5_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
