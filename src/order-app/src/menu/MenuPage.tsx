import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../gql/index.js';
import { MenuItemRow, type MenuItemRowItem } from './MenuItemRow.js';
import { MenuFilters, useDishTags } from './MenuFilters.js';
import { matchesFilter, type DishFilter } from './dish-filter.js';
import { CartSummary } from '../cart/CartSummary.js';
import { useCart } from '../cart/cart-context.js';
import { canAddOne, cartItemCount, cartSubtotalCents, quantityOf } from '../cart/cart.js';
import { useSession } from '../auth/session-context.js';
import { formatCents, formatQuantity } from '@3factor/domain';
import { Link } from '../routing/router.js';
import { paths } from '../routing/routes.js';
import { friendlyError } from '../apollo/errors.js';
import { deliveryTimeText } from '../restaurants/arrival-time.js';

export const RESTAURANT_MENU = graphql(`
  query RestaurantMenu($id: Int!) {
    restaurants_by_pk(id: $id) {
      id
      name
      cuisine
      description
      is_open
      arrival_estimate_seconds
      menu_items(order_by: { id: asc }) {
        id
        tags(order_by: { dish_tag: { position: asc } }) {
          tag
        }
        ...MenuItemRow_menuItem
      }
    }
  }
`);

export function MenuPage({ restaurantId }: { restaurantId: number }) {
  const { data, loading, error } = useQuery(RESTAURANT_MENU, { variables: { id: restaurantId } });
  const { cart, dispatch } = useCart();
  const { session } = useSession();
  // Staff accounts cannot place orders (the customer role alone may insert them): say so here, not at checkout.
  const staff = session !== null && session.role !== 'customer';
  const [pendingItem, setPendingItem] = useState<MenuItemRowItem | null>(null);
  const restaurant = data?.restaurants_by_pk;
  const vocabulary = useDishTags();
  const [ticked, setTicked] = useState<DishFilter>(() => new Set());

  if (error && !restaurant) {
    return (
      <p className="notice notice-error" role="alert">
        {friendlyError(error)}
      </p>
    );
  }
  if (loading && !restaurant) return <p role="status">Loading the menu…</p>;
  if (!restaurant) {
    return (
      <div className="card" role="alert">
        <h1>Restaurant not found</h1>
        <Link to={paths.restaurants()}>Back to restaurants</Link>
      </div>
    );
  }

  const add = (item: MenuItemRowItem) => {
    dispatch({
      type: 'add',
      restaurantId: restaurant.id,
      restaurantName: restaurant.name,
      item: { menuItemId: item.id, name: item.name, priceCents: item.price_cents },
    });
  };
  const onAdd = (item: MenuItemRowItem) => {
    if (cart.restaurantId !== null && cart.restaurantId !== restaurant.id && cart.lines.length > 0) setPendingItem(item);
    else add(item);
  };
  const cartIsHere = cart.restaurantId === restaurant.id && cart.lines.length > 0;
  const shown = restaurant.menu_items.filter((item) =>
    matchesFilter(
      item.tags.map((t) => t.tag),
      ticked,
      vocabulary,
    ),
  );

  return (
    <div className="menu-layout">
      <section aria-labelledby="menu-heading" className="menu">
        <header className="page-header">
          <Link to={paths.restaurants()} className="back-link">
            ← Restaurants
          </Link>
          <h1 id="menu-heading">{restaurant.name}</h1>
          <p className="muted">
            {restaurant.cuisine} · {restaurant.description}
          </p>
          {restaurant.is_open && deliveryTimeText(restaurant.arrival_estimate_seconds) && (
            <p className="muted" data-testid="restaurant-arrival-estimate">
              {deliveryTimeText(restaurant.arrival_estimate_seconds)}
            </p>
          )}
          {staff && (
            <p className="notice notice-info" role="status">
              You are logged in as staff ({session.username}). Log in with a customer account to order.
            </p>
          )}
          {!restaurant.is_open && (
            <p className="notice notice-info" role="status">
              {restaurant.name} is closed right now. You can look at the menu, but not order.
            </p>
          )}
        </header>
        {pendingItem && (
          <div className="notice notice-info" role="alertdialog" aria-labelledby="replace-cart-text">
            <p id="replace-cart-text">
              Your cart has items from {cart.restaurantName}. Start a new cart with {pendingItem.name} from {restaurant.name}?
            </p>
            <div className="button-row">
              <button
                type="button"
                className="button button-primary"
                autoFocus
                onClick={() => {
                  add(pendingItem);
                  setPendingItem(null);
                }}
              >
                Start a new cart
              </button>
              <button type="button" className="button" onClick={() => setPendingItem(null)}>
                Keep my cart
              </button>
            </div>
          </div>
        )}
        <MenuFilters vocabulary={vocabulary} ticked={ticked} onChange={setTicked} />
        {shown.length === 0 && <p className="muted">No dish matches these filters.</p>}
        <ul className="menu-items" aria-label="Menu">
          {shown.map((item) => (
            <MenuItemRow
              key={item.id}
              item={item}
              quantityInCart={quantityOf(cart, item.id)}
              canOrder={restaurant.is_open && !staff && (cart.restaurantId !== restaurant.id || canAddOne(cart, item.id))}
              onAdd={onAdd}
            />
          ))}
        </ul>
      </section>
      <CartSummary>
        {cartIsHere && (
          <Link to={paths.checkout(restaurant.id)} className="button button-primary button-block">
            Go to checkout
          </Link>
        )}
        {!cartIsHere && cart.lines.length > 0 && cart.restaurantId !== null && (
          <Link to={paths.menu(cart.restaurantId)} className="button button-block">
            Back to {cart.restaurantName}
          </Link>
        )}
      </CartSummary>
      {cartIsHere && (
        <Link to={paths.checkout(restaurant.id)} className="cart-bar" aria-hidden="true" tabIndex={-1}>
          <span>Checkout · {formatQuantity(cartItemCount(cart), 'item')}</span>
          <span>{formatCents(cartSubtotalCents(cart))}</span>
        </Link>
      )}
    </div>
  );
}
