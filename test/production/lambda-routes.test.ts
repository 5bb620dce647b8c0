import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import { metadataDir, repoRoot } from '@3factor/dev/paths.js';
import { FUNCTION_ROUTES } from '@3factor/backend/functions.js';
import { loadMetadataDirectory } from '@3factor/engine/metadata/load-directory.js';

/**
 * Drift check: the event triggers can be pointed at Lambda by setting ACTION_BASE_URL to the
 * HTTP API's invoke URL, because every `{{ACTION_BASE_URL}}/<name>` webhook is a POST route in
 * serverless.yml, and serverless.yml routes exactly what localDevelopment serves (the
 * functions container in docker-compose.yml). That each function in serverless.yml packages
 * into a working artifact is src/backend/test/serverless-package.test.ts's job.
 */
interface ServerlessFunction {
  handler: string;
  events?: { httpApi?: { method: string; path: string } }[];
}

const serverless = YAML.parse(readFileSync(join(repoRoot, 'serverless.yml'), 'utf8')) as { functions: Record<string, ServerlessFunction> };
const lambdaRoutes = Object.values(serverless.functions).flatMap((f) => (f.events ?? []).flatMap((e) => (e.httpApi ? [e.httpApi] : [])));
const postPaths = lambdaRoutes
  .filter((r) => r.method.toUpperCase() === 'POST')
  .map((r) => r.path)
  .sort();

const webhooks = loadMetadataDirectory(metadataDir)
  .sources.flatMap((s) => s.tables)
  .flatMap((t) => t.event_triggers ?? [])
  .map((trigger) => ({ name: trigger.name, webhook: String(trigger.webhook) }));

describe('event triggers, serverless.yml and the functions server agree', () => {
  it('every trigger webhook is {{ACTION_BASE_URL}}/<path> with a POST route on the HTTP API', () => {
    expect(webhooks.length).toBe(9); // order ahead: schedule-order
    for (const { name, webhook } of webhooks) {
      const path = /^\{\{ACTION_BASE_URL\}\}(\/[a-z0-9/-]+)$/.exec(webhook)?.[1];
      expect(path, `${name}: ${webhook}`).toBeDefined();
      expect(postPaths, name).toContain(path);
    }
  });

  it('serverless.yml routes exactly the POST paths localDevelopment serves', () => {
    expect(postPaths).toEqual(FUNCTION_ROUTES.flatMap((route) => route.paths).sort());
  });

  it('has one Lambda per function folder, each handler at <folder>/handler.handler', () => {
    const handlers = Object.values(serverless.functions)
      .map((f) => f.handler)
      .sort();
    const folders = FUNCTION_ROUTES.map((route) => route.name);
    // Sorted as paths: `payment-timeout/` comes before `payment/`.
    expect(handlers).toEqual(folders.map((folder) => `src/backend/src/${folder}/handler.handler`).sort());
  });
});
