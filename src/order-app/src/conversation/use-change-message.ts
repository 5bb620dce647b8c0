import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../gql/index.js';

// Edit and delete are updates of one's own message within 10 minutes (permission and trigger);
// a delete sets deleted_at and the trigger takes the text away. Either way everyone gets the
// change through the stream, as a new revision of the row.
export const EDIT_MESSAGE = graphql(`
  mutation EditMessage($id: uuid!, $body: String!) {
    update_order_messages_by_pk(pk_columns: { id: $id }, _set: { body: $body }) {
      id
    }
  }
`);

export const DELETE_MESSAGE = graphql(`
  mutation DeleteMessage($id: uuid!, $at: timestamptz!) {
    update_order_messages_by_pk(pk_columns: { id: $id }, _set: { deleted_at: $at }) {
      id
    }
  }
`);

/** Each resolves to false when the row no longer matched (the window closed meanwhile). */
export function useChangeMessage() {
  const [edit] = useMutation(EDIT_MESSAGE);
  const [remove] = useMutation(DELETE_MESSAGE);
  return {
    edit: useCallback(async (id: string, body: string) => (await edit({ variables: { id, body } })).data?.update_order_messages_by_pk != null, [edit]),
    remove: useCallback(async (id: string) => (await remove({ variables: { id, at: new Date().toISOString() } })).data?.update_order_messages_by_pk != null, [remove]),
  };
}
