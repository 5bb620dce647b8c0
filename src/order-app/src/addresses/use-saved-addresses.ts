import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { isUniquenessViolation } from '../apollo/errors.js';
import { graphql } from '../gql/index.js';
import type { SavedAddress } from './delivery-choice.js';

// The permission shows a customer only their own addresses; no filter is needed here.
export const SAVED_ADDRESSES = graphql(`
  query SavedAddresses {
    customer_addresses(order_by: [{ is_default: desc }, { created_at: asc }]) {
      id
      label
      address
      courier_note
      is_default
    }
  }
`);

export const SAVE_ADDRESS = graphql(`
  mutation SaveAddress($id: uuid!, $label: String!, $address: String!, $courierNote: String!) {
    insert_customer_addresses_one(object: { id: $id, label: $label, address: $address, courier_note: $courierNote }) {
      id
      label
      address
      courier_note
      is_default
    }
  }
`);

/** The customer's saved addresses; none while loading or when they cannot be read (checkout then takes a typed one). */
export function useSavedAddresses(): { addresses: SavedAddress[]; loading: boolean } {
  const { data, loading } = useQuery(SAVED_ADDRESSES, { fetchPolicy: 'cache-and-network' });
  return { addresses: data?.customer_addresses ?? [], loading: loading && !data };
}

/**
 * Saves an address under a client-generated id, so a retry after a lost answer finds the first
 * insert (a primary-key conflict) and counts it as saved instead of saving it twice.
 */
export function useSaveAddress() {
  const [mutate] = useMutation(SAVE_ADDRESS, { refetchQueries: [SAVED_ADDRESSES] });
  return useCallback(
    async (variables: { id: string; label: string; address: string; courierNote: string }): Promise<string> => {
      try {
        await mutate({ variables });
      } catch (error) {
        if (!isUniquenessViolation(error)) throw error;
      }
      return variables.id;
    },
    [mutate],
  );
}
