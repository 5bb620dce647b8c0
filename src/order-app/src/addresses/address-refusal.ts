// The database's reasons for refusing an address write (customer_addresses_enforce and the
// table's checks), as the page says them. Hasura sends a check violation as "Check constraint
// violation. <reason>" with the code permission-error, which the app's generic mapping would
// read as "not allowed"; a write that finds no row (deleted in another tab) answers null.

const REASONS: Array<[RegExp, string]> = [
  [/up to 20 addresses/, 'You can save up to 20 addresses. Delete one to add another.'],
  [/only its customer may save or change an address|belongs to its customer/, 'Only the customer who saved this address can change it.'],
  [
    /customer_addresses_(label|address|courier_note)_check|Check constraint violation/i,
    'The address was refused: check its name (1 to 40 characters), address (5 to 300) and note (at most 300).',
  ],
];

export const ADDRESS_GONE = 'This address is no longer saved (it was deleted, perhaps in another tab).';

/** What to tell the customer for the engine's error messages, or null when none is an address rule. */
export function addressRefusal(messages: readonly string[]): string | null {
  for (const [pattern, sentence] of REASONS) {
    if (messages.some((m) => pattern.test(m))) return sentence;
  }
  return null;
}
