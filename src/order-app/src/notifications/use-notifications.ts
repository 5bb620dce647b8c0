import { useMutation, useSubscription } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../gql/index.js';

// Written by the notify function for every member of a conversation but the sender (a message,
// a status change); each user reads and marks read only their own (permission on user_id).
export const MY_NOTIFICATIONS = graphql(`
  subscription MyNotifications {
    notifications(order_by: { created_at: desc }, limit: 20) {
      id
      order_id
      kind
      title
      body
      created_at
      read_at
    }
  }
`);

export const MY_UNREAD_NOTIFICATIONS = graphql(`
  subscription MyUnreadNotifications {
    notifications_aggregate(where: { read_at: { _is_null: true } }) {
      aggregate {
        count
      }
    }
  }
`);

export const MARK_NOTIFICATIONS_READ = graphql(`
  mutation MarkNotificationsRead($ids: [uuid!]!, $at: timestamptz!) {
    update_notifications(where: { id: { _in: $ids }, read_at: { _is_null: true } }, _set: { read_at: $at }) {
      affected_rows
    }
  }
`);

export function useNotifications(skip: boolean) {
  const list = useSubscription(MY_NOTIFICATIONS, { skip });
  const unread = useSubscription(MY_UNREAD_NOTIFICATIONS, { skip });
  return {
    notifications: list.data?.notifications ?? null,
    unread: unread.data?.notifications_aggregate.aggregate?.count ?? 0,
  };
}

export function useMarkNotificationsRead() {
  const [mutate] = useMutation(MARK_NOTIFICATIONS_READ);
  return useCallback((ids: string[]) => (ids.length === 0 ? Promise.resolve() : mutate({ variables: { ids, at: new Date().toISOString() } }).then(() => undefined)), [mutate]);
}
