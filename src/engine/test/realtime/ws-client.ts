import WebSocket from 'ws';

/** A raw WebSocket client that queues frames and close events for a test to await. */
export class RawClient {
  readonly ws: WebSocket;
  readonly frames: Array<Record<string, unknown>> = [];
  private waiters: Array<() => void> = [];
  private read = 0;
  closed: Promise<{ code: number; reason: string }>;
  opened: Promise<void>;

  constructor(url: string, protocol?: string | string[], headers?: Record<string, string>) {
    this.ws = new WebSocket(url, protocol, { headers });
    this.opened = new Promise((resolve, reject) => {
      this.ws.once('open', () => resolve());
      this.ws.once('error', reject);
    });
    this.closed = new Promise((resolve) => this.ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
    this.ws.on('error', () => undefined);
    this.ws.on('message', (data) => {
      this.frames.push(JSON.parse(data.toString()) as Record<string, unknown>);
      const waiters = this.waiters;
      this.waiters = [];
      waiters.forEach((w) => w());
    });
  }

  /** Sends once the socket is open, in call order. */
  send(message: unknown): void {
    const text = typeof message === 'string' ? message : JSON.stringify(message);
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send(text);
    else
      this.opened.then(
        () => this.ws.send(text),
        () => undefined,
      );
  }

  /** The next frame not yet returned, skipping keep-alives. */
  async next(): Promise<Record<string, unknown>> {
    for (;;) {
      while (this.read < this.frames.length) {
        const frame = this.frames[this.read++]!;
        if (frame.type === 'ka' || (frame.type === 'ping' && (frame.payload as { message?: string } | undefined)?.message === 'keepalive')) continue;
        return frame;
      }
      await new Promise<void>((resolve, reject) => {
        this.waiters.push(resolve);
        this.closed.then(
          (c) => reject(new Error(`closed ${c.code} ${c.reason} while waiting for a frame`)),
          () => undefined,
        );
      });
    }
  }

  close(): void {
    this.ws.close();
  }
}
