// The tip the checkout proposes, from the customer's choice. Pure. The server takes it only
// within bounds (validate-order and orders.tip_cents' check); this keeps the form from sending
// what it will refuse.
import { MAX_TIP_CENTS, tipForPercent } from '@3factor/domain';

export type TipChoice = { kind: 'percent'; percent: number } | { kind: 'amount'; typed: string };

export type TipResult = { ok: true; tipCents: number } | { ok: false; message: string };

export function tipCentsOf(choice: TipChoice, itemsSubtotalCents: number): TipResult {
  if (choice.kind === 'percent') return { ok: true, tipCents: tipForPercent(itemsSubtotalCents, choice.percent) };
  const typed = choice.typed.trim().replace(/^\$/, '');
  if (typed === '') return { ok: true, tipCents: 0 };
  if (!/^\d+(\.\d{1,2})?$/.test(typed)) return { ok: false, message: 'Enter the tip in dollars and cents, like 3.50.' };
  const tipCents = Math.round(Number(typed) * 100);
  if (tipCents > MAX_TIP_CENTS) return { ok: false, message: `A tip can be at most $${MAX_TIP_CENTS / 100}.` };
  return { ok: true, tipCents };
}
