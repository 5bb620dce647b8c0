import { useSyncExternalStore } from 'react';
import type { ConnectionStore } from './connection-state.js';

const LABELS = {
  connecting: 'Connecting…',
  connected: 'Live',
  reconnecting: 'Reconnecting…',
} as const;

export function ConnectionIndicator({ store }: { store: ConnectionStore }) {
  const state = useSyncExternalStore(store.subscribe, store.get);
  return (
    <span
      className={`connection connection-${state.status}`}
      role="status"
      aria-live="polite"
      data-status={state.status}
      title={state.lastCloseCode !== undefined ? `Last disconnect: code ${state.lastCloseCode}` : undefined}
    >
      <span className="dot" aria-hidden="true" />
      {LABELS[state.status]}
    </span>
  );
}
