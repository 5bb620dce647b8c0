import { STAR_VALUES } from './rating-rules.js';

const label = (n: number) => `${n} star${n === 1 ? '' : 's'}`;

/** 1 to 5 stars as a radio group: usable with a keyboard and named for screen readers. */
export function StarsInput({ legend, name, value, onChange }: { legend: string; name: string; value: number | null; onChange(stars: number): void }) {
  return (
    <fieldset className="stars-input">
      <legend>{legend}</legend>
      {STAR_VALUES.map((n) => (
        <label key={n} className={`star${value !== null && n <= value ? ' is-lit' : ''}`} title={label(n)}>
          <input type="radio" className="visually-hidden" name={name} value={n} checked={value === n} onChange={() => onChange(n)} />
          <span aria-hidden="true">★</span>
          <span className="visually-hidden">{label(n)}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** Stars as text, for a rating already given ("★★★★☆"), with the number for screen readers. */
export function Stars({ value }: { value: number }) {
  return (
    <span className="stars" aria-label={label(value)}>
      {'★'.repeat(value)}
      {'☆'.repeat(5 - value)}
    </span>
  );
}
