import { useState } from 'react';
import { friendlyError } from '../apollo/errors.js';
import { MAX_SEARCH_LENGTH } from './search-terms.js';
import { SearchHit } from './SearchHit.js';
import { useMenuSearch } from './use-menu-search.js';

/** The restaurant list's search box: dishes and restaurants by words, misspellings forgiven. */
export function MenuSearch() {
  const [input, setInput] = useState('');
  const { terms, hits, loading, error } = useMenuSearch(input);

  return (
    <div role="search" className="menu-search" aria-label="Search dishes and restaurants">
      <label className="field">
        <span>Search dishes and restaurants</span>
        <input type="search" value={input} maxLength={MAX_SEARCH_LENGTH} placeholder="tikka, vegan pizza…" autoComplete="off" onChange={(e) => setInput(e.target.value)} />
      </label>
      {error && (
        <p className="notice notice-error" role="alert">
          {friendlyError(error)}
        </p>
      )}
      {terms !== null && !error && (
        <div aria-live="polite">
          {loading && !hits && <p role="status">Searching…</p>}
          {hits && hits.length === 0 && <p className="muted">Nothing matches “{terms}”.</p>}
          {hits && hits.length > 0 && (
            <ul className="search-hits" aria-label="Search results">
              {hits.map((hit) => (
                <SearchHit key={hit.menu_item_id} hit={hit} />
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
