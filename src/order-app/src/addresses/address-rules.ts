// The saved-address form's rules, as the database has them (customer_addresses: a label of 1 to
// 40 characters, an address of 5 to 300, a note of at most 300, all trimmed; at most 20 per
// customer). Pure, so the messages are tested without a browser; the database stays the judge.
import { LABEL_MAX, NOTE_MAX } from './delivery-choice.js';

export const ADDRESS_MIN = 5;
export const ADDRESS_MAX = 300;
/** customer_addresses_enforce refuses a 21st address. */
export const ADDRESSES_MAX = 20;

export interface AddressDraft {
  label: string;
  address: string;
  courierNote: string;
}

export type AddressField = 'label' | 'address' | 'note';
export interface AddressProblem {
  field: AddressField;
  message: string;
}

/** What the form sends: the columns, trimmed. */
export interface AddressInput {
  label: string;
  address: string;
  courier_note: string;
}

export const EMPTY_ADDRESS: AddressDraft = { label: '', address: '', courierNote: '' };

/** Every problem at once, in the form's order, so the customer fixes them in one go. */
export function addressProblems(draft: AddressDraft): AddressProblem[] {
  const problems: AddressProblem[] = [];
  const label = draft.label.trim();
  if (label.length < 1 || label.length > LABEL_MAX) problems.push({ field: 'label', message: `Name the address (1 to ${LABEL_MAX} characters), e.g. Home.` });
  const address = draft.address.trim();
  if (address.length < ADDRESS_MIN || address.length > ADDRESS_MAX)
    problems.push({ field: 'address', message: `Enter the address (${ADDRESS_MIN} to ${ADDRESS_MAX} characters).` });
  if (draft.courierNote.trim().length > NOTE_MAX) problems.push({ field: 'note', message: `Keep the note for the courier under ${NOTE_MAX + 1} characters.` });
  return problems;
}

export function addressInput(draft: AddressDraft): AddressInput {
  return { label: draft.label.trim(), address: draft.address.trim(), courier_note: draft.courierNote.trim() };
}

export function addressDraft(saved: { label: string; address: string; courier_note: string }): AddressDraft {
  return { label: saved.label, address: saved.address, courierNote: saved.courier_note };
}
