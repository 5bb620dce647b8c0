import { useState, type FormEvent } from 'react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { formatCents, formatDateTime, TIP_PERCENTS, tipForPercent } from '@3factor/domain';
import { getFragmentData, graphql, type FragmentType } from '../gql/index.js';
import { friendlyError } from '../apollo/errors.js';
import { newUuid } from '../lib/uuid.js';
import { useNow } from '../ui/use-now.js';
import { tipCentsOf, type TipChoice } from '../checkout/tip-choice.js';
import { isTipWindowOpen, tipOutcomeText, tipWindowClosesAt } from './tip-window.js';
import { useAddTip } from './use-add-tip.js';
import '../checkout/tip-and-promo.css';

export const TIP_AFTER_DELIVERY_FRAGMENT = graphql(`
  fragment TipAfterDelivery_order on orders {
    id
    status
    delivered_at
    items_subtotal_cents
    after_delivery_tip {
      id
      amount_cents
      status
      failure_reason
    }
  }
`);

/** The database's refusals, in the customer's words. */
function tipRefusal(messages: string[]): string | null {
  const text = messages.join(' ');
  if (/order_tips_one_per_order|Uniqueness violation/i.test(text)) return 'This order already has a tip after delivery.';
  if (/can no longer be tipped/.test(text)) return 'The 24 hours to tip this order are over.';
  return null;
}

/**
 * A delivered order's "Add a tip": the checkout's choices (a share of the items or an amount),
 * once, within 24 hours of the delivery; then what the charge came to, live.
 */
export function TipAfterDelivery(props: { order: FragmentType<typeof TIP_AFTER_DELIVERY_FRAGMENT> }) {
  const order = getFragmentData(TIP_AFTER_DELIVERY_FRAGMENT, props.order);
  const now = useNow(60_000);
  const { addTip, adding } = useAddTip();
  const [choice, setChoice] = useState<TipChoice>({ kind: 'percent', percent: TIP_PERCENTS[2] });
  const [message, setMessage] = useState<string | null>(null);

  if (order.status !== 'delivered') return null;
  const tip = order.after_delivery_tip;
  if (tip) {
    return (
      <p className={`card ${tip.status === 'failed' ? 'notice-error' : ''}`} data-testid="tip-after-delivery" role="status">
        {tipOutcomeText(tip, formatCents)}
      </p>
    );
  }
  if (!isTipWindowOpen(order.delivered_at, now)) return null;

  const subtotal = order.items_subtotal_cents ?? 0;
  const result = tipCentsOf(choice, subtotal);
  const amountCents = result.ok ? result.tipCents : 0;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!result.ok || amountCents < 1) return;
    setMessage(null);
    try {
      await addTip({ variables: { tip: { id: newUuid(), order_id: order.id, amount_cents: amountCents } } });
    } catch (e) {
      setMessage((CombinedGraphQLErrors.is(e) && tipRefusal(e.errors.map((x) => x.message))) || friendlyError(e));
    }
  };

  return (
    <form className="card tip-after-delivery" aria-labelledby="add-tip-heading" onSubmit={submit} data-testid="add-tip">
      <h2 id="add-tip-heading">Add a tip</h2>
      <p className="muted">
        Your courier gets all of it. It is charged to the card you paid with, and you can add it until {formatDateTime(tipWindowClosesAt(order.delivered_at!).toISOString())}.
      </p>
      <fieldset className="tip-choice">
        <legend>Tip for your courier</legend>
        {TIP_PERCENTS.filter((percent) => percent > 0).map((percent) => (
          <label key={percent} className="tip-option">
            <input
              type="radio"
              name="tip-after-delivery"
              checked={choice.kind === 'percent' && choice.percent === percent}
              onChange={() => setChoice({ kind: 'percent', percent })}
            />{' '}
            {`${percent} % (${formatCents(tipForPercent(subtotal, percent))})`}
          </label>
        ))}
        <label className="tip-option">
          <input type="radio" name="tip-after-delivery" checked={choice.kind === 'amount'} onChange={() => setChoice({ kind: 'amount', typed: '' })} /> Other amount
        </label>
        {choice.kind === 'amount' && (
          <label className="field">
            <span>Tip in dollars</span>
            <input
              inputMode="decimal"
              value={choice.typed}
              aria-invalid={!result.ok}
              aria-describedby={!result.ok ? 'tip-after-delivery-problem' : undefined}
              onChange={(event) => setChoice({ kind: 'amount', typed: event.target.value })}
            />
          </label>
        )}
        {!result.ok && (
          <p id="tip-after-delivery-problem" className="field-error" role="alert">
            {result.message}
          </p>
        )}
      </fieldset>
      {message && (
        <p className="notice notice-error" role="alert">
          {message}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={adding || !result.ok || amountCents < 1}>
        {amountCents >= 1 ? `Tip ${formatCents(amountCents)}` : 'Tip'}
      </button>
    </form>
  );
}
