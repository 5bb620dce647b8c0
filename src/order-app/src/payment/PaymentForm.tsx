import { useId, useState, type FormEvent } from 'react';
import { formatCardNumber, formatExpiry, digitsOnly, lastFour } from './card-input.js';
import { TEST_CARDS, TEST_CARD_CVC, TEST_CARD_EXPIRY } from './test-cards.js';
import { tokenize, type CardField, type Tokenize } from './tokenize.js';
import { useSubmitPayment } from './use-submit-payment.js';
import { formatCents } from '@3factor/domain';
import { friendlyError } from '../apollo/errors.js';

interface PaymentFormProps {
  orderId: string;
  /** The server-computed total (orders.total_cents), never a client-side sum. */
  totalCents: number;
  retry: boolean;
  tokenizeCard?: Tokenize;
}

/** The card form. The card is tokenized in the browser, as a gateway's SDK does; only the token is sent. */
export function PaymentForm({ orderId, totalCents, retry, tokenizeCard = tokenize }: PaymentFormProps) {
  const id = useId();
  const [number, setNumber] = useState('');
  const [expiry, setExpiry] = useState('');
  const [cvc, setCvc] = useState('');
  const [errors, setErrors] = useState<Partial<Record<CardField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { submit } = useSubmitPayment(orderId);

  const fillTestCard = (cardNumber: string) => {
    setNumber(formatCardNumber(cardNumber));
    setExpiry(TEST_CARD_EXPIRY);
    setCvc(TEST_CARD_CVC);
    setErrors({});
    setFormError(null);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    setErrors({});
    setBusy(true);
    try {
      const tokenized = await tokenizeCard(digitsOnly(number), expiry, cvc);
      if ('error' in tokenized) {
        setErrors(Object.fromEntries((tokenized.all ?? [tokenized]).map((problem) => [problem.field, problem.error])));
        return;
      }
      await submit(tokenized.token, lastFour(number));
      // From here the order page follows the payment live; the form goes away when it is pending.
    } catch (error) {
      setFormError(friendlyError(error));
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (name: CardField) =>
    errors[name] ? (
      <span id={`${id}-${name}-error`} className="field-error">
        {errors[name]}
      </span>
    ) : null;

  return (
    <section aria-labelledby={`${id}-heading`} className="card payment">
      <h2 id={`${id}-heading`}>{retry ? 'Try another card' : 'Pay for your order'}</h2>
      <p className="amount">
        Amount: <strong data-testid="payment-amount">{formatCents(totalCents)}</strong>
      </p>
      <form onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-number`}>Card number</label>
          <input
            id={`${id}-number`}
            name="cardnumber"
            inputMode="numeric"
            autoComplete="cc-number"
            placeholder="1234 1234 1234 1234"
            value={number}
            onChange={(e) => setNumber(formatCardNumber(e.target.value))}
            aria-invalid={errors.number ? true : undefined}
            aria-describedby={errors.number ? `${id}-number-error` : undefined}
          />
          {fieldError('number')}
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-expiry`}>Expiry (MM/YY)</label>
            <input
              id={`${id}-expiry`}
              name="exp-date"
              inputMode="numeric"
              autoComplete="cc-exp"
              placeholder="MM/YY"
              value={expiry}
              onChange={(e) => setExpiry(formatExpiry(e.target.value))}
              aria-invalid={errors.expiry ? true : undefined}
              aria-describedby={errors.expiry ? `${id}-expiry-error` : undefined}
            />
            {fieldError('expiry')}
          </div>
          <div className="field">
            <label htmlFor={`${id}-cvc`}>CVC</label>
            <input
              id={`${id}-cvc`}
              name="cvc"
              inputMode="numeric"
              autoComplete="cc-csc"
              placeholder="123"
              maxLength={4}
              value={cvc}
              onChange={(e) => setCvc(digitsOnly(e.target.value))}
              aria-invalid={errors.cvc ? true : undefined}
              aria-describedby={errors.cvc ? `${id}-cvc-error` : undefined}
            />
            {fieldError('cvc')}
          </div>
        </div>
        {formError && (
          <p className="notice notice-error" role="alert">
            {formError}
          </p>
        )}
        <button type="submit" className="button button-primary button-block" disabled={busy}>
          {busy ? 'Sending payment…' : `Pay ${formatCents(totalCents)}`}
        </button>
      </form>
      <details className="test-cards" open>
        <summary>Test cards (this is a demo: no real card is charged)</summary>
        <p>Any future expiry date and any 3-digit CVC work.</p>
        <ul>
          {TEST_CARDS.map((card) => (
            <li key={card.number}>
              <code>{formatCardNumber(card.number)}</code>
              <span>{card.outcome}</span>
              <button type="button" className="button button-small" aria-label={`Use card ${formatCardNumber(card.number)}`} onClick={() => fillTestCard(card.number)}>
                Use
              </button>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
