import { formatCents } from '@3factor/domain';
import './price-breakdown.css';

/** The parts of a total, as validate-order stored them (or as the checkout previews them). */
export interface Breakdown {
  itemsSubtotalCents: number;
  deliveryFeeCents: number;
  serviceFeeCents: number;
  taxRateBps: number;
  taxCents: number;
  tipCents: number;
  discountCents: number;
  promoCode: string | null;
  totalCents: number;
}

const percent = (bps: number) => `${(bps / 100).toLocaleString('en-US', { maximumFractionDigits: 2 })} %`;

/**
 * Items, fees, tax, tip and promo, then the total: the sum the customer is charged, one line per
 * part, so nothing in the total is hidden. A part that is zero is still shown (a free delivery
 * says so) except the tip and the discount, which are only there when chosen.
 */
export function PriceBreakdown({ breakdown: b, totalLabel = 'Total', showTotal = true }: { breakdown: Breakdown; totalLabel?: string; showTotal?: boolean }) {
  return (
    <dl className="price-breakdown" data-testid="price-breakdown">
      <div>
        <dt>Items</dt>
        <dd data-testid="breakdown-items">{formatCents(b.itemsSubtotalCents)}</dd>
      </div>
      {b.discountCents > 0 && (
        <div>
          <dt>Promo {b.promoCode}</dt>
          <dd data-testid="breakdown-discount">−{formatCents(b.discountCents)}</dd>
        </div>
      )}
      <div>
        <dt>Delivery fee</dt>
        <dd data-testid="breakdown-delivery">{b.deliveryFeeCents === 0 ? 'free' : formatCents(b.deliveryFeeCents)}</dd>
      </div>
      <div>
        <dt>Service fee</dt>
        <dd data-testid="breakdown-service">{formatCents(b.serviceFeeCents)}</dd>
      </div>
      <div>
        <dt>Tax ({percent(b.taxRateBps)})</dt>
        <dd data-testid="breakdown-tax">{formatCents(b.taxCents)}</dd>
      </div>
      {b.tipCents > 0 && (
        <div>
          <dt>Tip</dt>
          <dd data-testid="breakdown-tip">{formatCents(b.tipCents)}</dd>
        </div>
      )}
      {showTotal && (
        <div className="price-breakdown-total">
          <dt>{totalLabel}</dt>
          <dd>
            <strong data-testid="breakdown-total">{formatCents(b.totalCents)}</strong>
          </dd>
        </div>
      )}
    </dl>
  );
}

/** The breakdown of a validated order's stored amounts, or null while it has none. */
export function storedBreakdown(order: {
  items_subtotal_cents?: number | null;
  delivery_fee_cents: number;
  service_fee_cents: number;
  tax_rate_bps: number;
  tax_cents: number;
  tip_cents: number;
  discount_cents: number;
  promo_code?: string | null;
  total_cents?: number | null;
}): Breakdown | null {
  if (order.items_subtotal_cents == null || order.total_cents == null) return null;
  return {
    itemsSubtotalCents: order.items_subtotal_cents,
    deliveryFeeCents: order.delivery_fee_cents,
    serviceFeeCents: order.service_fee_cents,
    taxRateBps: order.tax_rate_bps,
    taxCents: order.tax_cents,
    tipCents: order.tip_cents,
    discountCents: order.discount_cents,
    promoCode: order.promo_code ?? null,
    totalCents: order.total_cents,
  };
}
