import { useId, useState, type FormEvent } from 'react';
import { LABEL_MAX, NOTE_MAX } from './delivery-choice.js';
import { ADDRESS_MAX, addressInput, addressProblems, type AddressDraft, type AddressField, type AddressInput, type AddressProblem } from './address-rules.js';

interface AddressFormProps {
  name: string;
  initial: AddressDraft;
  submitLabel: string;
  busy: boolean;
  onSubmit(input: AddressInput): void;
  onCancel(): void;
}

/**
 * A saved address's label, text and note for the courier. Problems show under their fields,
 * all at once, and the first one takes the focus, so a keyboard or screen-reader user lands on it.
 */
export function AddressForm({ name, initial, submitLabel, busy, onSubmit, onCancel }: AddressFormProps) {
  const id = useId();
  const [draft, setDraft] = useState<AddressDraft>(initial);
  const [problems, setProblems] = useState<AddressProblem[]>([]);
  const set = (change: Partial<AddressDraft>) => setDraft({ ...draft, ...change });
  const errorOf = (field: AddressField) => problems.find((p) => p.field === field)?.message ?? null;
  const fieldProps = (field: AddressField) => ({
    id: `${id}-${field}`,
    'aria-invalid': errorOf(field) ? true : undefined,
    'aria-describedby': errorOf(field) ? `${id}-${field}-error` : undefined,
  });
  const fieldError = (field: AddressField) =>
    errorOf(field) && (
      <span id={`${id}-${field}-error`} className="field-error">
        {errorOf(field)}
      </span>
    );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = addressProblems(draft);
    setProblems(found);
    if (found.length > 0) {
      document.getElementById(`${id}-${found[0]!.field}`)?.focus();
      return;
    }
    onSubmit(addressInput(draft));
  };

  return (
    <form className="address-form" aria-label={name} onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={`${id}-label`}>Name of the address</label>
        <input
          {...fieldProps('label')}
          type="text"
          maxLength={LABEL_MAX}
          placeholder="Home, Work…"
          autoFocus
          value={draft.label}
          onChange={(e) => set({ label: e.target.value })}
        />
        {fieldError('label')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-address`}>Address</label>
        <textarea
          {...fieldProps('address')}
          name="street-address"
          autoComplete="street-address"
          rows={3}
          maxLength={ADDRESS_MAX}
          value={draft.address}
          onChange={(e) => set({ address: e.target.value })}
        />
        {fieldError('address')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>Note for the courier (optional)</label>
        <textarea
          {...fieldProps('note')}
          rows={2}
          maxLength={NOTE_MAX}
          placeholder="Gate code, floor, where to leave it…"
          value={draft.courierNote}
          onChange={(e) => set({ courierNote: e.target.value })}
        />
        {fieldError('note')}
      </div>
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
