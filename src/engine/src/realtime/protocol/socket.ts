/**
 * The only things a protocol state machine may do to a connection. The `ws` adapter
 * (../websocket-server.ts) implements this; tests implement it with an array.
 */
export interface ProtocolSocket {
  /** Queues one text frame. */
  send(text: string): void;
  /** Sends a close frame; further sends are ignored. */
  close(code: number, reason: string): void;
}

/** Timers are passed in so the state machines can be driven by fake clocks in tests. */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

export const realTimers: Timers = {
  setTimeout: (fn, ms) => {
    const handle = setTimeout(fn, ms);
    handle.unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
  now: () => Date.now(),
};

/** What a connection does with incoming frames; returned by the protocol factories. */
export interface ProtocolConnection {
  onMessage(text: string): void;
  /** The transport is gone (either side closed): stop every operation and timer. */
  onClose(): void;
}
