import type { ReactNode } from 'react';

/** What a panel shows before its first result, or when its subscription failed. */
export function PanelState({ loading, error, children }: { loading: boolean; error?: { message: string } | undefined; children: ReactNode }) {
  if (error) {
    return (
      <p className="panel-error" role="alert">
        Could not load this panel: {error.message}
      </p>
    );
  }
  if (loading) return <p className="panel-loading muted">Waiting for the first figures…</p>;
  return <>{children}</>;
}
