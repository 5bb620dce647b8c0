// What a person does in the app, as Playwright steps. Every wait is vitest's `expect.poll` on
// something the page shows (a status, a button, a URL), never on a clock.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export const STEP_TIMEOUT_MS = 30_000;
const PASSWORD = 'e2e-password-123';

/** Waits until the locator's element is on the page and visible. */
export async function shows(locator: Locator, timeout = STEP_TIMEOUT_MS): Promise<void> {
  await expect.poll(() => locator.isVisible(), { timeout, message: `${locator.toString()} shows` }).toBe(true);
}

/** Waits until nothing on the page matches the locator. */
export async function gone(locator: Locator, timeout = STEP_TIMEOUT_MS): Promise<void> {
  await expect.poll(() => locator.count(), { timeout, message: `${locator.toString()} is gone` }).toBe(0);
}

export async function signUp(page: Page, appUrl: string, username: string): Promise<void> {
  await page.goto(`${appUrl}/login`);
  await page.getByRole('button', { name: 'Sign up' }).click();
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create my account' }).click();
  await shows(page.getByRole('button', { name: `Log out ${username}` }));
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
  await shows(page.getByRole('button', { name: `Log out ${username}` }));
}

export async function fillCart(page: Page, appUrl: string, restaurant: string, items: string[]): Promise<void> {
  await page.goto(appUrl);
  await page.getByRole('link', { name: new RegExp(`^${restaurant}`) }).click();
  await shows(page.getByRole('heading', { name: restaurant, level: 1 }));
  for (const item of items) await page.getByRole('button', { name: new RegExp(`^Add ${escape(item)} to cart`) }).click();
}

/** Waits until the page's address matches. */
export async function atUrl(page: Page, pattern: RegExp): Promise<void> {
  await expect.poll(() => page.url(), { timeout: STEP_TIMEOUT_MS }).toMatch(pattern);
}

/**
 * Clicks a link and waits for the address it leads to. A live page can move under the pointer
 * (a status arriving adds a line above the link) between Playwright's stability check and the
 * click, which then lands beside the link; as a person would, it clicks again while the link is
 * still there and the address has not changed.
 */
export async function followLink(page: Page, link: Locator, pattern: RegExp): Promise<void> {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  for (;;) {
    await link.click();
    try {
      await expect.poll(() => page.url(), { timeout: 5_000 }).toMatch(pattern);
      return;
    } catch (error) {
      if (Date.now() > deadline || !(await link.isVisible())) throw error;
    }
  }
}

/** Checkout → the live order page; returns the order id the app generated. */
export async function checkout(page: Page, address: string): Promise<string> {
  await page.getByRole('link', { name: 'Go to checkout' }).click();
  await page.getByLabel('Delivery address').fill(address);
  await page.getByRole('button', { name: 'Place order' }).click();
  await atUrl(page, /\/orders\/[0-9a-f-]{36}$/);
  return page.url().split('/').pop()!;
}

export async function payWith(page: Page, cardNumber: string): Promise<void> {
  const formatted = cardNumber.replace(/(\d{4})(?=\d)/g, '$1 ');
  // The form appears only once validate-order has computed the total: this waits for it live.
  const payButton = page.getByRole('button', { name: /^Pay \$/ });
  await shows(payButton);
  await page.getByRole('button', { name: `Use card ${formatted}` }).click();
  await payButton.click();
}

/** Waits until the order's status badge reads the label (STATUS_LABEL's wording). */
export async function waitForStatus(page: Page, label: string): Promise<void> {
  const badge = page.getByTestId('order-status');
  await expect.poll(async () => (await badge.allTextContents()).map((text) => text.trim()), { timeout: STEP_TIMEOUT_MS, message: 'the order status' }).toEqual([label]);
}

/** A step appears in the timeline as done once order_status_history has it (it then has a time). */
export async function waitForTimelineStep(page: Page, status: string): Promise<void> {
  await shows(page.locator(`.timeline li[data-status="${status}"] time`).first());
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
