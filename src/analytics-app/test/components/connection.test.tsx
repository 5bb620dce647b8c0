// @vitest-environment jsdom
import './support/setup.js';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ConnectionIndicator } from '../../src/connection/ConnectionIndicator.js';
import { createConnectionStore, initialConnectionState, nextConnectionState } from '../../src/connection/connection-state.js';

describe('connection state', () => {
  it('is connecting until the first connection, then reconnecting after any drop', () => {
    let s = initialConnectionState;
    s = nextConnectionState(s, { type: 'connecting' });
    expect(s.status).toBe('connecting');
    s = nextConnectionState(s, { type: 'closed', code: 1006 });
    expect(s.status).toBe('connecting');
    s = nextConnectionState(s, { type: 'connected' });
    expect(s).toEqual({ status: 'connected', everConnected: true, connections: 1 });
    s = nextConnectionState(s, { type: 'closed', code: 1006 });
    expect(s).toEqual({ status: 'reconnecting', everConnected: true, connections: 1, lastCloseCode: 1006 });
    s = nextConnectionState(s, { type: 'connecting' });
    expect(s.status).toBe('reconnecting');
    expect(nextConnectionState(s, { type: 'connected' })).toEqual({ status: 'connected', everConnected: true, connections: 2 });
  });
});

describe('ConnectionIndicator', () => {
  it('tells the analyst whether the figures are live', () => {
    const store = createConnectionStore();
    render(<ConnectionIndicator store={store} />);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('Connecting…');
    act(() => store.dispatch({ type: 'connected' }));
    expect(status.textContent).toBe('Live');
    expect(status.getAttribute('data-status')).toBe('connected');
    act(() => store.dispatch({ type: 'closed', code: 1006 }));
    expect(status.textContent).toBe('Reconnecting…');
    act(() => store.dispatch({ type: 'connected' }));
    expect(status.textContent).toBe('Live');
  });
});
