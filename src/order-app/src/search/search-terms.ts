// What the search box sends to search_menu. Pure, so the rules are tested without a browser.

/** Fewer letters than this match half of every menu: the box waits for more. */
export const MIN_SEARCH_LENGTH = 2;
/** search_menu reads no more than this (a longer query is cut there anyway). */
export const MAX_SEARCH_LENGTH = 100;

/** The words to search for (trimmed, runs of spaces collapsed, cut to the maximum), or null while there is not enough to search. */
export function searchTerms(input: string): string | null {
  const words = input.replace(/\s+/g, ' ').trim().slice(0, MAX_SEARCH_LENGTH).trim();
  return words.length >= MIN_SEARCH_LENGTH ? words : null;
}
