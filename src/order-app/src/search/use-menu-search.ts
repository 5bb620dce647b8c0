import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql/index.js';
import { useDebouncedValue } from '../ui/use-debounced-value.js';
import { searchTerms } from './search-terms.js';

/** A search box shows a screenful; search_menu ranks every hit, the engine sends these. */
export const SEARCH_LIMIT = 20;
const TYPING_PAUSE_MS = 250;

// search_menu is a tracked SQL function (full-text search, typos corrected with pg_trgm); its
// rows are menu_search_results, readable by every role, anonymous included.
export const SEARCH_MENU = graphql(`
  query SearchMenu($query: String!, $limit: Int!) {
    search_menu(args: { query: $query }, order_by: [{ rank: desc }, { name: asc }, { menu_item_id: asc }], limit: $limit) {
      menu_item_id
      ...SearchHit_hit
    }
  }
`);

/** The hits for what the box holds, asked for once typing pauses; `terms` is null while there is too little to search. */
export function useMenuSearch(input: string) {
  const terms = searchTerms(useDebouncedValue(input, TYPING_PAUSE_MS));
  const { data, previousData, loading, error } = useQuery(SEARCH_MENU, {
    variables: { query: terms ?? '', limit: SEARCH_LIMIT },
    skip: terms === null,
  });
  const hits = terms === null ? null : (data ?? previousData)?.search_menu;
  return { terms, hits: hits ?? null, loading: terms !== null && loading, error: terms === null ? undefined : error };
}
