import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '@3factor/dev/testing/database.js';
import { cohortValues, pgText } from '../../src/realtime/live/cohort-values.js';

/**
 * A cohort's values are the text node-postgres would send for them: checked against what pg
 * actually sends, echoed back by Postgres (`$1::text` returns the text it received as is).
 */
let db: TestDatabase;
let pool: pg.Pool;

beforeAll(async () => {
  db = await createTestDatabase('empty');
  pool = new pg.Pool({ connectionString: db.url, max: 2 });
});

afterAll(async () => {
  await pool?.end();
  await db?.drop();
});

async function sentByPg(value: unknown): Promise<string | null> {
  const { rows } = await pool.query<{ sent: string | null }>('SELECT $1::text AS sent', [value]);
  return rows[0]!.sent;
}

const SAMPLES: Array<[string, unknown]> = [
  ['a string', 'it\'s "quoted" \\ with a backslash'],
  ['an empty string', ''],
  ['an integer', 42],
  ['a negative float', -12.5],
  ['a boolean', true],
  ['a bigint above 2^53', 9007199254740993n],
  ['a JSON object', { a: [1, { b: 'c"d' }], e: null }],
  ['an array of strings', ['a', 'b,c', 'd"e', 'f\\g', '', 'NULL']],
  ['an array with null', [1, null, 3]],
  [
    'a nested array',
    [
      [1, 2],
      [3, 4],
    ],
  ],
  ['an array of objects', [{ a: 1 }, { b: 'x' }]],
  ['an array of bytes', [Buffer.from([1, 2, 255])]],
  ['an array of dates', [new Date('2024-02-29T23:59:58.123Z')]],
  ['a date', new Date('2024-02-29T23:59:58.123Z')],
  ['a date before 1000', new Date('0999-01-02T03:04:05.006Z')],
];

describe('cohort values', () => {
  it.each(SAMPLES)('%s: the text pg sends', async (_name, value) => {
    expect(pgText(value)).toBe(await sentByPg(value));
  });

  it('bytes: the bytea pg sends (pg sends a Buffer in binary; its text form is \\x hex)', async () => {
    for (const value of [Buffer.from([0, 1, 2, 254, 255]), new Uint8Array([7, 8, 9]), Buffer.alloc(0)]) {
      const { rows } = await pool.query<{ same: boolean }>('SELECT $1::bytea = $2::text::bytea AS same', [value, pgText(value)]);
      expect(rows[0]!.same).toBe(true);
    }
  });

  it('null and undefined are null; equal values make equal cohorts', () => {
    expect(cohortValues([null, undefined, 1, 'x'])).toEqual([null, null, '1', 'x']);
    expect(JSON.stringify(cohortValues([{ a: 1 }, [1, 2]]))).toBe(JSON.stringify(cohortValues([{ a: 1 }, [1, 2]])));
  });
});
