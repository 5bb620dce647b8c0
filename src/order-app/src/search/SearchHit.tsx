import { getFragmentData, graphql, type FragmentType } from '../gql/index.js';
import { Link } from '../routing/router.js';
import { paths } from '../routing/routes.js';
import { formatCents } from '@3factor/domain';

export const SEARCH_HIT_FRAGMENT = graphql(`
  fragment SearchHit_hit on menu_search_results {
    menu_item_id
    restaurant_id
    name
    description
    price_cents
    restaurant_name
    is_open
  }
`);

/** One dish found, with its restaurant; it leads to that restaurant's menu. */
export function SearchHit(props: { hit: FragmentType<typeof SEARCH_HIT_FRAGMENT> }) {
  const hit = getFragmentData(SEARCH_HIT_FRAGMENT, props.hit);
  // A view's columns are nullable in the schema; search_menu always fills this one.
  if (hit.restaurant_id === null) return null;
  return (
    <li className={`search-hit${hit.is_open ? '' : ' is-closed'}`}>
      <Link to={paths.menu(hit.restaurant_id)} className="search-hit-link">
        <span className="search-hit-text">
          <span className="menu-item-name">{hit.name}</span>
          <span className="muted">
            {hit.restaurant_name}
            {!hit.is_open && ' · Closed'}
          </span>
          {hit.description && <span className="small muted">{hit.description}</span>}
        </span>
        <span className="price">{formatCents(hit.price_cents)}</span>
      </Link>
    </li>
  );
}
