/**
 * Turns a burst of file events (an editor's save is often several: write, rename, chmod)
 * into one run of `work` per quiet moment, and never two runs at once: changes that arrive
 * while a run is going are gathered for the next one, so the last save always gets loaded.
 */
export class ChangeQueue {
  private pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private closed = false;

  constructor(
    private readonly work: (changed: string[]) => Promise<void>,
    private readonly quietMs = 150,
  ) {}

  /** A file changed (a path relative to the watched folder). */
  add(file: string): void {
    if (this.closed) return;
    this.pending.add(file);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.drain();
    }, this.quietMs);
  }

  /** Settles when no run is going and none is due. */
  async idle(): Promise<void> {
    while (this.running || this.timer) {
      await (this.running ?? new Promise((resolve) => setTimeout(resolve, this.quietMs)));
    }
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async drain(): Promise<void> {
    if (this.running || this.closed || this.pending.size === 0) return;
    const changed = [...this.pending].sort();
    this.pending.clear();
    this.running = this.work(changed).finally(() => {
      this.running = undefined;
    });
    await this.running;
    // Saved again while we were busy: one more run, after its own quiet moment.
    if (this.pending.size > 0 && !this.timer) void this.drain();
  }
}
