import type { PgListener } from '../../platform/pg-listener.js';
import { CHANGE_CHANNEL } from './change-trigger-sql.js';
import { changesOf, mergeChange, parseChange, type ChangeBatch, type TableChanges } from './table-change.js';

export interface ChangeListenerOptions {
  /** The engine's shared LISTEN connection (platform/pg-listener.ts). */
  listener: PgListener;
  /** Called with what changed since the previous call. */
  onChange(changes: TableChanges): void;
  /** Called after (re)connecting: notifications may have been missed while disconnected. */
  onResync(): void;
  log?(entry: object): void;
}

/**
 * Table changes from the shared LISTEN connection (style.md §6: NOTIFY is a speed-up, never
 * the only path). While the connection is down `connected` is false and pollers poll at the
 * refetch interval; after every (re)connect it asks for a resync. Notifications that arrive
 * in the same tick are merged (per table and changed columns), so a transaction touching five
 * tables wakes each poller once.
 */
export class ChangeListener {
  private pending: ChangeBatch = new Map();
  private flushScheduled = false;
  private unlisten: (() => Promise<void>) | null = null;
  private downs = 0;
  connected = false;
  notifications = 0;
  reconnects = 0;

  constructor(private readonly options: ChangeListenerOptions) {}

  /** Idempotent. */
  start(): void {
    if (this.unlisten) return;
    this.unlisten = this.options.listener.listen(CHANGE_CHANNEL, {
      onNotify: (payload) => this.notified(payload),
      onConnect: () => {
        if (this.downs > 0) this.reconnects++;
        this.connected = true;
        this.options.onResync();
      },
      onDown: (error) => {
        if (this.connected) this.options.log?.({ level: 'warn', msg: 'realtime listener disconnected', error: String(error) });
        this.downs++;
        this.connected = false;
      },
    });
  }

  async stop(): Promise<void> {
    const unlisten = this.unlisten;
    this.unlisten = null;
    this.connected = false;
    await unlisten?.();
  }

  private notified(payload: string | undefined): void {
    if (!payload) return;
    this.notifications++;
    const change = parseChange(payload);
    if (!change) return;
    mergeChange(this.pending, change);
    if (!this.flushScheduled) {
      this.flushScheduled = true;
      setImmediate(() => this.flush());
    }
  }

  private flush(): void {
    this.flushScheduled = false;
    const changes = changesOf(this.pending);
    this.pending = new Map();
    if (changes.size > 0) this.options.onChange(changes);
  }
}
