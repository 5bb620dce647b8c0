import { useSubscription } from '@apollo/client/react';
import { graphql } from '../gql/index.js';

// Who is in the conversation, who of them is online and who is typing: three live queries, as a
// subscription has one root field. The two views derive their flag from a timestamp and now()
// (user_presence_status, order_typing), so the engine polls them every second and a dot or an
// indicator goes away by itself once the writes stop.
export const CONVERSATION_MEMBERS = graphql(`
  subscription ConversationMembers($orderId: uuid!) {
    order_conversation_member_list(where: { order_id: { _eq: $orderId } }, order_by: { member_role: asc, username: asc }) {
      order_id
      user_id
      member_role
      username
    }
  }
`);

export const CONVERSATION_PRESENCE = graphql(`
  subscription ConversationPresence($orderId: uuid!) {
    user_presence_status(where: { conversations: { order_id: { _eq: $orderId } } }) {
      user_id
      online
    }
  }
`);

export const CONVERSATION_TYPING = graphql(`
  subscription ConversationTyping($orderId: uuid!) {
    order_typing(where: { order_id: { _eq: $orderId } }) {
      order_id
      user_id
    }
  }
`);

export interface ConversationPeople {
  members: { user_id: string; member_role: string; username: string }[];
  online: Set<string>;
  typing: Set<string>;
}

export function useConversationPeople(orderId: string, skip = false): ConversationPeople {
  const members = useSubscription(CONVERSATION_MEMBERS, { variables: { orderId }, skip });
  const presence = useSubscription(CONVERSATION_PRESENCE, { variables: { orderId }, skip });
  const typing = useSubscription(CONVERSATION_TYPING, { variables: { orderId }, skip });
  // View columns are nullable in the schema; every row of these views has them.
  const ids = (rows: readonly { user_id: string | null }[]) => rows.flatMap((r) => (r.user_id === null ? [] : [r.user_id]));
  return {
    members: (members.data?.order_conversation_member_list ?? []).flatMap((m) =>
      m.user_id !== null && m.member_role !== null && m.username !== null ? [{ user_id: m.user_id, member_role: m.member_role, username: m.username }] : [],
    ),
    online: new Set(ids((presence.data?.user_presence_status ?? []).filter((p) => p.online === true))),
    typing: new Set(ids(typing.data?.order_typing ?? [])),
  };
}
