import type { Queryable } from '../shared/database.js';
import { UNIQUE_VIOLATION } from '../shared/sqlstate.js';

export interface UserRow {
  id: string;
  username: string;
  role: string;
  password_hash: string;
}

export async function findUser(db: Queryable, username: string): Promise<UserRow | undefined> {
  const { rows } = await db.query<UserRow>('SELECT id, username, role::text AS role, password_hash FROM users WHERE username = $1', [username]);
  return rows[0];
}

/** Signup creates customers only; staff, agents and analysts are made by an operator. */
export async function createCustomer(db: Queryable, username: string, passwordHash: string): Promise<UserRow | 'taken'> {
  try {
    const { rows } = await db.query<UserRow>(
      `INSERT INTO users (username, password_hash, role) VALUES ($1, $2, 'customer')
       RETURNING id, username, role::text AS role, password_hash`,
      [username, passwordHash],
    );
    return rows[0]!;
  } catch (error) {
    if ((error as { code?: string }).code === UNIQUE_VIOLATION) return 'taken';
    throw error;
  }
}
