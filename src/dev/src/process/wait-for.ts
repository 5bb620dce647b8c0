/** Polls `check` until it returns true: a process starting or stopping, a port being released. */
export async function waitFor(check: () => Promise<boolean>, { timeoutMs, what, intervalMs = 100 }: { timeoutMs: number; what: string; intervalMs?: number }): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
