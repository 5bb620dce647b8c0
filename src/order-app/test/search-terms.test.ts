import { describe, expect, it } from 'vitest';
import { MAX_SEARCH_LENGTH, searchTerms } from '../src/search/search-terms.js';

describe('searchTerms', () => {
  it('waits for two characters before searching', () => {
    expect(searchTerms('')).toBeNull();
    expect(searchTerms('   ')).toBeNull();
    expect(searchTerms(' t ')).toBeNull();
    expect(searchTerms('ti')).toBe('ti');
  });

  it('trims and collapses spaces, tabs and newlines', () => {
    expect(searchTerms('  vegan \t\n  pizza  ')).toBe('vegan pizza');
  });

  it('cuts at the length search_menu reads, without a trailing space', () => {
    const long = `${'a'.repeat(MAX_SEARCH_LENGTH - 1)} bcd`;
    expect(searchTerms(long)).toBe('a'.repeat(MAX_SEARCH_LENGTH - 1));
    expect(searchTerms('x'.repeat(500))!.length).toBe(MAX_SEARCH_LENGTH);
  });
});
