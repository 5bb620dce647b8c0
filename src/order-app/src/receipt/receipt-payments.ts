// Which of an order's payments a receipt shows. Pure. An order has at most one live payment
// (the database's partial unique index); failed attempts are not on the receipt.

export interface ReceiptPayment {
  id: string;
  status: string;
  amount_cents: number;
  card_last4: string;
  created_at: string;
  updated_at: string;
}

/** The payment that charged the card: succeeded, or refunded since (it was charged first). */
export function chargeOf<P extends ReceiptPayment>(payments: readonly P[]): P | null {
  return payments.find((p) => p.status === 'succeeded' || p.status === 'refunded') ?? null;
}

/** Refunds return the whole payment (restaurant-approval refunds the charge's amount). */
export function refundsOf<P extends ReceiptPayment>(payments: readonly P[]): P[] {
  return payments.filter((p) => p.status === 'refunded');
}
