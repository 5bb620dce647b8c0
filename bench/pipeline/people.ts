import type { PipelineConfig } from './config.js';
import { Couriers } from './couriers.js';
import { logIn, signUp } from './auth.js';
import { Customer, type Restaurant } from './customer.js';
import { inParallel } from './parallel.js';
import type { PipelineStack } from './stack.js';

/** Everyone who uses one stack during the run: customers with their sockets, the couriers. */
export interface People {
  customers: Customer[];
  couriers: Couriers;
  /** Open, auto-approving restaurants and their available dishes: no staff decision in the way. */
  restaurants: Restaurant[];
  close(): Promise<void>;
}

/**
 * A login per courier (most seed agents have none): an account signed up, made an agent and
 * linked to the agent row by the operator (SQL), then logged in again for a role-agent token.
 */
async function courierTokens(stack: PipelineStack, agentIds: number[]): Promise<string[]> {
  return inParallel(agentIds.length, 4, async (i) => {
    const username = `courier-${stack.mode.name}-${agentIds[i]}`;
    await signUp(stack.functionsUrl, username);
    await stack.sql.query(
      `WITH u AS (UPDATE users SET role = 'agent' WHERE username = $1 RETURNING id)
       UPDATE agents SET user_id = (SELECT id FROM u) WHERE id = $2`,
      [username, agentIds[i]],
    );
    return logIn(stack.functionsUrl, username);
  });
}

export async function preparePeople(stack: PipelineStack, config: PipelineConfig): Promise<People> {
  const { rows: restaurants } = await stack.sql.query<{ id: number; items: number[] }>(`
    SELECT r.id, array_agg(m.id ORDER BY m.id) AS items
    FROM restaurants r JOIN menu_items m ON m.restaurant_id = r.id AND m.is_available
    WHERE r.is_open AND r.auto_approve
    GROUP BY r.id ORDER BY r.id`);
  if (restaurants.length === 0) throw new Error('the seed has no open, auto-approving restaurant');

  // The fleet is exactly `agents` couriers: missing ones are hired, the rest go off duty
  // (an available agent nobody drives would take orders and never deliver them).
  await stack.sql.query(`INSERT INTO agents (name) SELECT 'Courier ' || g FROM generate_series((SELECT count(*) FROM agents) + 1, $1) g`, [config.agents]);
  const { rows: agents } = await stack.sql.query<{ id: number }>('SELECT id FROM agents ORDER BY id LIMIT $1', [config.agents]);
  await stack.sql.query('UPDATE agents SET is_available = false WHERE id <> ALL($1::int[]) AND is_available', [agents.map((a) => a.id)]);

  // Signing up hashes a password (scrypt): a few at a time.
  const tokens = await inParallel(config.customers, 4, (i) => signUp(stack.functionsUrl, `pipeline-${stack.mode.name}-${i + 1}`));
  const customers = tokens.map((token) => new Customer(stack.engineUrl, stack.wsUrl, token));
  await Promise.all(customers.map((c) => c.client.connected()));
  const couriers = new Couriers(stack.engineUrl, stack.wsUrl, config.deliveryMs);
  await couriers.start(
    await courierTokens(
      stack,
      agents.map((a) => a.id),
    ),
  );
  return {
    customers,
    couriers,
    restaurants: restaurants.map((r) => ({ id: r.id, menuItemIds: r.items })),
    close: async () => {
      await couriers.stop();
      await Promise.all(customers.map((c) => c.client.close()));
    },
  };
}
