import { useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useEffect, useRef, useState } from 'react';
import { friendlyError } from '../apollo/errors.js';
import { newUuid } from '../lib/uuid.js';
import { AddressForm } from './AddressForm.js';
import { ADDRESS_GONE, addressRefusal } from './address-refusal.js';
import { ADDRESSES_MAX, addressDraft, EMPTY_ADDRESS, type AddressInput } from './address-rules.js';
import type { SavedAddress } from './delivery-choice.js';
import { useDeleteAddress, useMakeDefaultAddress, useUpdateAddress } from './use-manage-addresses.js';
import { SAVED_ADDRESSES, useSaveAddress } from './use-saved-addresses.js';
import './addresses.css';

/** What is open: nothing, the new-address form, or one address's edit form or delete question. */
type Open = { kind: 'none' } | { kind: 'add' } | { kind: 'edit'; id: string } | { kind: 'delete'; id: string };

/**
 * The customer's saved addresses: add, edit, make one the default, delete. Every rule is the
 * database's (customer_addresses_enforce); the page checks the same bounds first only to say
 * what is wrong next to the field, and shows the database's refusals in words.
 */
export function AddressesPage() {
  const { data, error, loading } = useQuery(SAVED_ADDRESSES, { fetchPolicy: 'cache-and-network' });
  const save = useSaveAddress();
  const [adding, setAdding] = useState(false);
  const { update, updating } = useUpdateAddress();
  const { makeDefault, makingDefault } = useMakeDefaultAddress();
  const { remove, removing } = useDeleteAddress();
  const [open, setOpen] = useState<Open>({ kind: 'none' });
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const [focusId, setFocusId] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // After a form closes, the focus goes back where the customer was (the button that opened
  // it, or the heading when that button is gone) instead of falling to the page's start.
  useEffect(() => {
    if (!focusId) return;
    (document.getElementById(focusId) ?? heading.current)?.focus();
    setFocusId(null);
  }, [focusId, data]);

  const addresses: readonly SavedAddress[] = data?.customer_addresses ?? [];
  const close = (focus: string | null) => {
    setOpen({ kind: 'none' });
    setFocusId(focus);
  };
  const run = async (write: () => Promise<string | null>, after: () => void) => {
    setProblem(null);
    setDone('');
    try {
      const said = await write();
      if (said === null) {
        setProblem(ADDRESS_GONE);
        return;
      }
      setDone(said);
      after();
    } catch (e) {
      setProblem((CombinedGraphQLErrors.is(e) && addressRefusal(e.errors.map((x) => x.message))) || friendlyError(e));
    }
  };

  const add = (input: AddressInput) =>
    run(
      async () => {
        setAdding(true);
        try {
          await save({ id: newUuid(), label: input.label, address: input.address, courierNote: input.courier_note });
        } finally {
          setAdding(false);
        }
        return `${input.label} is saved.`;
      },
      () => close('add-address'),
    );
  const edit = (a: SavedAddress, input: AddressInput) =>
    run(
      async () => {
        const result = await update({ variables: { id: a.id, label: input.label, address: input.address, courierNote: input.courier_note } });
        return result.data?.update_customer_addresses_by_pk ? `${input.label} is saved.` : null;
      },
      () => close(`edit-${a.id}`),
    );
  const makeItDefault = (a: SavedAddress) =>
    run(
      async () => ((await makeDefault({ variables: { id: a.id } })).data?.update_customer_addresses_by_pk ? `${a.label} is now your default address.` : null),
      () => setFocusId(`edit-${a.id}`),
    );
  const erase = (a: SavedAddress) =>
    run(
      async () => ((await remove({ variables: { id: a.id } })).data?.delete_customer_addresses_by_pk ? `${a.label} is deleted.` : null),
      () => close('addresses-heading'),
    );

  return (
    <section aria-labelledby="addresses-heading" className="addresses-page">
      <header className="page-header">
        <h1 id="addresses-heading" ref={heading} tabIndex={-1}>
          Saved addresses
        </h1>
        <p className="muted">Checkout starts from your default address. Orders you have placed keep the address they went to, whatever you change here.</p>
      </header>
      <p className="visually-hidden" role="status">
        {done}
      </p>
      {problem && (
        <p className="notice notice-error" role="alert">
          {problem}
        </p>
      )}
      {error && !data && (
        <p className="notice notice-error" role="alert">
          {friendlyError(error)}
        </p>
      )}
      {loading && !data && <p role="status">Loading your addresses…</p>}
      {data && addresses.length === 0 && <p className="card">No saved addresses yet. Add one here, or save the address you type at checkout.</p>}
      {addresses.length > 0 && (
        <ul className="plain-list address-list">
          {addresses.map((a) => (
            <li key={a.id} className="card address-card" aria-labelledby={`address-${a.id}`}>
              <h2 id={`address-${a.id}`} className="address-card-title">
                {a.label}
                {a.is_default && (
                  <>
                    {' '}
                    <span className="status-badge default-badge">Default</span>
                  </>
                )}
              </h2>
              {open.kind === 'edit' && open.id === a.id ? (
                <AddressForm
                  name={`Edit ${a.label}`}
                  initial={addressDraft(a)}
                  submitLabel="Save changes"
                  busy={updating}
                  onSubmit={(input) => void edit(a, input)}
                  onCancel={() => close(`edit-${a.id}`)}
                />
              ) : (
                <>
                  <p className="address-text">{a.address}</p>
                  {a.courier_note && <p className="muted small">Note for the courier: {a.courier_note}</p>}
                  {open.kind === 'delete' && open.id === a.id ? (
                    <div className="notice notice-warning" role="group" aria-label={`Delete ${a.label}?`}>
                      <p>Delete {a.label}? Orders placed with it keep their address.</p>
                      <div className="button-row">
                        <button type="button" className="button button-danger" autoFocus disabled={removing} onClick={() => void erase(a)}>
                          {removing ? 'Deleting…' : 'Yes, delete'}
                        </button>
                        <button type="button" className="button" onClick={() => close(`delete-${a.id}`)}>
                          Keep it
                        </button>
                      </div>
                    </div>
                  ) : (
                    <div className="button-row">
                      <button type="button" id={`edit-${a.id}`} className="button button-small" aria-label={`Edit ${a.label}`} onClick={() => setOpen({ kind: 'edit', id: a.id })}>
                        Edit
                      </button>
                      {!a.is_default && (
                        <button
                          type="button"
                          className="button button-small"
                          disabled={makingDefault}
                          aria-label={`Make default for ${a.label}`}
                          onClick={() => void makeItDefault(a)}
                        >
                          Make default
                        </button>
                      )}
                      <button
                        type="button"
                        id={`delete-${a.id}`}
                        className="button button-small button-quiet"
                        aria-label={`Delete ${a.label}`}
                        onClick={() => setOpen({ kind: 'delete', id: a.id })}
                      >
                        Delete
                      </button>
                    </div>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {data &&
        (open.kind === 'add' ? (
          <section className="card" aria-labelledby="add-address-heading">
            <h2 id="add-address-heading">A new address</h2>
            <AddressForm
              name="A new address"
              initial={EMPTY_ADDRESS}
              submitLabel="Save address"
              busy={adding}
              onSubmit={(input) => void add(input)}
              onCancel={() => close('add-address')}
            />
          </section>
        ) : addresses.length >= ADDRESSES_MAX ? (
          <p className="muted">You have {ADDRESSES_MAX} saved addresses, the most you can keep. Delete one to add another.</p>
        ) : (
          <button type="button" id="add-address" className="button button-primary" onClick={() => setOpen({ kind: 'add' })}>
            Add an address
          </button>
        ))}
    </section>
  );
}
