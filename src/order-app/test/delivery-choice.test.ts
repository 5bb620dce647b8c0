import { describe, expect, it } from 'vitest';
import { deliveryRequest, initialChoice, NEW_ADDRESS, type DeliveryDraft, type SavedAddress } from '../src/addresses/delivery-choice.js';

const home: SavedAddress = { id: 'a1', label: 'Home', address: '1 Elm Street', courier_note: 'Ring twice', is_default: false };
const work: SavedAddress = { id: 'a2', label: 'Work', address: '2 Office Park', courier_note: '', is_default: true };
const draft = (change: Partial<DeliveryDraft> = {}): DeliveryDraft => ({ choice: NEW_ADDRESS, typedAddress: '', courierNote: '', saveTyped: false, label: '', ...change });

describe('initialChoice', () => {
  it('starts with the default address, else the first saved one, else a typed address', () => {
    expect(initialChoice([home, work])).toBe('a2');
    expect(initialChoice([home])).toBe('a1');
    expect(initialChoice([])).toBe(NEW_ADDRESS);
  });
});

describe('deliveryRequest', () => {
  it('a saved address goes by its id; an empty note leaves the saved note to the database', () => {
    expect(deliveryRequest(draft({ choice: 'a1', courierNote: '  ' }), [home, work])).toEqual({ kind: 'saved', addressId: 'a1', courierNote: null });
    expect(deliveryRequest(draft({ choice: 'a1', courierNote: ' Call me ' }), [home])).toEqual({ kind: 'saved', addressId: 'a1', courierNote: 'Call me' });
  });

  it('a typed address is trimmed and bounded to 5-300 characters, as the database does', () => {
    expect(deliveryRequest(draft({ typedAddress: '  9 Oak Road ' }), [home])).toEqual({ kind: 'typed', deliveryAddress: '9 Oak Road', courierNote: null, save: null });
    expect(deliveryRequest(draft({ typedAddress: 'abc' }), [])).toEqual({ field: 'address', message: 'Enter a delivery address (5 to 300 characters).' });
    expect(deliveryRequest(draft({ typedAddress: 'x'.repeat(301) }), [])).toMatchObject({ field: 'address' });
  });

  it('a choice that is no longer saved (deleted elsewhere) falls back to the typed address', () => {
    expect(deliveryRequest(draft({ choice: 'gone', typedAddress: '9 Oak Road' }), [home])).toMatchObject({ kind: 'typed', deliveryAddress: '9 Oak Road' });
  });

  it('saving a typed address needs a label of 1-40 characters', () => {
    expect(deliveryRequest(draft({ typedAddress: '9 Oak Road', saveTyped: true, label: ' ' }), [])).toMatchObject({ field: 'label' });
    expect(deliveryRequest(draft({ typedAddress: '9 Oak Road', saveTyped: true, label: 'x'.repeat(41) }), [])).toMatchObject({ field: 'label' });
    expect(deliveryRequest(draft({ typedAddress: '9 Oak Road', saveTyped: true, label: ' Home ', courierNote: 'Blue gate' }), [])).toEqual({
      kind: 'typed',
      deliveryAddress: '9 Oak Road',
      courierNote: 'Blue gate',
      save: { label: 'Home' },
    });
  });

  it('a note over 300 characters is refused before anything is sent', () => {
    expect(deliveryRequest(draft({ choice: 'a1', courierNote: 'x'.repeat(301) }), [home])).toMatchObject({ field: 'note' });
  });
});
