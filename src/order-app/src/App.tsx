import { useCallback, useEffect, useRef, useState } from 'react';
import { useSession } from './auth/session-context.js';
import { LoginPage } from './auth/LoginPage.js';
import { Link, navigate, useLocation } from './routing/router.js';
import { matchRoute, paths, requiredRole, type Route } from './routing/routes.js';
import { pageTitle } from './routing/page-title.js';
import { usePageChange } from './routing/use-page-change.js';
import { ConnectionIndicator } from './ui/ConnectionIndicator.js';
import { NotificationBell } from './notifications/NotificationBell.js';
import { usePresenceHeartbeat } from './conversation/use-presence.js';
import { RestaurantsPage } from './restaurants/RestaurantsPage.js';
import { MenuPage } from './menu/MenuPage.js';
import { CheckoutPage } from './checkout/CheckoutPage.js';
import { OrderPage } from './orders/OrderPage.js';
import { ReceiptPage } from './receipt/ReceiptPage.js';
import { MyOrdersPage } from './orders/MyOrdersPage.js';
import { KitchenPage } from './kitchen/KitchenPage.js';
import { DeliveriesPage } from './deliveries/DeliveriesPage.js';
import { AddressesPage } from './addresses/AddressesPage.js';
import { useCart } from './cart/cart-context.js';
import { cartItemCount } from './cart/cart.js';
import { formatQuantity } from '@3factor/domain';

export function App() {
  const { pathname, search } = useLocation();
  const { session } = useSession();
  const route = matchRoute(pathname, search);
  const needed = requiredRole(route);
  const mustLogIn = needed !== null && !session;
  const main = useRef<HTMLElement>(null);
  const [announcement, setAnnouncement] = useState('');
  usePageChange(
    pathname + search,
    pageTitle(route),
    main,
    useCallback((text: string) => setAnnouncement(text), []),
  );

  useEffect(() => {
    if (mustLogIn) navigate(paths.login(pathname + search), { replace: true });
  }, [mustLogIn, pathname, search]);

  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <Header />
      <p className="visually-hidden" aria-live="polite" data-testid="page-announcement">
        {announcement}
      </p>
      <main id="main" tabIndex={-1} ref={main}>
        {mustLogIn ? null : needed && session && session.role !== needed ? <WrongRole needed={needed} /> : <Screen route={route} />}
      </main>
    </>
  );
}

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'restaurants':
      return <RestaurantsPage />;
    case 'login':
      return <LoginPage next={route.next} />;
    case 'menu':
      return <MenuPage restaurantId={route.restaurantId} />;
    case 'checkout':
      return <CheckoutPage restaurantId={route.restaurantId} />;
    case 'orders':
      return <MyOrdersPage page={route.page} />;
    case 'order':
      return <OrderPage orderId={route.orderId} />;
    case 'receipt':
      return <ReceiptPage orderId={route.orderId} />;
    case 'addresses':
      return <AddressesPage />;
    case 'kitchen':
      return <KitchenPage />;
    case 'deliveries':
      return <DeliveriesPage />;
    case 'not-found':
      return (
        <div className="card">
          <h1>Page not found</h1>
          <Link to={paths.restaurants()}>Go to the restaurants</Link>
        </div>
      );
  }
}

function WrongRole({ needed }: { needed: string }) {
  return (
    <div className="card" role="alert">
      <h1>Not available for this account</h1>
      <p>This page is for {needed} accounts. Log out and log in with one to use it.</p>
    </div>
  );
}

function Header() {
  const { session, signOut } = useSession();
  const { cart } = useCart();
  const items = cartItemCount(cart);
  const role = session?.role ?? null;
  // Conversation members are the customer, the kitchen's staff and the courier: they beat, so the others see them online.
  const member = role === 'customer' || role === 'restaurant' || role === 'agent';
  usePresenceHeartbeat(member);
  return (
    <header className="app-header">
      <div className="app-header-inner">
        <Link to={paths.restaurants()} className="brand">
          3factor food
        </Link>
        <ConnectionIndicator />
        <nav aria-label="Main">
          <ul>
            {(role === null || role === 'customer') && (
              <li>
                <Link to={paths.restaurants()}>Restaurants</Link>
              </li>
            )}
            {role === 'customer' && (
              <li>
                <Link to={paths.orders()}>My orders</Link>
              </li>
            )}
            {role === 'customer' && (
              <li>
                <Link to={paths.addresses()}>Addresses</Link>
              </li>
            )}
            {(role === null || role === 'customer') && items > 0 && cart.restaurantId !== null && (
              <li>
                <Link to={paths.checkout(cart.restaurantId)} aria-label={`Cart, ${formatQuantity(items, 'item')}`}>
                  Cart ({items})
                </Link>
              </li>
            )}
            {role === 'restaurant' && (
              <li>
                <Link to={paths.kitchen()}>Kitchen</Link>
              </li>
            )}
            {role === 'agent' && (
              <li>
                <Link to={paths.deliveries()}>Deliveries</Link>
              </li>
            )}
            {member && (
              <li>
                <NotificationBell role={role} />
              </li>
            )}
            {session ? (
              <li>
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Log out ${session.username}`}
                  onClick={() => {
                    signOut();
                    navigate(paths.restaurants());
                  }}
                >
                  Log out
                </button>
              </li>
            ) : (
              <li>
                <Link to={paths.login()}>Log in</Link>
              </li>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
