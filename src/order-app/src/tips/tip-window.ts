// When a delivered order may still be tipped: the database's rule (order_tips_enforce), mirrored so
// the page offers the form only while the insert can succeed. Pure.

/** Hours after delivery during which the customer may add a tip. */
export const TIP_WINDOW_HOURS = 24;

export function tipWindowClosesAt(deliveredAt: string): Date {
  return new Date(Date.parse(deliveredAt) + TIP_WINDOW_HOURS * 3600_000);
}

export function isTipWindowOpen(deliveredAt: string | null, nowMs: number): boolean {
  return deliveredAt !== null && nowMs < tipWindowClosesAt(deliveredAt).getTime();
}

/** The customer's words for what the tip's charge came to. */
export function tipOutcomeText(tip: { amount_cents: number; status: string; failure_reason: string | null }, formatCents: (cents: number) => string): string {
  switch (tip.status) {
    case 'succeeded':
      return `You tipped your courier ${formatCents(tip.amount_cents)} after delivery. Thank you!`;
    case 'failed':
      return `Your tip of ${formatCents(tip.amount_cents)} was not charged: ${tip.failure_reason ?? 'the card was declined.'}`;
    default:
      return `Charging your tip of ${formatCents(tip.amount_cents)}…`;
  }
}
