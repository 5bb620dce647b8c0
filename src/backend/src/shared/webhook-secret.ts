import { createHash, timingSafeEqual } from 'node:crypto';

export const WEBHOOK_SECRET_HEADER = 'x-webhook-secret';

/** Constant-time comparison; hashing first makes the lengths equal without leaking them. */
export function webhookSecretMatches(expected: string, received: string | undefined): boolean {
  if (received === undefined) return false;
  const a = createHash('sha256').update(expected).digest();
  const b = createHash('sha256').update(received).digest();
  return timingSafeEqual(a, b);
}
