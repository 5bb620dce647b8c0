import { useId } from 'react';
import { LABEL_MAX, NEW_ADDRESS, NOTE_MAX, type DeliveryDraft, type DeliveryProblem, type SavedAddress } from './delivery-choice.js';

/**
 * Checkout's "where to": the saved addresses as a choice (the default first) or a typed address,
 * which can be saved under a label, and a note for the courier. Without saved addresses it is
 * the typed address alone, as before there were any.
 */
export function DeliveryFields(props: { saved: readonly SavedAddress[]; draft: DeliveryDraft; onChange: (draft: DeliveryDraft) => void; problem: DeliveryProblem | null }) {
  const id = useId();
  const { saved, draft, onChange, problem } = props;
  const set = (change: Partial<DeliveryDraft>) => onChange({ ...draft, ...change });
  const chosen = saved.find((a) => a.id === draft.choice);
  const typing = !chosen;
  const errorOf = (field: DeliveryProblem['field']) => (problem?.field === field ? problem.message : null);
  const describedBy = (field: DeliveryProblem['field']) => (errorOf(field) ? `${id}-${field}-error` : undefined);
  const fieldError = (field: DeliveryProblem['field']) =>
    errorOf(field) && (
      <span id={`${id}-${field}-error`} className="field-error">
        {errorOf(field)}
      </span>
    );

  return (
    <>
      {saved.length > 0 && (
        <fieldset className="field address-choice">
          <legend>Deliver to</legend>
          {saved.map((a) => (
            <label key={a.id} className="address-option">
              <input type="radio" name={`${id}-address-choice`} value={a.id} checked={draft.choice === a.id} onChange={() => set({ choice: a.id })} />
              <span>
                <strong>{a.label}</strong>
                {a.is_default && <span className="muted"> (default)</span>} <span className="address-text">{a.address}</span>
              </span>
            </label>
          ))}
          <label className="address-option">
            <input type="radio" name={`${id}-address-choice`} value={NEW_ADDRESS} checked={typing} onChange={() => set({ choice: NEW_ADDRESS })} />
            <span>A new address</span>
          </label>
        </fieldset>
      )}
      {typing && (
        <>
          <div className="field">
            <label htmlFor={`${id}-address`}>Delivery address</label>
            <textarea
              id={`${id}-address`}
              name="street-address"
              autoComplete="street-address"
              rows={3}
              maxLength={300}
              required
              value={draft.typedAddress}
              onChange={(e) => set({ typedAddress: e.target.value })}
              aria-invalid={errorOf('address') ? true : undefined}
              aria-describedby={describedBy('address')}
            />
            {fieldError('address')}
          </div>
          <div className="field field-inline">
            <label>
              <input type="checkbox" checked={draft.saveTyped} onChange={(e) => set({ saveTyped: e.target.checked })} /> Save this address for next time
            </label>
          </div>
          {draft.saveTyped && (
            <div className="field">
              <label htmlFor={`${id}-label`}>Name of the address</label>
              <input
                id={`${id}-label`}
                type="text"
                maxLength={LABEL_MAX}
                placeholder="Home, Work…"
                value={draft.label}
                onChange={(e) => set({ label: e.target.value })}
                aria-invalid={errorOf('label') ? true : undefined}
                aria-describedby={describedBy('label')}
              />
              {fieldError('label')}
            </div>
          )}
        </>
      )}
      <div className="field">
        <label htmlFor={`${id}-note`}>Note for the courier (optional)</label>
        <textarea
          id={`${id}-note`}
          rows={2}
          maxLength={NOTE_MAX}
          placeholder={chosen?.courier_note || 'Gate code, floor, where to leave it…'}
          value={draft.courierNote}
          onChange={(e) => set({ courierNote: e.target.value })}
          aria-invalid={errorOf('note') ? true : undefined}
          aria-describedby={chosen?.courier_note ? `${id}-note-hint` : describedBy('note')}
        />
        {chosen?.courier_note && (
          <span id={`${id}-note-hint`} className="field-hint muted">
            Left empty, the courier reads the saved note: “{chosen.courier_note}”.
          </span>
        )}
        {fieldError('note')}
      </div>
    </>
  );
}
