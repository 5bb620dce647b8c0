// What checkout sends for "where to": a saved address (the database copies its text and note
// into the order) or a typed one, optionally saved for next time. Pure, so the rules are tested
// without a browser; the bounds are the database's (customer_addresses, orders).

export interface SavedAddress {
  id: string;
  label: string;
  address: string;
  courier_note: string;
  is_default: boolean;
}

/** The radio choice: a saved address's id, or NEW for a typed address. */
export const NEW_ADDRESS = 'new';

export interface DeliveryDraft {
  choice: string;
  typedAddress: string;
  courierNote: string;
  saveTyped: boolean;
  label: string;
}

export type DeliveryRequest =
  { kind: 'saved'; addressId: string; courierNote: string | null } | { kind: 'typed'; deliveryAddress: string; courierNote: string | null; save: { label: string } | null };

export type DeliveryProblem = { field: 'address' | 'note' | 'label'; message: string };

export const NOTE_MAX = 300;
export const LABEL_MAX = 40;

/** The default address if there is one, else the first saved one, else a typed address. */
export function initialChoice(saved: readonly SavedAddress[]): string {
  return (saved.find((a) => a.is_default) ?? saved[0])?.id ?? NEW_ADDRESS;
}

export function deliveryRequest(draft: DeliveryDraft, saved: readonly SavedAddress[]): DeliveryRequest | DeliveryProblem {
  const note = draft.courierNote.trim();
  if (note.length > NOTE_MAX) return { field: 'note', message: `Keep the note for the courier under ${NOTE_MAX + 1} characters.` };
  const courierNote = note === '' ? null : note;
  const chosen = saved.find((a) => a.id === draft.choice);
  if (chosen) return { kind: 'saved', addressId: chosen.id, courierNote };
  const deliveryAddress = draft.typedAddress.trim();
  if (deliveryAddress.length < 5 || deliveryAddress.length > 300) return { field: 'address', message: 'Enter a delivery address (5 to 300 characters).' };
  if (!draft.saveTyped) return { kind: 'typed', deliveryAddress, courierNote, save: null };
  const label = draft.label.trim();
  if (label.length < 1 || label.length > LABEL_MAX) return { field: 'label', message: `Name the address (1 to ${LABEL_MAX} characters), e.g. Home.` };
  return { kind: 'typed', deliveryAddress, courierNote, save: { label } };
}

export function isProblem(result: DeliveryRequest | DeliveryProblem): result is DeliveryProblem {
  return 'field' in result;
}
