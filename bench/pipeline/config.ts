/**
 * The pipeline benchmark's sizes, read once from the environment (the only reader of it).
 * Defaults are sized for `npm run bench -- pipeline` to finish in 3-5 minutes on the 2-core
 * machine; each can be changed without editing code.
 */
export type ModeName = 'ours' | 'hasura';

export interface PipelineConfig {
  /** Closed loop: numbers of customers, each with one order at a time. */
  clients: number[];
  /** Open loop: arrival rates in orders per second, whatever the stack manages. */
  rates: number[];
  /** How long each scenario places orders. */
  seconds: number;
  /** After the last order is placed, how long its orders may take to reach agent_assigned. */
  drainSeconds: number;
  /** Customer accounts (one WebSocket each); open-loop orders go round-robin over them. */
  customers: number;
  /** Couriers: the seed's 12 agents, more are added when this is higher. */
  agents: number;
  /** How long a courier takes between picking an order up and delivering it. */
  deliveryMs: number;
  /** Unmeasured orders per stack before the first scenario (tsx compiles, JIT warms). */
  warmupOrders: number;
  /** When above 0, the scenarios run again after loading this many past orders. */
  pastOrders: number;
  /**
   * When above 0: that many extra live-query subscribers (customers on their orders' pages)
   * are held open during each scenario, and the pushes they get for changes to their own
   * orders are timed (see subscribers.ts and push-probe.ts).
   */
  subscribers: number;
  modes: ModeName[];
  /** Nice value of the stack's processes and the load generator (root only; 0 = leave alone). */
  nice: number;
  /**
   * A folder: run one scenario with `node --cpu-prof` on the engine and functions and
   * pg_stat_statements in Postgres, and write the profiles and a summary there.
   */
  profileDir?: string;
  /** The scenario profiled: `closed:N` or `open:R`. */
  profileScenario: Scenario;
}

export type Scenario = { kind: 'closed'; clients: number } | { kind: 'open'; rate: number };

type Env = Readonly<Record<string, string | undefined>>;

function numbers(env: Env, name: string, fallback: number[]): number[] {
  const raw = env[name];
  if (!raw) return fallback;
  const values = raw.split(',').map((s) => Number(s.trim()));
  if (values.some((v) => !Number.isFinite(v) || v <= 0)) throw new Error(`${name} must be positive numbers separated by commas, got ${raw}`);
  return values;
}

function number(env: Env, name: string, fallback: number, { min = 0 } = {}): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min) throw new Error(`${name} must be a number >= ${min}, got ${raw}`);
  return value;
}

export function parseScenario(raw: string): Scenario {
  const match = /^(closed|open):(\d+(?:\.\d+)?)$/.exec(raw.trim());
  if (!match) throw new Error(`a scenario is closed:<clients> or open:<orders per second>, got ${raw}`);
  const value = Number(match[2]);
  return match[1] === 'closed' ? { kind: 'closed', clients: Math.round(value) } : { kind: 'open', rate: value };
}

export function scenarioName(scenario: Scenario): string {
  return scenario.kind === 'closed' ? `closed, ${scenario.clients} client${scenario.clients === 1 ? '' : 's'}` : `open, ${scenario.rate} orders/s`;
}

export function pipelineConfigFromEnv(env: Env): PipelineConfig {
  const modes = (env.BENCH_PIPELINE_MODES ?? 'ours,hasura')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const mode of modes) if (mode !== 'ours' && mode !== 'hasura') throw new Error(`BENCH_PIPELINE_MODES: unknown mode ${mode} (ours, hasura)`);
  const clients = numbers(env, 'BENCH_PIPELINE_CLIENTS', [1, 10, 30]).map(Math.round);
  const profile = env.BENCH_PIPELINE_PROFILE;
  return {
    clients,
    rates: numbers(env, 'BENCH_PIPELINE_RATES', [10, 25, 50]),
    seconds: number(env, 'BENCH_PIPELINE_SECONDS', 10, { min: 1 }),
    drainSeconds: number(env, 'BENCH_PIPELINE_DRAIN_SECONDS', 10, { min: 1 }),
    customers: Math.max(Math.round(number(env, 'BENCH_PIPELINE_CUSTOMERS', 50, { min: 1 })), ...clients),
    agents: Math.round(number(env, 'BENCH_PIPELINE_AGENTS', 12, { min: 1 })),
    deliveryMs: number(env, 'BENCH_PIPELINE_DELIVERY_MS', 0),
    warmupOrders: Math.round(number(env, 'BENCH_PIPELINE_WARMUP_ORDERS', 40)),
    pastOrders: Math.round(number(env, 'BENCH_PIPELINE_PAST_ORDERS', 0)),
    subscribers: Math.round(number(env, 'BENCH_PIPELINE_SUBSCRIBERS', 0)),
    modes: modes as ModeName[],
    nice: number(env, 'BENCH_NICE', -10, { min: -20 }),
    ...(profile ? { profileDir: profile } : {}),
    profileScenario: parseScenario(env.BENCH_PIPELINE_PROFILE_SCENARIO ?? 'open:25'),
  };
}
