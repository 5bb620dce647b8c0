import { useLazyQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../gql/index.js';
import { useCart } from '../cart/cart-context.js';
import { reorderPlan, type ReorderPlan } from './reorder-plan.js';

// Today's menu for the order's dishes, asked at the moment of the click (network-only: a price
// or availability from the cache could be stale); the price paid comes with each line.
export const REORDER_ITEMS = graphql(`
  query ReorderItems($id: uuid!) {
    orders_by_pk(id: $id) {
      id
      restaurant {
        id
        name
        is_open
      }
      items(order_by: { id: asc }) {
        id
        quantity
        unit_price_cents
        menu_item {
          id
          name
          price_cents
          is_available
        }
      }
    }
  }
`);

export interface ReorderOutcome extends ReorderPlan {
  restaurantId: number;
  restaurantName: string;
  /** The cart held other dishes, which these replaced. */
  replacedCart: boolean;
}

/** Puts a past order's dishes into the cart as today's menu has them; answers what was done, or null if the order is not readable. */
export function useReorder() {
  const { cart, dispatch } = useCart();
  const [load, state] = useLazyQuery(REORDER_ITEMS, { fetchPolicy: 'network-only' });
  const reorder = useCallback(
    async (orderId: string): Promise<ReorderOutcome | null> => {
      const { data } = await load({ variables: { id: orderId } });
      const order = data?.orders_by_pk;
      if (!order) return null;
      const plan = reorderPlan(
        order.items.map((item) => ({
          menuItemId: item.menu_item.id,
          name: item.menu_item.name,
          quantity: item.quantity,
          paidUnitCents: item.unit_price_cents,
          priceCents: item.menu_item.price_cents,
          isAvailable: item.menu_item.is_available,
        })),
        { name: order.restaurant.name, isOpen: order.restaurant.is_open },
      );
      const replacedCart = cart.lines.length > 0;
      dispatch({ type: 'fill', restaurantId: order.restaurant.id, restaurantName: order.restaurant.name, lines: plan.lines });
      return { ...plan, restaurantId: order.restaurant.id, restaurantName: order.restaurant.name, replacedCart };
    },
    [load, cart.lines.length, dispatch],
  );
  return { reorder, loading: state.loading };
}
