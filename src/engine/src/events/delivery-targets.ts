import type { HasuraMetadata } from '../metadata/types.js';
import { checkedRequestTransform, type RequestTransform } from '../transforms/index.js';
import { loggedHeadersOf, resolveHeaders, resolveWebhookUrl, type Env, type ResolvedHeaders } from './env-template.js';
import { eventTriggersOf, leaseSeconds, type TriggerEntry } from './trigger-config.js';

/**
 * Where and how each trigger's events go, resolved once per metadata version. A trigger
 * whose URL or headers name a missing environment variable keeps a `problem`: its events
 * are attempted and fail (and retry) with that message, as a webhook that cannot be
 * reached would.
 */
export interface DeliveryTarget {
  name: string;
  retry: TriggerEntry['retry'];
  url: string;
  headers: ResolvedHeaders;
  leaseSec: number;
  problem?: string;
  /** The trigger's `request_transform`, parsed and checked. */
  requestTransform?: RequestTransform;
}

export function buildTargets(metadata: HasuraMetadata, env: Env, leaseMarginSec: number): Map<string, DeliveryTarget> {
  const targets = new Map<string, DeliveryTarget>();
  for (const entry of eventTriggersOf(metadata)) {
    const target: DeliveryTarget = {
      name: entry.name,
      retry: entry.retry,
      url: '',
      headers: { send: {}, logged: loggedHeadersOf(entry.conf.headers) },
      leaseSec: leaseSeconds(entry.retry, leaseMarginSec),
    };
    try {
      target.url = resolveWebhookUrl(entry.conf, env);
      target.headers = resolveHeaders(entry.conf.headers, env);
      const transform = checkedRequestTransform(entry.conf.request_transform);
      if (transform) target.requestTransform = transform;
    } catch (error) {
      target.problem = (error as Error).message;
    }
    targets.set(entry.name, target);
  }
  return targets;
}

/** Rebuilds the targets whenever the metadata object changes (metadata is replaced, never mutated). */
export function createTargetCache(env: Env, leaseMarginSec: number) {
  let source: HasuraMetadata | undefined;
  let targets = new Map<string, DeliveryTarget>();
  return {
    use(metadata: HasuraMetadata): Map<string, DeliveryTarget> {
      if (metadata !== source) {
        source = metadata;
        targets = buildTargets(metadata, env, leaseMarginSec);
      }
      return targets;
    },
  };
}
