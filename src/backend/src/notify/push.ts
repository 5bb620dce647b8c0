import webpush from 'web-push';
import type pg from 'pg';
import type { BackendConfig } from '../shared/config.js';
import { toError } from '../shared/errors.js';
import type { Logger } from '../shared/logger.js';

/** What a browser's service worker receives: the notification, and the order to open on a click. */
export interface PushMessage {
  title: string;
  body: string;
  orderId: string;
}

/** The push service says the subscription is gone (the browser unsubscribed or the user cleared it). */
const GONE = new Set([404, 410]);

/**
 * Web Push to every subscription of `userIds`, after the notifications committed. Best
 * effort: a failed push is logged and never fails the event, because a redelivery would push
 * again to everyone; the notifications rows, which the apps subscribe to, are what count.
 * A subscription the push service calls gone is deleted.
 */
export async function pushToUsers(
  pool: pg.Pool,
  vapid: NonNullable<BackendConfig['webPush']>,
  userIds: readonly string[],
  message: PushMessage,
  logger: Logger,
): Promise<{ sent: number; gone: number; failed: number }> {
  const counts = { sent: 0, gone: 0, failed: 0 };
  if (userIds.length === 0) return counts;
  const found = await pool.query<{ id: string; endpoint: string; p256dh: string; auth: string }>(
    'SELECT id, endpoint, p256dh, auth FROM push_subscriptions WHERE user_id = ANY($1::uuid[])',
    [userIds],
  );
  const payload = JSON.stringify(message);
  await Promise.all(
    found.rows.map(async (sub) => {
      try {
        await webpush.sendNotification({ endpoint: sub.endpoint, keys: { p256dh: sub.p256dh, auth: sub.auth } }, payload, {
          vapidDetails: vapid,
          TTL: 3600,
          timeout: 5000,
        });
        counts.sent++;
      } catch (thrown) {
        const status = (thrown as { statusCode?: number }).statusCode;
        if (status !== undefined && GONE.has(status)) {
          await pool.query('DELETE FROM push_subscriptions WHERE id = $1', [sub.id]);
          counts.gone++;
        } else {
          counts.failed++;
          logger.warn({ err: toError(thrown), status, subscription: sub.id }, 'web push failed');
        }
      }
    }),
  );
  return counts;
}
