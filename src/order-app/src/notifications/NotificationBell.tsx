import { useEffect, useId, useRef, useState } from 'react';
import { formatTime } from '@3factor/domain';
import { Link } from '../routing/router.js';
import { paths } from '../routing/routes.js';
import type { Role } from '../auth/session.js';
import { alertIfHidden, alertPermission, arrivals, askAlertPermission, type AlertPermission } from './browser-notification.js';
import { useMarkNotificationsRead, useNotifications } from './use-notifications.js';

/** Where a notification about an order leads: the customer's order page, or the staff's own view. */
function orderLink(role: Role, orderId: string): string {
  if (role === 'restaurant') return paths.kitchen();
  if (role === 'agent') return paths.deliveries();
  return paths.order(orderId);
}

/** The header's bell: unread count, the latest notifications live, mark read; alerts when the tab is hidden. */
export function NotificationBell({ role }: { role: Role }) {
  const { notifications, unread } = useNotifications(false);
  const markRead = useMarkNotificationsRead();
  const [open, setOpen] = useState(false);
  const [permission, setPermission] = useState<AlertPermission>(alertPermission);
  const listId = useId();
  const previous = useRef<typeof notifications>(null);

  useEffect(() => {
    if (notifications === null) return;
    for (const n of arrivals(previous.current, notifications)) if (n.read_at === null) alertIfHidden(n.title, n.body, n.id);
    previous.current = notifications;
  }, [notifications]);

  const unreadIds = (notifications ?? []).filter((n) => n.read_at === null).map((n) => n.id);
  return (
    <div className="notification-bell">
      <button
        type="button"
        className="link-button"
        aria-expanded={open}
        aria-controls={listId}
        aria-label={unread > 0 ? `Notifications, ${unread} unread` : 'Notifications'}
        data-testid="notification-bell"
        onClick={() => setOpen(!open)}
      >
        <svg className="bell-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
          />
        </svg>
        {unread > 0 && (
          <span className="unread-badge" aria-hidden="true">
            {unread}
          </span>
        )}
      </button>
      {open && (
        <div id={listId} className="notification-panel card">
          <div className="button-row">
            <button type="button" className="button" disabled={unreadIds.length === 0} onClick={() => void markRead(unreadIds).catch(() => undefined)}>
              Mark all read
            </button>
            {permission === 'default' && (
              <button type="button" className="button" onClick={() => void askAlertPermission().then(setPermission)}>
                Alert me when this tab is hidden
              </button>
            )}
          </div>
          {notifications !== null && notifications.length === 0 && <p className="muted">Nothing yet.</p>}
          {notifications !== null && notifications.length > 0 && (
            <ul className="notification-list" aria-label="Notifications">
              {notifications.map((n) => (
                <li key={n.id} className={n.read_at === null ? 'notification-unread' : undefined}>
                  {n.order_id ? (
                    <Link to={orderLink(role, n.order_id)} onClick={() => void markRead([n.id]).catch(() => undefined)}>
                      {n.title}
                    </Link>
                  ) : (
                    <span>{n.title}</span>
                  )}
                  {n.body && <p className="muted">{n.body}</p>}
                  <time className="muted" dateTime={n.created_at}>
                    {formatTime(n.created_at)}
                  </time>
                  {n.read_at === null && <span className="visually-hidden"> (unread)</span>}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
