// The simulated gateway's test cards (src/backend payment function). Printed on the payment form
// so anyone trying the app can pay, fail and retry without a real card.
export interface TestCard {
  number: string;
  outcome: string;
}

export const TEST_CARDS: readonly TestCard[] = [
  { number: '4242424242424242', outcome: 'Payment succeeds' },
  { number: '4000000000000002', outcome: 'Card declined' },
  { number: '4000000000009995', outcome: 'Insufficient funds' },
];

export const TEST_CARD_EXPIRY = '12/34';
export const TEST_CARD_CVC = '123';
