import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../src/paths.js';
import { freePort } from '../src/process/free-port.js';
import { stackConfigFromEnv } from '../src/stack/config.js';
import type { PartSpec } from '../src/stack/parts.js';
import { runStack } from '../src/stack/run-stack.js';
import { processesMentioning } from './helpers/processes.js';
import { stackDataDir, stackEnv } from './helpers/stack-process.js';

/** A stand-in part: answers /healthz, exits 3 on /die, says goodbye on SIGTERM. */
function standIn(name: PartSpec['name'], port: number, extra = ''): PartSpec {
  const script = `
    const http = require('node:http');
    ${extra}
    http.createServer((req, res) => {
      res.end('ok');
      if (req.url === '/die') res.on('finish', () => process.exit(3));
    }).listen(${port}, '127.0.0.1');
    process.on('SIGTERM', () => { console.log('got SIGTERM'); process.exit(0); });`;
  return {
    name,
    label: name,
    entry: '',
    command: process.execPath,
    args: ['-e', script],
    cwd: repoRoot,
    env: {},
    healthUrl: `http://127.0.0.1:${port}/healthz`,
    requireOk: true,
    url: `http://127.0.0.1:${port}/`,
    stopTimeoutMs: 10_000,
    afterDatabase: name === 'engine',
  };
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) {
    for (const pid of processesMentioning(dir)) process.kill(pid, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
});

async function configForTest() {
  const dir = stackDataDir();
  dirs.push(dir);
  return { dir, config: stackConfigFromEnv({ ...(await stackEnv(dir)) }, repoRoot) };
}

describe('a part that dies', () => {
  it('before answering: the start fails, saying which part and how, and nothing is left running', async () => {
    const { dir, config } = await configForTest();
    const lines: string[] = [];
    const dying = { ...standIn('functions', await freePort()), args: ['-e', 'process.exit(3)'] };
    expect(await runStack(config, (l) => lines.push(l), { parts: [dying] })).toBe(1);
    expect(lines.join('\n')).toMatch(/functions exited with code 3.*: stopping everything/);
    expect(lines).not.toContain('ready');
    expect(processesMentioning(dir)).toEqual([]);
  });

  it('after ready: the others are stopped before the database, and the exit code is 1', async () => {
    const { dir, config } = await configForTest();
    const lines: string[] = [];
    const engine = standIn('engine', await freePort());
    const functions = standIn('functions', await freePort());
    let ready!: () => void;
    const isReady = new Promise<void>((resolve) => (ready = resolve));
    const running = runStack(
      config,
      (l) => {
        lines.push(l);
        if (l === 'ready') ready();
      },
      { parts: [engine, functions] },
    );
    await isReady;
    await fetch(functions.url + 'die').then((r) => r.text());
    expect(await running).toBe(1);
    const text = lines.join('\n');
    expect(text).toMatch(/functions exited with code 3: stopping everything/);
    const engineStopped = lines.indexOf(`engine       | got SIGTERM`);
    const postgresStopping = lines.findIndex((l) => /postgres .*fast shutdown request/.test(l));
    expect(engineStopped).toBeGreaterThanOrEqual(0);
    expect(postgresStopping).toBeGreaterThan(engineStopped);
    expect(processesMentioning(dir)).toEqual([]);
  });
});
