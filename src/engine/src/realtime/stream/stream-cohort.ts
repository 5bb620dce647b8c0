import { createHash, randomUUID } from 'node:crypto';
import { arrayElement } from '../live/batch-runner.js';
import type { LiveSubscriber } from '../live/cohort.js';
import { normalizeTargetValue, type CohortTarget } from '../live/cohort-target.js';

/**
 * Streaming subscribers at the same position: same variables and the same cursor value.
 * After each non-empty batch the cohort's cursor moves to the batch's last value and it is
 * filed under a new key (Hasura's "rebuilding cohort map" note in Poll/StreamingQuery.hs).
 */
export class StreamCohort {
  readonly id = randomUUID();
  readonly subscribers = new Set<LiveSubscriber>();
  /** Whether the last statement returned a full batch (so there may be more right behind it), or the cohort is new. */
  more = true;
  private lastErrorHash: string | null = null;
  private readonly normalized = new Map<string, string | null>();

  constructor(
    /** Parameter values in pg text form; `values[cursorIndex]` is the cursor. */
    private values: (string | null)[],
    private readonly cursorIndex: number,
    /** The subscription's `batch_size`, when known (else every batch counts as full). */
    readonly batchSize?: number,
  ) {}

  /** Whether a batch of this many rows may have left rows behind it. */
  full(rows: number | null | undefined): boolean {
    return this.batchSize === undefined || rows === null || rows === undefined || rows >= this.batchSize;
  }

  get key(): string {
    return JSON.stringify(this.values);
  }

  /**
   * The canonical value of one (non-cursor) parameter for a target of this kind, worked out once:
   * only the cursor moves, so the others never change, and a change is matched against every
   * cohort of a poller.
   */
  targetValue(index: number, kind: CohortTarget['kind']): string | null {
    const key = `${kind}:${index}`;
    let value = this.normalized.get(key);
    if (value === undefined) {
      value = normalizeTargetValue(kind, this.values[index] ?? null);
      this.normalized.set(key, value);
    }
    return value;
  }

  get variablesJson(): string {
    return this.key;
  }

  get arrayElement(): string {
    return arrayElement(this.key);
  }

  /** Moves the cursor to the last delivered value (`cursorJson` as returned by `to_json`). */
  advance(cursorJson: string): void {
    this.values = this.values.slice();
    this.values[this.cursorIndex] = cursorText(cursorJson);
    this.lastErrorHash = null;
  }

  push(payloadJson: string): void {
    for (const subscriber of this.subscribers) subscriber.push(payloadJson);
  }

  /** Errors are told once, not on every poll that repeats them. */
  pushError(payloadJson: string): void {
    const hash = createHash('sha1').update(payloadJson).digest('base64');
    if (hash === this.lastErrorHash) return;
    this.lastErrorHash = hash;
    this.push(payloadJson);
  }
}

/**
 * The text a cursor value is cast back from. Numbers stay the literal Postgres printed:
 * through JSON.parse a bigint above 2^53 would lose its last digits and the stream would
 * skip or repeat rows.
 */
export function cursorText(cursorJson: string): string {
  const trimmed = cursorJson.trim();
  return trimmed.startsWith('"') ? (JSON.parse(trimmed) as string) : trimmed;
}
