import { describe, expect, it } from 'vitest';
import { CronParseError, nextOccurrence, parseCron, scheduleTimes } from '../../src/scheduled/cron.js';
import { hasuraTime, scheduledWebhookBody } from '../../src/scheduled/webhook-body.js';
import { decideScheduled, isPastTolerance } from '../../src/scheduled/retry-decision.js';
import { DEFAULT_ST_RETRY_CONF } from '../../src/scheduled/types.js';
import { parseCreateCronTrigger, parseCreateScheduledEvent, parseRetryConf } from '../../src/scheduled/api/args.js';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

describe('cron schedules', () => {
  it('gives the next minute strictly after the instant, in UTC', () => {
    const everyMinute = parseCron('* * * * *');
    expect(iso(nextOccurrence(everyMinute, at('2026-01-01T10:00:00.000Z')))).toBe('2026-01-01T10:01:00.000Z');
    expect(iso(nextOccurrence(everyMinute, at('2026-01-01T10:00:59.999Z')))).toBe('2026-01-01T10:01:00.000Z');
  });

  it('reads steps, ranges and lists', () => {
    expect(scheduleTimes(parseCron('*/15 * * * *'), at('2026-01-01T10:07:00Z'), 3).map(iso)).toEqual([
      '2026-01-01T10:15:00.000Z',
      '2026-01-01T10:30:00.000Z',
      '2026-01-01T10:45:00.000Z',
    ]);
    expect(scheduleTimes(parseCron('0,30 9-10 * * *'), at('2026-01-01T09:10:00Z'), 4).map(iso)).toEqual([
      '2026-01-01T09:30:00.000Z',
      '2026-01-01T10:00:00.000Z',
      '2026-01-01T10:30:00.000Z',
      '2026-01-02T09:00:00.000Z',
    ]);
  });

  it('runs weekdays 1-5 (Hasura docs: 0 22 * * 1-5), with 7 meaning Sunday', () => {
    // 2026-01-02 is a Friday.
    expect(scheduleTimes(parseCron('0 22 * * 1-5'), at('2026-01-02T23:00:00Z'), 2).map(iso)).toEqual(['2026-01-05T22:00:00.000Z', '2026-01-06T22:00:00.000Z']);
    expect(iso(nextOccurrence(parseCron('0 0 * * 7'), at('2026-01-02T00:00:00Z')))).toBe('2026-01-04T00:00:00.000Z');
  });

  it('matches either day field when both are restricted', () => {
    // the 10th, or any Monday: Monday 5th comes first.
    expect(iso(nextOccurrence(parseCron('0 0 10 * 1'), at('2026-01-02T00:00:00Z')))).toBe('2026-01-05T00:00:00.000Z');
  });

  it('finds 29 February and never finds 31 February', () => {
    expect(iso(nextOccurrence(parseCron('0 12 29 2 *'), at('2026-03-01T00:00:00Z')))).toBe('2028-02-29T12:00:00.000Z');
    expect(nextOccurrence(parseCron('0 0 31 2 *'), at('2026-01-01T00:00:00Z'))).toBeUndefined();
  });

  it('refuses malformed expressions', () => {
    for (const bad of ['* * * *', '60 * * * *', '* * 0 * *', '*/0 * * * *', 'a * * * *', '5-1 * * * *', '* * * * 8']) {
      expect(() => parseCron(bad), bad).toThrow(CronParseError);
    }
  });
});

