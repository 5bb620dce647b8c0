// The tab title of each screen: "Order 8B29C6D1 · 3factor food". Pure, from the route alone, so
// it is right before the page's data arrives.
import { shortOrderId } from '@3factor/domain';
import type { Route } from './routes.js';

const APP = '3factor food';

export function pageTitle(route: Route): string {
  return `${screenName(route)} · ${APP}`;
}

function screenName(route: Route): string {
  switch (route.name) {
    case 'restaurants':
      return 'Restaurants';
    case 'login':
      return 'Log in';
    case 'menu':
      return 'Menu';
    case 'checkout':
      return 'Checkout';
    case 'orders':
      return route.page > 1 ? `My orders, page ${route.page}` : 'My orders';
    case 'order':
      return `Order ${shortOrderId(route.orderId)}`;
    case 'receipt':
      return `Receipt ${shortOrderId(route.orderId)}`;
    case 'addresses':
      return 'Saved addresses';
    case 'kitchen':
      return 'Kitchen';
    case 'deliveries':
      return 'Deliveries';
    case 'not-found':
      return 'Page not found';
  }
}
