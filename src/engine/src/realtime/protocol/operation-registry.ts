import type { StartedOperation } from './operation.js';

interface Entry {
  handle: StartedOperation | null;
  stopped: boolean;
}

/**
 * The live operations of one connection, by client-chosen id. Starting is asynchronous
 * (compiling, first query), so a client may stop an operation before it has started, and may
 * reuse an id once the old operation is gone; entries are compared by identity so a late
 * result of an old operation never reaches a new one with the same id.
 */
export class OperationRegistry {
  private readonly entries = new Map<string, Entry>();

  has(id: string): boolean {
    return this.entries.has(id);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Registers `id` and returns a token that stays valid until the operation ends. */
  begin(id: string): object {
    const entry: Entry = { handle: null, stopped: false };
    this.entries.set(id, entry);
    return entry;
  }

  isCurrent(id: string, token: object): boolean {
    return this.entries.get(id) === token;
  }

  /** The operation started; if it was stopped meanwhile, stop it now. */
  started(id: string, token: object, handle: StartedOperation): void {
    const entry = token as Entry;
    if (entry.stopped || this.entries.get(id) !== entry) {
      handle.stop();
      return;
    }
    entry.handle = handle;
  }

  /** The server ended the operation (complete or error): forget it without stopping twice. */
  finished(id: string, token: object): void {
    const entry = token as Entry;
    if (this.entries.get(id) !== entry) return;
    this.entries.delete(id);
    entry.stopped = true;
    entry.handle?.stop();
  }

  /** The client stopped the operation. */
  stop(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    entry.stopped = true;
    entry.handle?.stop();
  }

  stopAll(): void {
    for (const id of [...this.entries.keys()]) this.stop(id);
  }
}
