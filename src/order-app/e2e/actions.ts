// What a person does in the app, as Playwright steps. Every wait is on something the page
// shows (a status, a button, a URL), never on a clock.
import type { Page } from 'playwright-core';

export const STEP_TIMEOUT_MS = 30_000;
const PASSWORD = 'e2e-password-123';

export async function signUp(page: Page, appUrl: string, username: string): Promise<void> {
  await page.goto(`${appUrl}/login`);
  await page.getByRole('button', { name: 'Sign up' }).click();
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create my account' }).click();
  await page.getByRole('button', { name: `Log out ${username}` }).waitFor({ timeout: STEP_TIMEOUT_MS });
}

/** Logs in a customer created by signUp (each browser tab keeps its own session). */
export async function logInAs(page: Page, appUrl: string, username: string): Promise<void> {
  await logIn(page, appUrl, username, PASSWORD);
}

export async function logIn(page: Page, appUrl: string, username: string, password = 'password123'): Promise<void> {
  await page.goto(`${appUrl}/login`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in to my account' }).click();
  await page.getByRole('button', { name: `Log out ${username}` }).waitFor({ timeout: STEP_TIMEOUT_MS });
}

export async function fillCart(page: Page, appUrl: string, restaurant: string, items: string[]): Promise<void> {
  await page.goto(appUrl);
  await page.getByRole('link', { name: new RegExp(`^${restaurant}`) }).click();
  await page.getByRole('heading', { name: restaurant, level: 1 }).waitFor({ timeout: STEP_TIMEOUT_MS });
  for (const item of items) await page.getByRole('button', { name: new RegExp(`^Add ${escape(item)} to cart`) }).click();
}

/** Checkout → the live order page; returns the order id the app generated. */
export async function checkout(page: Page, address: string): Promise<string> {
  await page.getByRole('link', { name: 'Go to checkout' }).click();
  await page.getByLabel('Delivery address').fill(address);
  await page.getByRole('button', { name: 'Place order' }).click();
  await page.waitForURL(/\/orders\/[0-9a-f-]{36}$/, { timeout: STEP_TIMEOUT_MS });
  return page.url().split('/').pop()!;
}

export async function payWith(page: Page, cardNumber: string): Promise<void> {
  const formatted = cardNumber.replace(/(\d{4})(?=\d)/g, '$1 ');
  // The form appears only once validate-order has computed the total: this waits for it live.
  const payButton = page.getByRole('button', { name: /^Pay \$/ });
  await payButton.waitFor({ timeout: STEP_TIMEOUT_MS });
  await page.getByRole('button', { name: `Use card ${formatted}` }).click();
  await payButton.click();
}

export async function waitForStatus(page: Page, label: string | RegExp): Promise<void> {
  await page.getByTestId('order-status').filter({ hasText: label }).waitFor({ timeout: STEP_TIMEOUT_MS });
}

/** A step appears in the timeline as done once order_status_history has it (it then has a time). */
export async function waitForTimelineStep(page: Page, status: string): Promise<void> {
  await page.locator(`.timeline li[data-status="${status}"] time`).first().waitFor({ timeout: STEP_TIMEOUT_MS });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
