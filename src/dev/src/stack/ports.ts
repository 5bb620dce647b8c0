import { createServer } from 'node:net';
import { waitFor } from '../process/wait-for.js';

/** Whether something already listens on 127.0.0.1:`port`. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/** Whether `port` is free within `waitMs` (asked every 20 ms). */
function becomesFree(port: number, waitMs: number): Promise<boolean> {
  return waitFor(() => isPortFree(port), { timeoutMs: waitMs, what: `port ${port}`, intervalMs: 20 }).then(
    () => true,
    () => false,
  );
}

/**
 * Fails with every taken port and the variable that moves it, before anything starts. With
 * `waitMs` (after stopping what an earlier start left running), a port is given that long to be
 * released: a process that has exited can hold its listening port a few milliseconds more.
 */
export async function assertPortsFree(ports: ReadonlyArray<{ port: number; variable: string; what: string }>, options: { waitMs?: number } = {}): Promise<void> {
  const taken: string[] = [];
  await Promise.all(
    ports.map(async ({ port, variable, what }) => {
      if (!(await becomesFree(port, options.waitMs ?? 0))) taken.push(`port ${port} (${what}) is in use: stop what listens there or set ${variable}`);
    }),
  );
  if (taken.length > 0) throw new Error(taken.sort().join('\n'));
}
