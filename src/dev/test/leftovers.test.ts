import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { hasExited } from '../src/stack/leftovers.js';
import { assertPortsFree } from '../src/stack/ports.js';

/** How a restart knows a leftover server is gone: its process has exited, and then its port is released. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = (probe.address() as { port: number }).port;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

function serve(port: number) {
  const server = spawn(process.execPath, ['-e', `require('node:net').createServer().listen(${port}, '127.0.0.1', () => console.log('listening'))`], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return { server, exited: once(server, 'exit'), listening: once(server.stdout!, 'data') };
}

describe('a leftover server stopped before a start', () => {
  it('counts as exited once gone or a zombie, and its port is given the wait to be released', async () => {
    const port = await freePort();
    const { server, exited, listening } = serve(port);
    await listening;
    expect(hasExited(server.pid!)).toBe(false);
    server.kill('SIGKILL');
    const deadline = Date.now() + 10_000;
    while (!hasExited(server.pid!) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    expect(hasExited(server.pid!)).toBe(true);
    await expect(assertPortsFree([{ port, variable: 'X_PORT', what: 'x' }], { waitMs: 5000 })).resolves.toBeUndefined();
    await exited;
  });

  it('still refuses a port something else keeps, after the wait, naming the variable that moves it', async () => {
    const port = await freePort();
    const { server, exited, listening } = serve(port);
    await listening;
    try {
      await expect(assertPortsFree([{ port, variable: 'X_PORT', what: 'x' }], { waitMs: 100 })).rejects.toThrow(
        `port ${port} (x) is in use: stop what listens there or set X_PORT`,
      );
    } finally {
      server.kill('SIGKILL');
      await exited;
    }
  });

  it('counts a pid that does not exist as exited', () => {
    expect(hasExited(2 ** 22 + 12345)).toBe(true);
  });
});
