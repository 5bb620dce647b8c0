import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';

const ALICE = '00000000-0000-4000-8000-00000000a11c';
const BELLA = '00000000-0000-4000-8000-0000000be11a';

// Each case runs in a transaction that is rolled back: now() is one instant inside it, the
// same for the fixture and the view. Messages are inserted (the trigger stamps them with the
// clock) and then moved back in time as admin.
describe('analytics_conversations: messages per hour and the kitchens’ first reply', () => {
  let db: TestDatabase;
  let client: pg.Client;

  beforeAll(async () => {
    db = await createTestDatabase('app');
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await db?.drop();
  });

  async function order(): Promise<string> {
    const { rows } = await client.query<{ id: string }>(`INSERT INTO orders (customer_id, restaurant_id, delivery_address) VALUES ($1, 1, '1 Main Street') RETURNING id`, [ALICE]);
    return rows[0]!.id;
  }
  async function message(orderId: string, sender: string, minutesAgo: number): Promise<void> {
    const id = randomUUID();
    await client.query('INSERT INTO order_messages (id, order_id, sender_id, body) VALUES ($1, $2, $3, $4)', [id, orderId, sender, 'hello']);
    await client.query(`UPDATE order_messages SET created_at = now() - make_interval(mins => $2) WHERE id = $1`, [id, minutesAgo]);
  }
  const figures = async () => (await client.query('SELECT * FROM analytics_conversations')).rows[0];

  it('counts the last hour and day, and takes the median of the first staff reply after the customer’s first message', async () => {
    await client.query('BEGIN');
    try {
      // Answered after 4 minutes (the customer's second message does not restart the clock).
      const a = await order();
      await message(a, ALICE, 30);
      await message(a, ALICE, 28);
      await message(a, BELLA, 26);
      // Answered after 10 minutes.
      const b = await order();
      await message(b, ALICE, 300);
      await message(b, BELLA, 290);
      // Answered after 60 minutes.
      const c = await order();
      await message(c, ALICE, 600);
      await message(c, BELLA, 540);
      // Not answered: not in the median.
      const d = await order();
      await message(d, ALICE, 10);
      // Older than a day: in no figure.
      const e = await order();
      await message(e, ALICE, 2000);
      await message(e, BELLA, 1990);
      expect(await figures()).toEqual({
        messages_last_hour: 4,
        messages_last_day: 8,
        median_first_reply_seconds: '600.0',
        kitchen_replies_last_day: 3,
      });
    } finally {
      await client.query('ROLLBACK');
    }
  });

  it('has no median without a reply', async () => {
    await client.query('BEGIN');
    try {
      await message(await order(), ALICE, 5);
      expect(await figures()).toEqual({ messages_last_hour: 1, messages_last_day: 1, median_first_reply_seconds: null, kitchen_replies_last_day: 0 });
    } finally {
      await client.query('ROLLBACK');
    }
  });
});
