import { describe, expect, it } from 'vitest';
import { ADDRESS_GONE, addressRefusal } from '../src/addresses/address-refusal.js';
import { addressDraft, addressInput, addressProblems, EMPTY_ADDRESS } from '../src/addresses/address-rules.js';

describe('addressProblems', () => {
  it('checks the database’s bounds on the trimmed text: a label of 1-40, an address of 5-300, a note of at most 300', () => {
    expect(addressProblems({ label: ' Home ', address: ' 1 Elm Street ', courierNote: 'x'.repeat(300) })).toEqual([]);
    expect(addressProblems({ label: 'x'.repeat(40), address: 'x'.repeat(300), courierNote: '' })).toEqual([]);
    expect(addressProblems({ label: '  ', address: 'abc  ', courierNote: 'x'.repeat(301) })).toEqual([
      { field: 'label', message: 'Name the address (1 to 40 characters), e.g. Home.' },
      { field: 'address', message: 'Enter the address (5 to 300 characters).' },
      { field: 'note', message: 'Keep the note for the courier under 301 characters.' },
    ]);
    expect(addressProblems({ label: 'x'.repeat(41), address: 'x'.repeat(301), courierNote: '' }).map((p) => p.field)).toEqual(['label', 'address']);
    expect(addressProblems(EMPTY_ADDRESS).map((p) => p.field)).toEqual(['label', 'address']);
  });

  it('sends the columns trimmed, and starts an edit from the saved ones', () => {
    expect(addressInput({ label: ' Work ', address: ' 2 Office Park\n', courierNote: '  ' })).toEqual({ label: 'Work', address: '2 Office Park', courier_note: '' });
    expect(addressDraft({ label: 'Home', address: '1 Elm Street', courier_note: 'Ring twice' })).toEqual({ label: 'Home', address: '1 Elm Street', courierNote: 'Ring twice' });
  });
});

describe('addressRefusal', () => {
  it('says the database’s reasons in words; other errors are not its to say', () => {
    expect(addressRefusal(['Check constraint violation. a customer can save up to 20 addresses'])).toBe('You can save up to 20 addresses. Delete one to add another.');
    expect(addressRefusal(['Check constraint violation. only its customer may save or change an address'])).toBe('Only the customer who saved this address can change it.');
    expect(addressRefusal(['Check constraint violation. new row for relation "customer_addresses" violates check constraint "customer_addresses_label_check"'])).toMatch(
      /^The address was refused: check its name/,
    );
    expect(addressRefusal(['field "customer_addresses" not found in type: \'query_root\''])).toBeNull();
    expect(ADDRESS_GONE).toMatch(/no longer saved/);
  });
});
