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
   * for their first. Returns how many subscribers were sent it.
   */
  deliver(payloadJson: string): number {
    const hash = createHash('sha1').update(payloadJson).digest('base64');
    const changed = hash !== this.lastHash;
    this.lastHash = hash;
    const targets = changed ? [...this.subscribers] : [...this.fresh];
    this.fresh.clear();
    for (const subscriber of targets) subscriber.push(payloadJson);
    return targets.length;
  }
}

export function dataPayload(resultJson: string | null): string {
  return `{"data":${resultJson ?? 'null'}}`;
}
