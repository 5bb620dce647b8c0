import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '@3factor/dev/paths.js';
import { unzip } from './helpers/unzip.js';

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'sls-package-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const FUNCTIONS = [
  ['validateOrder', 'validate-order'],
  ['payment', 'payment'],
  ['tipPayment', 'tip-payment'],
  ['restaurantApproval', 'restaurant-approval'],
  ['agentAssignment', 'agent-assignment'],
  ['agentAvailable', 'agent-available'],
  ['notify', 'notify'],
  ['paymentTimeout', 'payment-timeout'],
  ['kitchenTimeout', 'kitchen-timeout'],
  ['scheduleOrder', 'schedule-order'],
  ['placeScheduledOrder', 'place-scheduled-order'],
  ['orderSweeper', 'order-sweeper'],
  ['auth', 'auth'],
] as const;

/** Loads a bundled handler from an unpacked zip, far from any node_modules, and invokes it once. */
const INVOKE = `
const { handler } = require(process.argv[1]);
const event = JSON.parse(process.argv[2]);
Promise.resolve(handler(event, { awsRequestId: 'test' }, () => {})).then((r) => process.stdout.write(JSON.stringify(r)));
`;

describe('serverless.yml', () => {
  it('packages one self-contained artifact per handler, offline', { timeout: 240_000 }, async () => {
    const out = join(work, 'artifacts');
    // serverless-esbuild zips each function from a folder in the system's temporary directory
    // that it leaves behind; its own here, so the test removes them with the rest.
    const temporary = join(work, 'tmp');
    mkdirSync(temporary);
    await run('npx', ['--no', 'serverless', 'package', '--stage', 'test', '--package', out], {
      cwd: repoRoot,
      env: {
        ...process.env,
        SLS_TELEMETRY_DISABLED: '1',
        SLS_NOTIFICATIONS_MODE: 'off',
        SLS_DEPRECATION_DISABLE: '*',
        AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        AWS_REGION: 'eu-west-1',
        TMPDIR: temporary,
      },
      timeout: 200_000,
    });
    for (const [name, folder] of FUNCTIONS) {
      const zip = join(out, `${name}.zip`);
      expect(statSync(zip).size, `${name}.zip`).toBeGreaterThan(10_000);
      const unpacked = join(work, name);
      expect(
        unzip(zip, unpacked)
          .map((f) => f.slice(unpacked.length + 1))
          .sort(),
      ).toEqual([`src/backend/src/${folder}/handler.js`, `src/backend/src/${folder}/handler.js.map`]);
      const event = {
        version: '2.0',
        routeKey: 'POST /x',
        rawPath: folder === 'auth' ? '/auth/login' : `/${folder}`,
        rawQueryString: '',
        headers: { origin: 'http://127.0.0.1:3000' },
        requestContext: { http: { method: folder === 'auth' ? 'OPTIONS' : 'POST', path: '/', sourceIp: '127.0.0.1' } },
        isBase64Encoded: false,
      };
      const { stdout } = await run(process.execPath, ['-e', INVOKE, join(unpacked, 'src/backend/src', folder, 'handler.js'), JSON.stringify(event)], {
        cwd: unpacked,
        env: { PATH: process.env.PATH ?? '', EVENT_WEBHOOK_SECRET: 'packaged', LOG_LEVEL: 'silent' },
      });
      const result = JSON.parse(stdout) as { statusCode: number; body?: string; headers?: Record<string, string> };
      if (folder === 'auth') {
        expect(result.statusCode).toBe(204);
        expect(result.headers?.['access-control-allow-origin']).toBe('http://127.0.0.1:3000');
      } else {
        expect(result.statusCode).toBe(401);
        expect(JSON.parse(result.body!)).toEqual({ error: 'unauthorized', message: 'the x-webhook-secret header is missing' });
      }
    }
    const template = JSON.parse(readFileSync(join(out, 'cloudformation-template-update-stack.json'), 'utf8'));
    const runtimes = Object.values(template.Resources as Record<string, { Type: string; Properties: { Runtime?: string } }>)
      .filter((r) => r.Type === 'AWS::Lambda::Function')
      .map((r) => r.Properties.Runtime);
    expect(runtimes).toEqual(FUNCTIONS.map(() => 'nodejs20.x'));
  });
});
