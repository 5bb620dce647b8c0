import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql/index.js';
import { SAVED_ADDRESSES } from './use-saved-addresses.js';

// The addresses page's writes. Each is one statement, so the database's rules apply to it as a
// whole: making an address the default clears the previous default inside the same update
// (customer_addresses_enforce), and deleting one leaves the orders placed with it as they were.

export const UPDATE_ADDRESS = graphql(`
  mutation UpdateAddress($id: uuid!, $label: String!, $address: String!, $courierNote: String!) {
    update_customer_addresses_by_pk(pk_columns: { id: $id }, _set: { label: $label, address: $address, courier_note: $courierNote }) {
      id
      label
      address
      courier_note
      is_default
    }
  }
`);

export const MAKE_DEFAULT_ADDRESS = graphql(`
  mutation MakeDefaultAddress($id: uuid!) {
    update_customer_addresses_by_pk(pk_columns: { id: $id }, _set: { is_default: true }) {
      id
      is_default
    }
  }
`);

export const DELETE_ADDRESS = graphql(`
  mutation DeleteAddress($id: uuid!) {
    delete_customer_addresses_by_pk(id: $id) {
      id
    }
  }
`);

/** Changes a label, address and note; the answer's row is null when the address is gone. */
export function useUpdateAddress() {
  const [mutate, state] = useMutation(UPDATE_ADDRESS);
  return { update: mutate, updating: state.loading };
}

/** The previous default changes too, in the database: the list is read again. */
export function useMakeDefaultAddress() {
  const [mutate, state] = useMutation(MAKE_DEFAULT_ADDRESS, { refetchQueries: [SAVED_ADDRESSES], awaitRefetchQueries: true });
  return { makeDefault: mutate, makingDefault: state.loading };
}

export function useDeleteAddress() {
  const [mutate, state] = useMutation(DELETE_ADDRESS, { refetchQueries: [SAVED_ADDRESSES], awaitRefetchQueries: true });
  return { remove: mutate, removing: state.loading };
}
