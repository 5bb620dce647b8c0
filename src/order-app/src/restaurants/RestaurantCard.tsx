import { getFragmentData, graphql, type FragmentType } from '../gql/index.js';
import { Link } from '../routing/router.js';
import { paths } from '../routing/routes.js';
import { RestaurantRating } from './RestaurantRating.js';

export const RESTAURANT_CARD_FRAGMENT = graphql(`
  fragment RestaurantCard_restaurant on restaurants {
    id
    name
    cuisine
    description
    is_open
    rating {
      ...RestaurantRating_rating
    }
  }
`);

export function RestaurantCard(props: { restaurant: FragmentType<typeof RESTAURANT_CARD_FRAGMENT> }) {
  const restaurant = getFragmentData(RESTAURANT_CARD_FRAGMENT, props.restaurant);
  return (
    <li className={`restaurant-card${restaurant.is_open ? '' : ' is-closed'}`}>
      <Link to={paths.menu(restaurant.id)} className="restaurant-link">
        <span className="restaurant-name">{restaurant.name}</span>
        <span className="restaurant-meta">
          <span className="cuisine">{restaurant.cuisine}</span>
          <RestaurantRating rating={restaurant.rating} />
          <span className={restaurant.is_open ? 'open-badge' : 'closed-badge'}>{restaurant.is_open ? 'Open' : 'Closed'}</span>
        </span>
        <span className="restaurant-description">{restaurant.description}</span>
      </Link>
    </li>
  );
}
