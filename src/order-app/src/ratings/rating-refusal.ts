// The database's reasons for refusing a rating (ratings_enforce, the primary key), as the page
// says them. Hasura sends a check violation as "Check constraint violation. <reason>" with the
// code permission-error, which the app's generic mapping would read as "not allowed".

const REASONS: Array<[RegExp, string]> = [
  [/uniqueness violation|duplicate key/i, 'This order has already been rated.'],
  [/can be rated once it is delivered/, 'An order can be rated once it is delivered.'],
  [/can be changed for a day/, 'A rating can be changed for a day after it is given; this one can no longer change.'],
  [/had no courier to rate/, 'This order had no courier to rate.'],
  [/only the customer who placed order/, 'Only the customer who placed this order can rate it.'],
];

/** What to tell the customer for the engine's error messages, or null when none is a rating rule. */
export function ratingRefusal(messages: readonly string[]): string | null {
  for (const message of messages) {
    for (const [pattern, sentence] of REASONS) if (pattern.test(message)) return sentence;
  }
  return null;
}
