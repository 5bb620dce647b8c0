import type { ChildExit } from './managed-child.js';
import { describeExit } from './managed-child.js';

export class ChildDiedError extends Error {}

/** One probe: does `url` answer HTTP (with a 2xx when `requireOk`)? */
export async function answersHttp(url: string, requireOk: boolean): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000), redirect: 'manual' });
    await response.body?.cancel();
    return requireOk ? response.ok : true;
  } catch {
    return false;
  }
}

/**
 * Polls `url` until it answers. Fails as soon as the child exits (its own output says
 * why) or after `timeoutMs`.
 */
export async function waitUntilAnswering(options: {
  name: string;
  url: string;
  requireOk: boolean;
  exited: Promise<ChildExit>;
  timeoutMs: number;
  intervalMs?: number;
}): Promise<void> {
  let exit: ChildExit | undefined;
  void options.exited.then((e) => (exit = e));
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    if (exit) throw new ChildDiedError(`${options.name} ${describeExit(exit)} before answering ${options.url}`);
    if (await answersHttp(options.url, options.requireOk)) return;
    if (Date.now() > deadline) {
      throw new Error(`${options.name} did not answer ${options.url} within ${Math.round(options.timeoutMs / 1000)} s`);
    }
    await new Promise((r) => setTimeout(r, options.intervalMs ?? 150));
  }
}
