import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { graphql } from '../gql/index.js';
import { RestaurantCard } from './RestaurantCard.js';
import { friendlyError } from '../apollo/errors.js';
import { MenuSearch } from '../search/MenuSearch.js';

// The page reads cuisine itself, for the filter; the card declares the rest.
export const RESTAURANTS = graphql(`
  query Restaurants {
    restaurants(order_by: [{ is_open: desc }, { name: asc }]) {
      id
      cuisine
      ...RestaurantCard_restaurant
    }
  }
`);

const ALL = 'All';

/** Restaurants, open ones first, with a cuisine filter and a search of every menu. Anyone may browse; ordering needs a login. */
export function RestaurantsPage() {
  const { data, loading, error } = useQuery(RESTAURANTS);
  const [cuisine, setCuisine] = useState(ALL);
  const restaurants = data?.restaurants;
  const cuisines = useMemo(() => [ALL, ...new Set((restaurants ?? []).map((r) => r.cuisine).sort())], [restaurants]);
  const shown = (restaurants ?? []).filter((r) => cuisine === ALL || r.cuisine === cuisine);

  return (
    <section aria-labelledby="restaurants-heading">
      <header className="page-header">
        <h1 id="restaurants-heading">Restaurants</h1>
      </header>
      <MenuSearch />
      {error && !restaurants && (
        <p className="notice notice-error" role="alert">
          {friendlyError(error)}
        </p>
      )}
      {loading && !restaurants && <p role="status">Loading restaurants…</p>}
      {restaurants && (
        <>
          <fieldset className="chips">
            <legend className="visually-hidden">Cuisine</legend>
            {cuisines.map((c) => (
              <label key={c} className={`chip${c === cuisine ? ' is-selected' : ''}`}>
                <input type="radio" name="cuisine" value={c} checked={c === cuisine} onChange={() => setCuisine(c)} />
                {c}
              </label>
            ))}
          </fieldset>
          <ul className="restaurant-list" aria-label="Restaurants">
            {shown.map((restaurant) => (
              <RestaurantCard key={restaurant.id} restaurant={restaurant} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
