// @vitest-environment jsdom
import './support/setup.js';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LoadGeneratorControl } from '../../src/load-generator/LoadGeneratorControl.js';
import type { FetchLike, LoadGeneratorStatus } from '../../src/load-generator/load-generator-api.js';

const idle: LoadGeneratorStatus = {
  running: false,
  ordersPerMinute: 0,
  customers: 0,
  startedAt: null,
  placed: 0,
  paid: 0,
  delivered: 0,
  failed: 0,
  inFlight: 0,
  errors: 0,
  lastError: null,
};

/** The control endpoint's contract (load-generator/control-http.ts), kept in memory. */
function controlEndpoint(startFailure?: { status: number; error: string }) {
  let state = { ...idle };
  const requests: { method: string; url: string; auth: string | null; body: unknown }[] = [];
  const fetchImpl: FetchLike = async (url, init) => {
    const headers = new Headers(init?.headers);
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    requests.push({ method: init?.method ?? 'GET', url, auth: headers.get('authorization'), body });
    if (url.endsWith('/start')) {
      if (startFailure) return new Response(JSON.stringify({ error: startFailure.error }), { status: startFailure.status });
      state = { ...state, running: true, ordersPerMinute: body.ordersPerMinute, customers: body.customers, placed: 3, paid: 2 };
    }
    if (url.endsWith('/stop')) state = { ...state, running: false };
    return new Response(JSON.stringify(state), { status: 200 });
  };
  return { fetchImpl, requests };
}

describe('LoadGeneratorControl', () => {
  it('starts the server-side generator at the chosen rate with the analyst token, then stops it', async () => {
    const endpoint = controlEndpoint();
    const user = userEvent.setup();
    render(<LoadGeneratorControl url="/api/load-generator" token="analyst-token" fetchImpl={endpoint.fetchImpl} />);
    const button = await screen.findByRole('button', { name: 'Start' });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    const rate = screen.getByLabelText('Orders per minute');
    await user.clear(rate);
    await user.type(rate, '120');
    await user.click(button);
    expect(await screen.findByRole('button', { name: 'Stop' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('Running at 120/min with 5 customers: 3 placed, 2 paid');
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    expect(await screen.findByRole('button', { name: 'Start' })).toBeTruthy();
    expect(endpoint.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /api/load-generator/status', 'POST /api/load-generator/start', 'POST /api/load-generator/stop']);
    expect(endpoint.requests.every((r) => r.auth === 'Bearer analyst-token')).toBe(true);
    expect(endpoint.requests[1]!.body).toEqual({ ordersPerMinute: 120, customers: 5 });
  });

  it('keeps the rate within bounds, and shows why the endpoint refused to start', async () => {
    const endpoint = controlEndpoint({ status: 502, error: 'the load generator could not start: HASURA_GRAPHQL_ADMIN_SECRET is not set' });
    const user = userEvent.setup();
    render(<LoadGeneratorControl url="/api/load-generator" token="analyst-token" fetchImpl={endpoint.fetchImpl} />);
    const button = await screen.findByRole('button', { name: 'Start' });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    const rate = screen.getByLabelText('Orders per minute') as HTMLInputElement;
    await user.clear(rate);
    await user.type(rate, '5000');
    await user.click(button);
    // The browser refuses the form: nothing is sent.
    expect(rate.validity.rangeOverflow).toBe(true);
    expect(endpoint.requests.map((r) => r.url)).toEqual(['/api/load-generator/status']);
    await user.clear(rate);
    await user.type(rate, '60');
    await user.click(button);
    expect((await screen.findByRole('alert')).textContent).toBe('the load generator could not start: HASURA_GRAPHQL_ADMIN_SECRET is not set');
    expect(screen.getByRole('button', { name: 'Start' })).toBeTruthy();
  });
});
