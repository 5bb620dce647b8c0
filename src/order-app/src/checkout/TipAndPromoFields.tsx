import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql/index.js';
import { formatCents, normalizePromoCode, priceOrder, PROMO_CODE_PATTERN, TIP_PERCENTS, tipForPercent } from '@3factor/domain';
import { PriceBreakdown } from '../orders/PriceBreakdown.js';
import { tipCentsOf, type TipChoice } from './tip-choice.js';
import { deliveryTimeText } from '../restaurants/arrival-time.js';
import './tip-and-promo.css';

export const CHECKOUT_CHARGES = graphql(`
  query CheckoutCharges($id: Int!) {
    restaurants_by_pk(id: $id) {
      id
      delivery_fee_cents
      service_fee_cents
      tax_rate_bps
      arrival_estimate_seconds
    }
  }
`);

export interface MoneyDraft {
  tip: TipChoice;
  promoCode: string;
}

/** Why the typed code cannot be sent, or null (an empty code is no code). */
export function promoCodeProblem(typed: string): string | null {
  const code = normalizePromoCode(typed);
  return code === '' || PROMO_CODE_PATTERN.test(code) ? null : 'A promo code is letters and digits only, up to 32.';
}

/**
 * The tip (a share of the items or an amount) and a promo code, with the total they make at this
 * restaurant's fees and tax. It is a preview: validate-order computes the total from the menu's
 * prices when the order is placed, and decides the code.
 */
export function TipAndPromoFields(props: { restaurantId: number; itemsSubtotalCents: number; draft: MoneyDraft; onChange: (draft: MoneyDraft) => void }) {
  const { draft, onChange, itemsSubtotalCents } = props;
  const { data } = useQuery(CHECKOUT_CHARGES, { variables: { id: props.restaurantId } });
  const charges = data?.restaurants_by_pk;
  const tip = tipCentsOf(draft.tip, itemsSubtotalCents);
  const code = normalizePromoCode(draft.promoCode);
  const codeProblem = promoCodeProblem(draft.promoCode);
  return (
    <>
      <fieldset className="tip-choice">
        <legend>Tip for your courier</legend>
        {TIP_PERCENTS.map((percent) => (
          <label key={percent} className="tip-option">
            <input
              type="radio"
              name="tip"
              checked={draft.tip.kind === 'percent' && draft.tip.percent === percent}
              onChange={() => onChange({ ...draft, tip: { kind: 'percent', percent } })}
            />{' '}
            {percent === 0 ? 'No tip' : `${percent} % (${formatCents(tipForPercent(itemsSubtotalCents, percent))})`}
          </label>
        ))}
        <label className="tip-option">
          <input type="radio" name="tip" checked={draft.tip.kind === 'amount'} onChange={() => onChange({ ...draft, tip: { kind: 'amount', typed: '' } })} /> Other amount
        </label>
        {draft.tip.kind === 'amount' && (
          <label className="field">
            <span>Tip in dollars</span>
            <input
              inputMode="decimal"
              value={draft.tip.typed}
              aria-invalid={!tip.ok}
              aria-describedby={!tip.ok ? 'tip-problem' : undefined}
              onChange={(event) => onChange({ ...draft, tip: { kind: 'amount', typed: event.target.value } })}
            />
          </label>
        )}
        {!tip.ok && (
          <p id="tip-problem" className="field-error" role="alert">
            {tip.message}
          </p>
        )}
      </fieldset>
      <label className="field">
        <span>Promo code (optional)</span>
        <input
          value={draft.promoCode}
          autoCapitalize="characters"
          aria-invalid={codeProblem !== null}
          aria-describedby={codeProblem ? 'promo-problem' : undefined}
          onChange={(event) => onChange({ ...draft, promoCode: event.target.value })}
        />
      </label>
      {codeProblem && (
        <p id="promo-problem" className="field-error" role="alert">
          {codeProblem}
        </p>
      )}
      {charges && tip.ok && (
        <div data-testid="checkout-preview">
          <PriceBreakdown
            breakdown={{
              ...priceOrder({
                itemsSubtotalCents,
                charges: { deliveryFeeCents: charges.delivery_fee_cents, serviceFeeCents: charges.service_fee_cents, taxRateBps: charges.tax_rate_bps },
                tipCents: tip.tipCents,
                discountCents: 0,
              }),
              promoCode: null,
            }}
            totalLabel={code ? 'Estimated total, before the promo code' : 'Estimated total'}
          />
          {code && !codeProblem && <p className="muted">The code {code} is checked, and its discount taken off, when the restaurant confirms the order.</p>}
          {deliveryTimeText(charges.arrival_estimate_seconds) && (
            <p className="muted" data-testid="checkout-arrival-estimate">
              {deliveryTimeText(charges.arrival_estimate_seconds)}
            </p>
          )}
        </div>
      )}
    </>
  );
}
