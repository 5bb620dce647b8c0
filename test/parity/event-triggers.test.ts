import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, metadataDir } from '@3factor/dev/paths.js';
import { loadMetadataDirectory } from '@3factor/engine/metadata/load-directory.js';

interface LegacyTrigger {
  name: string;
  table: { schema: string; name: string };
  webhook: string;
  insert?: { columns: unknown };
  update?: { columns: unknown };
  delete?: { columns: unknown };
  enable_manual?: boolean;
  retry_conf: unknown;
  headers: unknown[];
  replace?: boolean;
}

/** The metadata form Hasura stores for a legacy `create_event_trigger` call. */
function asMetadata(args: LegacyTrigger) {
  const definition: Record<string, unknown> = { enable_manual: args.enable_manual ?? false };
  for (const op of ['insert', 'update', 'delete'] as const) if (args[op]) definition[op] = args[op];
  return {
    table: `${args.table.schema}.${args.table.name}`,
    trigger: { name: args.name, definition, retry_conf: args.retry_conf, webhook: args.webhook, headers: args.headers },
  };
}

describe('event-triggers.json is the metadata event triggers as one /v1/query bulk request', () => {
  const bulk = JSON.parse(readFileSync(join(repoRoot, 'event-triggers.json'), 'utf8')) as {
    type: string;
    args: { type: string; args: LegacyTrigger }[];
  };
  const metadata = loadMetadataDirectory(metadataDir);
  const fromMetadata = metadata.sources
    .flatMap((source) => source.tables)
    .flatMap((table) => (table.event_triggers ?? []).map((trigger) => ({ table: `${table.table.schema}.${table.table.name}`, trigger })))
    .sort((a, b) => a.trigger.name.localeCompare(b.trigger.name));

  it('is a bulk of create_event_trigger calls with replace', () => {
    expect(bulk.type).toBe('bulk');
    for (const call of bulk.args) {
      expect(call.type).toBe('create_event_trigger');
      expect(call.args.replace).toBe(true);
    }
  });

  it('defines exactly the triggers of the metadata, with the same definition', () => {
    const fromJson = bulk.args.map((call) => asMetadata(call.args)).sort((a, b) => a.trigger.name.localeCompare(b.trigger.name));
    expect(fromJson).toEqual(fromMetadata);
  });

  it('has the event triggers of the functions, each retried for at least 15 minutes with a secret header from env', () => {
    expect(fromMetadata.map((t) => t.trigger.name)).toEqual([
      'agent-assignment',
      'agent-available',
      'notify-message',
      'notify-status',
      'payment',
      'restaurant-approval',
      'schedule-order',
      'tip-payment',
      'validate-order',
    ]);
    for (const { trigger } of fromMetadata) {
      // Hasura's retries are fixed-interval: the budget is tries times interval.
      expect(trigger.retry_conf.num_retries * trigger.retry_conf.interval_sec).toBeGreaterThanOrEqual(15 * 60);
      expect(trigger.webhook).toBe(`{{ACTION_BASE_URL}}/${trigger.name}`);
      expect(trigger.headers).toEqual([{ name: 'x-webhook-secret', value_from_env: 'EVENT_WEBHOOK_SECRET' }]);
    }
  });
});
