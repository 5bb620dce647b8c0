/** Collects pushed payloads and lets a test wait for the next one (no sleeps). */
export class Recorder {
  readonly payloads: unknown[] = [];
  private waiters: Array<{ index: number; resolve: (value: unknown) => void }> = [];
  private read = 0;

  push = (payloadJson: string): void => {
    this.payloads.push(JSON.parse(payloadJson));
    const index = this.payloads.length - 1;
    this.waiters = this.waiters.filter((w) => {
      if (w.index !== index) return true;
      w.resolve(this.payloads[index]);
      return false;
    });
  };

  /** The next payload not yet returned by `next()`. */
  next(): Promise<unknown> {
    const index = this.read++;
    if (index < this.payloads.length) return Promise.resolve(this.payloads[index]);
    return new Promise((resolve) => this.waiters.push({ index, resolve }));
  }

  get unread(): number {
    return this.payloads.length - this.read;
  }
}
