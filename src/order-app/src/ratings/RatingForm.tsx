import { useState, type FormEvent } from 'react';
import { MAX_COMMENT_LENGTH, ratingProblems, type RatingDraft } from './rating-rules.js';
import { StarsInput } from './StarsInput.js';

interface RatingFormProps {
  initial: RatingDraft;
  hadCourier: boolean;
  submitLabel: string;
  busy: boolean;
  onSubmit(draft: RatingDraft): void;
  onCancel?: () => void;
}

/** Stars for the restaurant (and the courier, when there was one) and an optional comment; every problem shown at once. */
export function RatingForm({ initial, hadCourier, submitLabel, busy, onSubmit, onCancel }: RatingFormProps) {
  const [draft, setDraft] = useState<RatingDraft>(initial);
  const [problems, setProblems] = useState<string[]>([]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = ratingProblems(draft, hadCourier);
    setProblems(found);
    if (found.length === 0) onSubmit(draft);
  };

  return (
    <form className="rating-form" aria-label="Rate this order" onSubmit={submit} noValidate>
      <StarsInput legend="The restaurant" name="restaurant-stars" value={draft.restaurantStars} onChange={(n) => setDraft({ ...draft, restaurantStars: n })} />
      {hadCourier && <StarsInput legend="The courier (optional)" name="courier-stars" value={draft.courierStars} onChange={(n) => setDraft({ ...draft, courierStars: n })} />}
      <label className="field">
        <span>Comment (optional)</span>
        <textarea value={draft.comment} maxLength={MAX_COMMENT_LENGTH} rows={3} onChange={(e) => setDraft({ ...draft, comment: e.target.value })} />
      </label>
      {problems.length > 0 && (
        <div className="notice notice-error" role="alert">
          <ul className="plain-list">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Sending…' : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Keep it as it was
          </button>
        )}
      </div>
    </form>
  );
}
