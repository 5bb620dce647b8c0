// The database's reasons for refusing to schedule or cancel a scheduled order
// (scheduled_orders_enforce), as the checkout and the orders page say them. Hasura sends a check
// violation as "Check constraint violation. <reason>" with the code permission-error, which the
// app's generic mapping would read as "not allowed".

const REASONS: Array<[RegExp, (match: RegExpMatchArray) => string]> = [
  [/the restaurant is not open at/, () => 'The restaurant is not open at that time. Pick another time.'],
  [/from 15 minutes ahead/, () => 'That time is too soon: an order can be scheduled from 15 minutes ahead. Pick a later time.'],
  [/at most 7 days ahead/, () => 'An order can be scheduled at most 7 days ahead. Pick an earlier time.'],
  [/different available dish/, () => 'A dish in your cart is no longer available. Remove it and try again.'],
  [/is not one of your saved addresses/, () => 'This address is no longer saved. Pick or type another.'],
  [/can no longer be changed: it is already (placed|cancelled|failed)/, (m) => `This scheduled order can no longer be cancelled: it is already ${m[1]}.`],
];

/** What to tell the customer for the engine's error messages, or null when none is a scheduling rule. */
export function scheduleRefusal(messages: readonly string[]): string | null {
  for (const [pattern, sentence] of REASONS) {
    for (const message of messages) {
      const match = message.match(pattern);
      if (match) return sentence(match);
    }
  }
  return null;
}
