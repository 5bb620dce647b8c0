import { existsSync, readFileSync } from 'node:fs';
import pg from 'pg';
import { schemaFile, seedFile } from '../paths.js';

export const TEMPLATE_DATABASE = 'app_template';

/** Creates `app_template` with schema.sql and seed.sql applied, for tests to clone. */
export async function createTemplateDatabase(superuserUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: superuserUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE}`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  const url = superuserUrl.replace(/\/postgres$/, `/${TEMPLATE_DATABASE}`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    if (existsSync(schemaFile)) await client.query(readFileSync(schemaFile, 'utf8'));
    if (existsSync(seedFile)) await client.query(readFileSync(seedFile, 'utf8'));
  } finally {
    await client.end();
  }
}
