import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { pgListenerFor, type PgListener } from '../../src/platform/pg-listener.js';

/** One LISTEN connection for several channels: each subscriber hears its channel, and all re-sync after a kill. */
describe('shared LISTEN connection', () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  let listener: PgListener;
  const heard: { a: string[]; b: string[] } = { a: [], b: [] };
  const connects = { a: 0, b: 0 };
  const downs = { a: 0, b: 0 };
  const until = async (check: () => boolean) => {
    const deadline = Date.now() + 10_000;
    while (!check()) {
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  const listeners = () => pool.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE application_name = 'listener-test' AND datname = current_database()`);

  beforeAll(async () => {
    db = await createTestDatabase('empty');
    pool = new pg.Pool({ connectionString: db.url });
    listener = pgListenerFor(db.url, 'listener-test', { baseMs: 10, maxMs: 100, jitter: 'full' });
    listener.listen('chan_a', { onNotify: (p) => heard.a.push(p ?? ''), onConnect: () => connects.a++, onDown: () => downs.a++ });
    await listener.start();
  });

  afterAll(async () => {
    await listener?.stop();
    await pool?.end();
    await db?.drop();
  });

  it('delivers each channel to its subscribers over one connection', async () => {
    expect(connects.a).toBe(1);
    listener.listen('chan_b', { onNotify: (p) => heard.b.push(p ?? ''), onConnect: () => connects.b++, onDown: () => downs.b++ });
    await until(() => connects.b === 1);
    await pool.query(`SELECT pg_notify('chan_a', 'x'), pg_notify('chan_b', 'y')`);
    await until(() => heard.a.length === 1 && heard.b.length === 1);
    expect(heard).toEqual({ a: ['x'], b: ['y'] });
    expect((await listeners()).rows).toHaveLength(1);
  });

  it('tells every subscriber when it drops and when it is back, and listens again', async () => {
    const [{ pid }] = (await listeners()).rows as [{ pid: number }];
    await pool.query(`SELECT pg_terminate_backend($1)`, [pid]);
    await until(() => downs.a >= 1 && downs.b >= 1 && connects.a === 2 && connects.b === 2);
    expect(listener.connected()).toBe(true);
    expect(listener.stats().reconnects).toBe(1);
    await pool.query(`SELECT pg_notify('chan_b', 'z')`);
    await until(() => heard.b.length === 2);
  });

  it('stops listening on a channel once its last subscriber leaves', async () => {
    const unlisten = listener.listen('chan_c', { onNotify: () => undefined });
    await unlisten();
    await pool.query(`SELECT pg_notify('chan_c', 'ignored'), pg_notify('chan_a', 'still')`);
    await until(() => heard.a.length === 2);
    expect(heard.a).toEqual(['x', 'still']);
  });
});
