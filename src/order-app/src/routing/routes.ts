// The app's screens and their URLs. Pure: matching a path never touches the browser.

export type Route =
  | { name: 'restaurants' }
  | { name: 'login'; next: string | null }
  | { name: 'menu'; restaurantId: number }
  | { name: 'checkout'; restaurantId: number }
  | { name: 'orders'; page: number }
  | { name: 'order'; orderId: string }
  | { name: 'receipt'; orderId: string }
  | { name: 'addresses' }
  | { name: 'kitchen' }
  | { name: 'deliveries' }
  | { name: 'not-found' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function matchRoute(pathname: string, search = ''): Route {
  const params = new URLSearchParams(search);
  const parts = pathname.split('/').filter(Boolean);
  const [first, second, third] = parts;
  if (parts.length === 0) return { name: 'restaurants' };
  if (first === 'login' && parts.length === 1) {
    const next = params.get('next');
    return { name: 'login', next: next && next.startsWith('/') && !next.startsWith('//') ? next : null };
  }
  if (first === 'restaurants' && second && /^\d+$/.test(second)) {
    const restaurantId = Number(second);
    if (parts.length === 2) return { name: 'menu', restaurantId };
    if (parts.length === 3 && third === 'checkout') return { name: 'checkout', restaurantId };
  }
  if (first === 'orders' && parts.length === 1) {
    const page = Number(params.get('page') ?? '1');
    return { name: 'orders', page: Number.isInteger(page) && page >= 1 ? page : 1 };
  }
  if (first === 'orders' && second && UUID.test(second) && parts.length === 2) return { name: 'order', orderId: second.toLowerCase() };
  if (first === 'orders' && second && UUID.test(second) && parts.length === 3 && third === 'receipt') return { name: 'receipt', orderId: second.toLowerCase() };
  if (first === 'addresses' && parts.length === 1) return { name: 'addresses' };
  if (first === 'kitchen' && parts.length === 1) return { name: 'kitchen' };
  if (first === 'deliveries' && parts.length === 1) return { name: 'deliveries' };
  return { name: 'not-found' };
}

export const paths = {
  restaurants: () => '/',
  login: (next?: string) => (next && next !== '/' ? `/login?next=${encodeURIComponent(next)}` : '/login'),
  menu: (restaurantId: number) => `/restaurants/${restaurantId}`,
  checkout: (restaurantId: number) => `/restaurants/${restaurantId}/checkout`,
  orders: (page = 1) => (page > 1 ? `/orders?page=${page}` : '/orders'),
  order: (orderId: string) => `/orders/${orderId}`,
  receipt: (orderId: string) => `/orders/${orderId}/receipt`,
  addresses: () => '/addresses',
  kitchen: () => '/kitchen',
  deliveries: () => '/deliveries',
};

/** Which screens need a login, and with which role. */
export function requiredRole(route: Route): 'customer' | 'restaurant' | 'agent' | null {
  switch (route.name) {
    case 'checkout':
    case 'orders':
    case 'order':
    case 'receipt':
    case 'addresses':
      return 'customer';
    case 'kitchen':
      return 'restaurant';
    case 'deliveries':
      return 'agent';
    default:
      return null;
  }
}
