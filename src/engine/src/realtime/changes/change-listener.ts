import pg from 'pg';
import { CHANGE_CHANNEL } from './change-triggers.js';
import { mergeChange, parseChange, type TableChanges } from './table-change.js';

export interface ChangeListenerOptions {
  connectionString: string;
  /** Called with what changed since the previous call. */
  onChange(changes: TableChanges): void;
  /** Called after (re)connecting: notifications may have been missed while disconnected. */
  onResync(): void;
  log?(entry: object): void;
  /** Reconnect backoff: base and cap in ms. */
  backoffMs?: { base: number; max: number };
}

/**
 * One dedicated session connection that LISTENs for table changes (style.md §6: NOTIFY is
 * a speed-up, never the only path). It reconnects with exponential backoff and full jitter
 * so a restarted Postgres is not hit by every engine at the same instant, and asks for a
 * resync after every connect. Notifications that arrive in the same tick are merged, so a
 * transaction touching five tables wakes each poller once.
 */
export class ChangeListener {
  private client: pg.Client | null = null;
  private stopped = false;
  private attempt = 0;
  private retryTimer: NodeJS.Timeout | null = null;
  private pending = new Map<string, Map<string, Set<string>> | null>();
  private flushScheduled = false;
  connected = false;
  notifications = 0;
  reconnects = 0;

  constructor(private readonly options: ChangeListenerOptions) {}

  private started = false;

  /** Idempotent. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.stopped = false;
    void this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.started = false;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    const client = this.client;
    this.client = null;
    this.connected = false;
    if (client) await client.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: this.options.connectionString, application_name: 'hasura-realtime-listener' });
    this.client = client;
    let failed = false;
    const fail = (error: unknown): void => {
      if (failed) return;
      failed = true;
      this.connected = false;
      if (this.client === client) this.client = null;
      client.end().catch(() => undefined);
      if (this.stopped) return;
      this.options.log?.({ level: 'warn', msg: 'realtime listener disconnected', error: String(error) });
      this.scheduleReconnect();
    };
    client.on('error', fail);
    client.on('end', () => fail(new Error('connection ended')));
    client.on('notification', (message) => {
      if (message.channel !== CHANGE_CHANNEL || !message.payload) return;
      this.notifications++;
      const change = parseChange(message.payload);
      if (!change) return;
      mergeChange(this.pending, change);
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGE_CHANNEL}`);
    } catch (error) {
      fail(error);
      return;
    }
    if (this.stopped || failed) {
      await client.end().catch(() => undefined);
      return;
    }
    if (this.attempt > 0) this.reconnects++;
    this.attempt = 0;
    this.connected = true;
    this.options.onResync();
  }

  private flush(): void {
    this.flushScheduled = false;
    const changes = this.pending;
    this.pending = new Map();
    if (changes.size > 0) this.options.onChange(changes);
  }

  private scheduleReconnect(): void {
    const { base, max } = this.options.backoffMs ?? { base: 100, max: 10_000 };
    const ceiling = Math.min(max, base * 2 ** this.attempt);
    this.attempt++;
    const delay = Math.random() * ceiling;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.connect();
    }, delay);
    this.retryTimer.unref();
  }
}
