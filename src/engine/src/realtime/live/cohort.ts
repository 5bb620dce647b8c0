import { createHash, randomUUID } from 'node:crypto';
import { arrayElement } from './batch-runner.js';

/** Receives a live query's results. */
export interface LiveSubscriber {
  /** `resultJson` is the `data` object as JSON text, or an `{"errors":...}` payload when a poll failed. */
  push(payloadJson: string): void;
}

/**
 * Subscribers of one poller whose variables (GraphQL variables, literals and the session
 * variables the statement reads) are identical: they see the same result, computed once.
 */
export class Cohort {
  readonly id = randomUUID();
  readonly subscribers = new Set<LiveSubscriber>();
  /** Subscribers that have not had a result yet; they get the next one whether it changed or not. */
  readonly fresh = new Set<LiveSubscriber>();
  private lastHash: string | null = null;
  readonly arrayElement: string;

  constructor(
    readonly key: string,
    /** The json array the multiplexed statement reads this cohort's parameters from. */
    readonly variablesJson: string,
  ) {
    this.arrayElement = arrayElement(variablesJson);
  }

  add(subscriber: LiveSubscriber): void {
    this.subscribers.add(subscriber);
    this.fresh.add(subscriber);
  }

  remove(subscriber: LiveSubscriber): void {
    this.subscribers.delete(subscriber);
    this.fresh.delete(subscriber);
  }

  get empty(): boolean {
    return this.subscribers.size === 0;
  }

  /**
   * Delivers a result: to everyone if it differs from the last one (Hasura compares a hash of
   * the response bytes, `pushResultToCohort`), otherwise only to subscribers still waiting
   * for their first. Resolves with how many subscribers were sent it.
   *
   * A large cohort is served in slices with the event loop let go in between, so a result
   * for 1,000 dashboards does not hold up the one customer whose order just changed; the
   * poller awaits this, so a later result never overtakes an earlier one.
   */
  async deliver(payloadJson: string): Promise<number> {
    const hash = createHash('sha1').update(payloadJson).digest('base64');
    const changed = hash !== this.lastHash;
    this.lastHash = hash;
    const targets = changed ? [...this.subscribers] : [...this.fresh];
    this.fresh.clear();
    for (let i = 0; i < targets.length; i += DELIVERY_SLICE) {
      if (i > 0) await new Promise<void>((resolve) => setImmediate(resolve));
      for (const subscriber of targets.slice(i, i + DELIVERY_SLICE)) {
        // Left while earlier slices were sent.
        if (i === 0 || this.subscribers.has(subscriber)) subscriber.push(payloadJson);
      }
    }
    return targets.length;
  }
}

/** Subscribers sent a result per turn of the event loop. */
const DELIVERY_SLICE = 250;

export function dataPayload(resultJson: string | null): string {
  return `{"data":${resultJson ?? 'null'}}`;
}
