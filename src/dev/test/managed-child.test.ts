import { describe, expect, it } from 'vitest';
import { spawnManagedChild } from '../src/stack/managed-child.js';
import { isAlive } from './helpers/processes.js';

function child(script: string, lines: string[]) {
  return spawnManagedChild({
    name: 'part',
    command: process.execPath,
    args: ['-e', script],
    cwd: process.cwd(),
    env: process.env,
    write: (l) => lines.push(l),
  });
}

function waitForLine(lines: string[], pattern: RegExp): Promise<string> {
  return new Promise((resolve) => {
    const check = () => {
      const line = lines.find((l) => pattern.test(l));
      if (line) resolve(line);
      else setTimeout(check, 20);
    };
    check();
  });
}

describe('a managed child', () => {
  it('prefixes its output and reports how it exited', async () => {
    const lines: string[] = [];
    const c = child(`console.log('hello'); console.error('oops'); process.exit(3)`, lines);
    expect(await c.exited).toEqual({ code: 3, signal: null });
    expect(c.hasExited()).toBe(true);
    expect(lines.sort()).toEqual(['part         | hello', 'part         | oops']);
  });

  it('stops cleanly on SIGTERM and takes its whole process group along', async () => {
    const lines: string[] = [];
    const c = child(
      // The handler goes in before the line the test waits for, or SIGTERM could beat it.
      `process.on('SIGTERM', () => { console.log('cleaning up'); process.exit(0); });
       const { spawn } = require('node:child_process');
       const g = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
       console.log('grandchild ' + g.pid);
       setInterval(() => {}, 1000);`,
      lines,
    );
    const grandchild = Number((await waitForLine(lines, /grandchild \d+/)).match(/(\d+)$/)![1]);
    expect(isAlive(grandchild)).toBe(true);
    expect(await c.stop(10_000)).toEqual({ code: 0, signal: null });
    expect(lines).toContain('part         | cleaning up');
    // SIGKILL to the group has been sent; the kernel finishes it as we wait.
    await new Promise<void>((resolve) => {
      const check = () => (isAlive(grandchild) ? setTimeout(check, 20) : resolve());
      check();
    });
    expect(isAlive(grandchild)).toBe(false);
  });

  it('kills a child that ignores SIGTERM once the grace period is over', async () => {
    const lines: string[] = [];
    const c = child(`process.on('SIGTERM', () => console.log('ignoring')); console.log('up'); setInterval(() => {}, 1000);`, lines);
    await waitForLine(lines, /up/);
    expect(await c.stop(200)).toEqual({ code: null, signal: 'SIGKILL' });
  });

  it('reports a command that cannot be started', async () => {
    const lines: string[] = [];
    const c = spawnManagedChild({ name: 'ghost', command: '/nonexistent/bin', args: [], cwd: process.cwd(), env: process.env, write: (l) => lines.push(l) });
    expect((await c.exited).code).toBe(127);
    expect(lines[0]).toMatch(/could not start \/nonexistent\/bin/);
  });
});
