// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AddressesPage } from '../src/addresses/AddressesPage.js';
import { DELETE_ADDRESS, MAKE_DEFAULT_ADDRESS, UPDATE_ADDRESS } from '../src/addresses/use-manage-addresses.js';
import { SAVE_ADDRESS, SAVED_ADDRESSES } from '../src/addresses/use-saved-addresses.js';
import { renderWithProviders } from './render.js';

const HOME = '00000000-0000-4000-8000-0000000000a1';
const WORK = '00000000-0000-4000-8000-0000000000a2';
const address = (id: string, label: string, text: string, is_default: boolean, courier_note = '') => ({
  __typename: 'customer_addresses',
  id,
  label,
  address: text,
  courier_note,
  is_default,
});
const list = (...rows: ReturnType<typeof address>[]) => ({ request: { query: SAVED_ADDRESSES }, result: { data: { customer_addresses: rows } } });
const refused = (message: string) => ({ errors: [{ message, extensions: { code: 'permission-error', path: '$' } }] });

describe('AddressesPage', () => {
  it('lists the addresses with the default marked, and makes another the default from the list read again', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AddressesPage />, {
      mocks: [
        list(address(HOME, 'Home', '1 Elm Street', true, 'Ring twice'), address(WORK, 'Work', '2 Office Park', false)),
        {
          request: { query: MAKE_DEFAULT_ADDRESS, variables: { id: WORK } },
          result: { data: { update_customer_addresses_by_pk: { __typename: 'customer_addresses', id: WORK, is_default: true } } },
        },
        list(address(WORK, 'Work', '2 Office Park', true), address(HOME, 'Home', '1 Elm Street', false, 'Ring twice')),
      ],
    });
    const home = await screen.findByRole('listitem', { name: /^Home/ });
    expect(within(home).getByText('Default')).toBeTruthy();
    expect(within(home).getByText('Note for the courier: Ring twice')).toBeTruthy();
    expect(within(home).queryByRole('button', { name: 'Make default for Home' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Make default for Work' }));
    expect((await screen.findByRole('status')).textContent).toBe('Work is now your default address.');
    expect(within(screen.getByRole('listitem', { name: /^Work/ })).getByText('Default')).toBeTruthy();
    expect(within(screen.getByRole('listitem', { name: /^Home/ })).queryByText('Default')).toBeNull();
  });

  it('adds an address after showing every problem next to its field, the first one focused', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AddressesPage />, {
      mocks: [
        list(),
        {
          request: { query: SAVE_ADDRESS, variables: (v: Record<string, unknown>) => v['label'] === 'Home' && v['address'] === '1 Elm Street' && v['courierNote'] === '' },
          result: { data: { insert_customer_addresses_one: address(HOME, 'Home', '1 Elm Street', true) } },
        },
        list(address(HOME, 'Home', '1 Elm Street', true)),
      ],
    });
    expect(await screen.findByText(/No saved addresses yet/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add an address' }));
    const form = screen.getByRole('form', { name: 'A new address' });
    await user.type(within(form).getByLabelText('Address'), 'abc');
    await user.click(within(form).getByRole('button', { name: 'Save address' }));
    expect(within(form).getByText('Name the address (1 to 40 characters), e.g. Home.')).toBeTruthy();
    expect(within(form).getByText('Enter the address (5 to 300 characters).')).toBeTruthy();
    const label = within(form).getByLabelText('Name of the address');
    expect(document.activeElement).toBe(label);
    expect(label.getAttribute('aria-invalid')).toBe('true');
    expect(label.getAttribute('aria-describedby')).toBeTruthy();
    await user.type(label, ' Home ');
    await user.clear(within(form).getByLabelText('Address'));
    await user.type(within(form).getByLabelText('Address'), '1 Elm Street');
    await user.click(within(form).getByRole('button', { name: 'Save address' }));
    expect(await screen.findByRole('listitem', { name: /^Home/ })).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'A new address' })).toBeNull();
  });

  it('edits an address, and says the database’s reason when it refuses or the address is gone', async () => {
    const user = userEvent.setup();
    renderWithProviders(<AddressesPage />, {
      mocks: [
        list(address(HOME, 'Home', '1 Elm Street', true)),
        {
          request: { query: UPDATE_ADDRESS, variables: { id: HOME, label: 'Home', address: '3 Elm Street', courierNote: 'Blue door' } },
          result: { data: { update_customer_addresses_by_pk: address(HOME, 'Home', '3 Elm Street', true, 'Blue door') } },
        },
        { request: { query: UPDATE_ADDRESS, variables: () => true }, result: refused('Check constraint violation. only its customer may save or change an address') },
        { request: { query: UPDATE_ADDRESS, variables: () => true }, result: { data: { update_customer_addresses_by_pk: null } } },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Edit Home' }));
    const form = screen.getByRole('form', { name: 'Edit Home' });
    expect((within(form).getByLabelText('Address') as HTMLTextAreaElement).value).toBe('1 Elm Street');
    await user.clear(within(form).getByLabelText('Address'));
    await user.type(within(form).getByLabelText('Address'), '3 Elm Street');
    await user.type(within(form).getByLabelText('Note for the courier (optional)'), 'Blue door');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('3 Elm Street')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Edit Home' }));

    await user.click(screen.getByRole('button', { name: 'Edit Home' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Only the customer who saved this address can change it.');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText(/This address is no longer saved/)).toBeTruthy();
  });

  it('asks before deleting, and offers no new address at 20', async () => {
    const user = userEvent.setup();
    const twenty = Array.from({ length: 20 }, (_, i) => address(`00000000-0000-4000-8000-0000000001${String(i).padStart(2, '0')}`, `Place ${i}`, `${i} Race Road`, i === 0));
    renderWithProviders(<AddressesPage />, {
      mocks: [
        list(...twenty),
        {
          request: { query: DELETE_ADDRESS, variables: { id: twenty[1]!.id } },
          result: { data: { delete_customer_addresses_by_pk: { __typename: 'customer_addresses', id: twenty[1]!.id } } },
        },
        list(twenty[0]!, ...twenty.slice(2)),
      ],
    });
    expect(await screen.findByText(/You have 20 saved addresses/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add an address' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Delete Place 1' }));
    const question = screen.getByRole('group', { name: 'Delete Place 1?' });
    expect(within(question).getByText('Delete Place 1? Orders placed with it keep their address.')).toBeTruthy();
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Yes, delete' }));
    await user.click(within(question).getByRole('button', { name: 'Yes, delete' }));
    expect(await screen.findByRole('button', { name: 'Add an address' })).toBeTruthy();
    expect(screen.queryByRole('listitem', { name: /^Place 1$/ })).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Place 1 is deleted.');
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Saved addresses', level: 1 }));
  });
});
