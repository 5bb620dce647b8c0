import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { formatCount } from '@3factor/domain';
import { LoadGeneratorApi, RATE_LIMITS, type FetchLike, type LoadGeneratorStatus } from './load-generator-api.js';

/** Counters refresh while the generator runs; the dashboard's panels show its effect live. */
const STATUS_REFRESH_MS = 3000;

export function LoadGeneratorControl({ url, token, fetchImpl }: { url: string; token: string; fetchImpl?: FetchLike }) {
  const api = useMemo(() => new LoadGeneratorApi(url, token, fetchImpl), [url, token, fetchImpl]);
  const [status, setStatus] = useState<LoadGeneratorStatus | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [rate, setRate] = useState(30);
  const [customers, setCustomers] = useState(5);
  const [busy, setBusy] = useState(false);

  const act = useCallback(async (call: () => Promise<LoadGeneratorStatus>) => {
    setBusy(true);
    try {
      const next = await call();
      setStatus(next);
      // A generator already running (started from another tab) shows its own settings.
      if (next.running) {
        setRate(next.ordersPerMinute);
        setCustomers(next.customers);
      }
      setError(undefined);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }, []);

  useEffect(() => {
    void act(() => api.status());
  }, [api, act]);

  const running = status?.running ?? false;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => {
      api.status().then(setStatus, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    }, STATUS_REFRESH_MS);
    return () => clearInterval(timer);
  }, [api, running]);

  function submit(event: FormEvent) {
    event.preventDefault();
    void act(() => (running ? api.stop() : api.start({ ordersPerMinute: rate, customers })));
  }

  return (
    <section className="panel panel-load" aria-labelledby="load-title">
      <h2 id="load-title">Load generator</h2>
      <form className="load-form" onSubmit={submit}>
        <label>
          Orders per minute
          <input
            type="number"
            min={RATE_LIMITS.minOrdersPerMinute}
            max={RATE_LIMITS.maxOrdersPerMinute}
            value={rate}
            disabled={running}
            onChange={(e) => setRate(Number(e.target.value))}
          />
        </label>
        <label>
          Simulated customers
          <input
            type="number"
            min={RATE_LIMITS.minCustomers}
            max={RATE_LIMITS.maxCustomers}
            value={customers}
            disabled={running}
            onChange={(e) => setCustomers(Number(e.target.value))}
          />
        </label>
        <button type="submit" disabled={busy || !status} className={running ? 'danger' : undefined}>
          {running ? 'Stop' : 'Start'}
        </button>
      </form>
      {status && (
        <p className="load-status" role="status">
          {running ? `Running at ${status.ordersPerMinute}/min with ${status.customers} customers: ` : 'Stopped. Last run: '}
          {formatCount(status.placed)} placed, {formatCount(status.paid)} paid, {formatCount(status.delivered)} delivered, {formatCount(status.failed)} failed,{' '}
          {formatCount(status.inFlight)} in flight
          {status.errors > 0 && `, ${formatCount(status.errors)} errors`}
        </p>
      )}
      {status?.lastError && <p className="muted small">Last error: {status.lastError}</p>}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <p className="muted small">Runs on the server: simulated customers order and pay with test cards, the restaurant and agents move the orders on.</p>
    </section>
  );
}
