import { isOrderStatus, ORDER_STATUS_LABELS } from '@3factor/domain';

/** One notification's text; the rows are written per member by process.ts. */
export interface NotificationText {
  title: string;
  body: string;
}

/** What a notification may carry of a message: enough to read on a lock screen, never the whole text. */
export const MESSAGE_PREVIEW_LENGTH = 140;

export function messageNotification(senderName: string, body: string): NotificationText {
  const text = body.replace(/\s+/g, ' ').trim();
  const preview = text.length > MESSAGE_PREVIEW_LENGTH ? `${text.slice(0, MESSAGE_PREVIEW_LENGTH - 1)}…` : text;
  return { title: `Message from ${senderName}`, body: preview };
}

/** The statuses whose notification carries the order's reason (rejection_reason). */
export function statusCarriesReason(toStatus: string): boolean {
  return ['rejected', 'restaurant_rejected', 'cancelled'].includes(toStatus);
}

/** A status change as a person reads it; the order's short id tells two orders apart. */
export function statusNotification(orderId: string, toStatus: string, rejectionReason: string | null): NotificationText {
  const label = isOrderStatus(toStatus) ? ORDER_STATUS_LABELS[toStatus] : toStatus;
  const reason = rejectionReason && statusCarriesReason(toStatus) ? rejectionReason : '';
  return { title: `Order ${orderId.slice(0, 8)}: ${label}`, body: reason.slice(0, 500) };
}

/**
 * Who changed the order, from the event's session: a person acting through GraphQL (not
 * admin) is not told about their own change. Functions and operators change orders as
 * admin or without a session, and then every member is told.
 */
export function actingUser(sessionVariables: Record<string, unknown> | null | undefined): string | null {
  if (!sessionVariables) return null;
  const role = sessionVariables['x-hasura-role'];
  const userId = sessionVariables['x-hasura-user-id'];
  if (typeof role !== 'string' || role === 'admin' || typeof userId !== 'string') return null;
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(userId) ? userId.toLowerCase() : null;
}