describe('scheduled webhook bodies', () => {
  it('a cron event: id, name, scheduled_time, payload, comment (omitted when null)', () => {
    expect(JSON.parse(scheduledWebhookBody({ id: 'e1', name: 'sweeper', scheduledTime: '2026-01-01T10:00:00Z', payload: '{"a":1}', comment: 'c' }))).toEqual({
      id: 'e1',
      name: 'sweeper',
      scheduled_time: '2026-01-01T10:00:00Z',
      payload: { a: 1 },
      comment: 'c',
    });
    expect(scheduledWebhookBody({ id: 'e1', name: 'n', scheduledTime: 't', payload: 'null', comment: null })).toBe('{"id":"e1","name":"n","scheduled_time":"t","payload":null}');
  });

  it('a one-off event: no name, with created_at', () => {
    expect(scheduledWebhookBody({ id: 'e2', scheduledTime: 't', payload: '{"order":7}', comment: 'x', createdAt: 'c' })).toBe(
      '{"id":"e2","scheduled_time":"t","payload":{"order":7},"comment":"x","created_at":"c"}',
    );
  });

  it('prints timestamps as aeson prints a UTCTime', () => {
    expect(hasuraTime('2026-01-01T10:00:00.000000')).toBe('2026-01-01T10:00:00Z');
    expect(hasuraTime('2026-01-01T10:00:00.123400')).toBe('2026-01-01T10:00:00.1234Z');
  });
});

describe('retry decisions', () => {
  const conf = { ...DEFAULT_ST_RETRY_CONF, num_retries: 2, retry_interval_seconds: 3 };
  const failed = { kind: 'response' as const, status: 500, headers: [], body: '' };
  it('retries num_retries times at the interval, then errors', () => {
    expect(decideScheduled(failed, 0, conf)).toEqual({ kind: 'retry', delaySec: 3 });
    expect(decideScheduled(failed, 1, conf)).toEqual({ kind: 'retry', delaySec: 3 });
    expect(decideScheduled(failed, 2, conf)).toEqual({ kind: 'error' });
    expect(decideScheduled({ kind: 'response', status: 204, headers: [], body: '' }, 0, conf)).toEqual({ kind: 'delivered' });
  });
  it('a Retry-After wins over the interval, even with the retries spent', () => {
    expect(decideScheduled({ ...failed, headers: [{ name: 'Retry-After', value: '7' }] }, 2, conf)).toEqual({ kind: 'retry', delaySec: 7 });
  });
  it('is dead past the tolerance', () => {
    expect(isPastTolerance(21601, DEFAULT_ST_RETRY_CONF)).toBe(true);
    expect(isPastTolerance(21600, DEFAULT_ST_RETRY_CONF)).toBe(false);
  });
});

describe('operation arguments', () => {
  it('fills retry_conf with Hasura defaults and refuses negative retries', () => {
    expect(parseRetryConf({ num_retries: 3 })).toEqual({ num_retries: 3, retry_interval_seconds: 10, timeout_seconds: 60, tolerance_seconds: 21600 });
    expect(() => parseRetryConf({ num_retries: -1 })).toThrow(/num_retries/);
  });
  it('create_cron_trigger needs include_in_metadata and a valid schedule', () => {
    expect(() => parseCreateCronTrigger({ name: 'a', webhook: 'http://x', schedule: '* * * * *' })).toThrow(/include_in_metadata/);
    expect(() => parseCreateCronTrigger({ name: 'a', webhook: 'http://x', schedule: 'nope', include_in_metadata: true })).toThrow(/invalid cron expression/);
    expect(parseCreateCronTrigger({ name: 'a', webhook: 'http://x', schedule: '* * * * *', include_in_metadata: true, payload: { k: 1 } }).trigger).toEqual({
      name: 'a',
      webhook: 'http://x',
      schedule: '* * * * *',
      include_in_metadata: true,
      payload: { k: 1 },
    });
  });
  it('create_scheduled_event needs a timestamp', () => {
    expect(() => parseCreateScheduledEvent({ webhook: 'http://x', schedule_at: 'tomorrow' })).toThrow(/timestamp/);
    expect(parseCreateScheduledEvent({ webhook: 'http://x', schedule_at: '2026-01-01T10:00:00' }).scheduleAt.toISOString()).toBe('2026-01-01T10:00:00.000Z');
  });
});
