// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { App } from '../src/App.js';
import { DEFAULT_APP_CONFIG, appConfigFromEnv } from '../src/config.js';
import { customerSession, renderWithProviders, restaurantSession } from './render.js';

describe('App', () => {
  it('sends a visitor who opens a customer page to the login, and back afterwards', async () => {
    window.history.replaceState(null, '', '/orders?page=2');
    renderWithProviders(<App />, { session: null });
    await waitFor(() => expect(window.location.pathname + window.location.search).toBe('/login?next=%2Forders%3Fpage%3D2'));
    expect(screen.getByRole('heading', { name: 'Log in' })).toBeTruthy();
    expect(screen.getByTestId('connection-indicator')).toBeTruthy();
  });

  it('tells staff that a customer page is not for them', () => {
    window.history.replaceState(null, '', '/orders');
    renderWithProviders(<App />, { session: restaurantSession });
    expect(screen.getByRole('heading', { name: 'Not available for this account' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Kitchen' })).toBeTruthy();
  });

  it('shows customers their navigation', () => {
    renderWithProviders(<App />, { session: customerSession });
    expect(screen.getByRole('link', { name: 'My orders' }).getAttribute('href')).toBe('/orders');
    expect(screen.getByRole('link', { name: 'Addresses' }).getAttribute('href')).toBe('/addresses');
    expect(screen.getByRole('button', { name: 'Log out alice' })).toBeTruthy();
  });
});

describe('configuration', () => {
  it('uses the local stack by default and the VITE_* variables when given', () => {
    expect(appConfigFromEnv({})).toEqual(DEFAULT_APP_CONFIG);
    expect(appConfigFromEnv({ VITE_GRAPHQL_HTTP_URL: 'https://api.example/v1/graphql', VITE_AUTH_URL: 'https://api.example/auth/' })).toMatchObject({
      graphqlHttpUrl: 'https://api.example/v1/graphql',
      authUrl: 'https://api.example/auth',
    });
  });

  it('never names the admin secret anywhere in the app’s source', () => {
    const srcDir = join(import.meta.dirname, '../src');
    const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
    for (const file of files(srcDir)) expect(readFileSync(file, 'utf8').toLowerCase(), file).not.toMatch(/admin[-_]secret/);
  });
});
