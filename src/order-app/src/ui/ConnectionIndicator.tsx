import { useConnectionState } from '../apollo/apollo-provider.js';

const TEXT = {
  connecting: 'Connecting…',
  connected: 'Live',
  reconnecting: 'Reconnecting…',
} as const;

/** Whether live updates are flowing. Announced politely to screen readers when it changes. */
export function ConnectionIndicator() {
  const state = useConnectionState();
  return (
    <span className={`connection connection-${state}`} role="status" aria-live="polite" data-testid="connection-indicator" data-state={state}>
      <span className="connection-dot" aria-hidden="true" />
      <span className="connection-text">{TEXT[state]}</span>
    </span>
  );
}
