import { gql, type TypedDocumentNode } from '@apollo/client';
import { Link } from '../routing/router.js';
import { paths } from '../routing/routes.js';

export interface RestaurantCardRestaurant {
  __typename?: 'restaurants';
  id: number;
  name: string;
  cuisine: string;
  description: string;
  is_open: boolean;
}

export const RESTAURANT_CARD_FRAGMENT: TypedDocumentNode<RestaurantCardRestaurant> = gql`
  fragment RestaurantCard_restaurant on restaurants {
    id
    name
    cuisine
    description
    is_open
  }
`;

export function RestaurantCard({ restaurant }: { restaurant: RestaurantCardRestaurant }) {
  return (
    <li className={`restaurant-card${restaurant.is_open ? '' : ' is-closed'}`}>
      <Link to={paths.menu(restaurant.id)} className="restaurant-link">
        <span className="restaurant-name">{restaurant.name}</span>
        <span className="restaurant-meta">
          <span className="cuisine">{restaurant.cuisine}</span>
          <span className={restaurant.is_open ? 'open-badge' : 'closed-badge'}>{restaurant.is_open ? 'Open' : 'Closed'}</span>
        </span>
        <span className="restaurant-description">{restaurant.description}</span>
      </Link>
    </li>
  );
}
