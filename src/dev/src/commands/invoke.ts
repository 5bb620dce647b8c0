/**
 * `npm run invoke -- <function> --order <id>`: runs one event function here, the way
 * `serverless invoke local` does, with the payload the engine would send for a row of the
 * running stack's database; `npm run invoke -- login --input '{...}'` does the same for an
 * Action's handler. Prints the handler's answer; exits 0 on a 2xx answer.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { parseCommandLine, runCommand, UsageError } from '../cli/command-line.js';
import { apiGatewayPost, lambdaContext } from '../invoke/lambda-event.js';
import { hasuraEventBody } from '../invoke/event-payload.js';
import { eventTriggers, type TriggerTarget } from '../invoke/trigger-lookup.js';
import { actionBody, actionTargets, type ActionTarget } from '../invoke/action-call.js';
import { cronTargets, scheduledBody, type CronTarget } from '../invoke/scheduled-call.js';
import { loadMetadataDirectory } from '../metadata/load-directory.js';
import { repoRoot } from '../paths.js';
import { stackConfigFromEnv } from '../stack/config.js';
import { databaseUrls } from '../stack/database-urls.js';

const USAGE = `usage: npm run invoke -- <function> (--order <id> | --id <key> | --event <file.json>) [options]
       npm run invoke -- <action> --input '<json>' [--role <role>]
       npm run invoke -- <cron trigger> [--payload '<json>']
       npm run invoke -- <function of one-off scheduled events> (--order <id> | --payload '<json>')

Runs one function's Lambda handler here with the payload the engine would send it (an event
trigger's event, an action's call, a scheduled event), built by the engine's own builders, for
a row of the running stack's database (npm start must be running, or DATABASE_URL set). Prints
the answer, status and body; exits 0 on a 2xx.
Like \`serverless invoke local --function validateOrder --path event.json\`, without AWS.

functions: validate-order, payment, restaurant-approval, agent-assignment, agent-available
           (the event triggers in hasura/metadata; the handler is src/backend/src/<function>/handler.ts)

  --order <id>      the order: the row itself for triggers on orders, else the newest row
                    with that order_id (payment: the order's payment)
  --id <key>        the row of the trigger's table with this id (agent-available: an agent id)
  --event <file>    a whole event payload (JSON, as a webhook receives it) instead of a row
  --op <op>         MANUAL (default, as the console's "invoke trigger"), INSERT or UPDATE;
                    an UPDATE payload has the same row as old and new unless --old <file> is given
  --old <file>      the old row (JSON) of an UPDATE
  --event-id <id>   the event id (default: a new one; the functions skip an id they already processed)
  --print-event     print the payload before the answer

actions: login, signup (hasura/metadata/actions.yaml; the handler's path names the function, /auth/login → auth)
  --input <json>    the action's arguments, e.g. '{"username":"alice","password":"password123"}'
  --role <role>     the session's x-hasura-role (default: the first role permitted, else admin)

scheduled: order-sweeper (cron_triggers.yaml; its payload unless --payload), payment-timeout and
           kitchen-timeout (one-off events; --order <id> gives the payload {"order_id": <id>})
  -h, --help        this text

environment: the same as npm start (ports, EVENT_WEBHOOK_SECRET, DEV_METADATA_DIR, DEV_FUNCTIONS_DIR)`;

const OPTIONS = {
  order: { type: 'string' },
  id: { type: 'string' },
  event: { type: 'string' },
  op: { type: 'string' },
  old: { type: 'string' },
  'event-id': { type: 'string' },
  'print-event': { type: 'boolean' },
  input: { type: 'string' },
  role: { type: 'string' },
  payload: { type: 'string' },
} as const;

interface LambdaAnswer {
  statusCode?: number;
  headers?: Record<string, unknown>;
  body?: string;
}

type LambdaHandler = (event: unknown, context: unknown) => Promise<LambdaAnswer>;

async function rowJson(databaseUrl: string, trigger: TriggerTarget, by: { order?: string; id?: string }): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const table = `${client.escapeIdentifier(trigger.table.schema)}.${client.escapeIdentifier(trigger.table.name)}`;
    const onOrders = trigger.table.name === 'orders';
    const [column, value] = by.id !== undefined || onOrders ? ['id', by.id ?? by.order] : ['order_id', by.order];
    // The stored payload is row_to_json of the row, as Hasura's trigger function writes it.
    const { rows } = await client.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM ${table} t WHERE t.${column}::text = $1 ORDER BY t.ctid DESC LIMIT 1`, [value]);
    if (rows.length === 0) throw new Error(`no row of ${trigger.table.schema}.${trigger.table.name} where ${column} = ${value}`);
    return rows[0]!.row;
  } finally {
    await client.end();
  }
}

type Target = { kind: 'event'; trigger: TriggerTarget } | { kind: 'action'; action: ActionTarget } | { kind: 'cron'; cron: CronTarget } | { kind: 'one-off'; functionName: string };

/** What `name` is: an event trigger, an action or a cron trigger of the metadata, or a function that takes one-off scheduled events. */
function targetOf(metadata: Record<string, unknown>, name: string, functionsDir: string): Target {
  const trigger = eventTriggers(metadata).find((t) => t.name === name);
  if (trigger) return { kind: 'event', trigger };
  const action = actionTargets(metadata).find((a) => a.name === name);
  if (action) return { kind: 'action', action };
  const cron = cronTargets(metadata).find((c) => c.name === name);
  if (cron) return { kind: 'cron', cron };
  if (existsSync(join(functionsDir, name, 'handler.ts'))) return { kind: 'one-off', functionName: name };
  const known = [...eventTriggers(metadata), ...actionTargets(metadata), ...cronTargets(metadata)].map((t) => t.name);
  throw new UsageError(`${name} is not an event trigger, an action, a cron trigger or a function folder (known: ${known.join(', ')})`);
}

const functionOf = (target: Target): string =>
  target.kind === 'event' ? target.trigger.name : target.kind === 'action' ? target.action.functionName : target.kind === 'cron' ? target.cron.functionName : target.functionName;

const pathOf = (target: Target): string => (target.kind === 'action' ? target.action.path : target.kind === 'cron' ? target.cron.path : `/${functionOf(target)}`);

type Values = ReturnType<typeof parseCommandLine<typeof OPTIONS>>['values'];

async function bodyFor(target: Target, values: Values, config: ReturnType<typeof stackConfigFromEnv>): Promise<string> {
  if (values.event !== undefined) {
    const text = readFileSync(values.event, 'utf8');
    JSON.parse(text);
    return text;
  }
  switch (target.kind) {
    case 'action':
      if (values.input === undefined) throw new UsageError('give the action its --input (or a whole payload with --event)');
      return actionBody(target.action, JSON.parse(values.input) as Record<string, unknown>, values.role ?? target.action.roles[0] ?? 'admin');
    case 'cron':
      return scheduledBody({ name: target.cron.name, payload: values.payload !== undefined ? JSON.parse(values.payload) : target.cron.payload, comment: target.cron.comment });
    case 'one-off': {
      if (values.payload === undefined && values.order === undefined) throw new UsageError('give the scheduled event its --payload, or --order <id> for {"order_id": <id>}');
      const payload: unknown = values.payload !== undefined ? JSON.parse(values.payload) : { order_id: values.order };
      return scheduledBody({ payload, comment: `invoked by npm run invoke` });
    }
    case 'event': {
      if ([values.order, values.id].filter((v) => v !== undefined).length !== 1) throw new UsageError('give exactly one of --order, --id, --event');
      const op = (values.op ?? 'MANUAL').toUpperCase();
      if (!['MANUAL', 'INSERT', 'UPDATE'].includes(op)) throw new UsageError(`--op ${op}: expected MANUAL, INSERT or UPDATE`);
      const newRow = await rowJson(databaseUrls(config).direct, target.trigger, {
        ...(values.order !== undefined ? { order: values.order } : {}),
        ...(values.id !== undefined ? { id: values.id } : {}),
      });
      const oldRow = op === 'UPDATE' ? (values.old !== undefined ? JSON.stringify(JSON.parse(readFileSync(values.old, 'utf8'))) : newRow) : 'null';
      return hasuraEventBody({ trigger: target.trigger, op, oldRow, newRow, ...(values['event-id'] ? { eventId: values['event-id'] } : {}) });
    }
  }
}

await runCommand('npm run invoke', USAGE, async () => {
  const { values, positionals } = parseCommandLine(process.argv.slice(2), USAGE, OPTIONS);
  const config = stackConfigFromEnv(process.env, repoRoot);
  const name = positionals[0];
  if (!name || positionals.length > 1) throw new UsageError('name one function');
  const target = targetOf(await loadMetadataDirectory(config.metadataDir), name, config.functionsDir);
  const functionName = functionOf(target);
  const handlerFile = join(config.functionsDir, functionName, 'handler.ts');
  if (!existsSync(handlerFile)) throw new Error(`${handlerFile} does not exist`);
  const body = await bodyFor(target, values, config);
  if (values['print-event']) process.stdout.write(`event: ${body}\n`);

  // The handler reads its configuration from the environment, as on Lambda: the stack's.
  process.env.DATABASE_URL = databaseUrls(config).pooled;
  process.env.EVENT_WEBHOOK_SECRET = config.shared.EVENT_WEBHOOK_SECRET;
  process.env.HASURA_GRAPHQL_JWT_SECRET ??= config.shared.HASURA_GRAPHQL_JWT_SECRET;
  process.env.HASURA_GRAPHQL_ADMIN_SECRET = config.shared.HASURA_GRAPHQL_ADMIN_SECRET;
  process.env.HASURA_GRAPHQL_ENDPOINT = `http://127.0.0.1:${config.ports.engine}`;
  process.env.LOG_LEVEL ??= 'warn';
  const { handler } = (await import(pathToFileURL(handlerFile).href)) as { handler: LambdaHandler };
  // Event and scheduled webhooks carry the shared secret (their headers in the metadata); actions here have none.
  const event = apiGatewayPost(pathOf(target), body, target.kind === 'action' ? {} : { 'x-webhook-secret': config.shared.EVENT_WEBHOOK_SECRET });
  const answer = await handler(event, lambdaContext(functionName));
  const status = answer.statusCode ?? 200;
  let shown = answer.body ?? '';
  try {
    shown = JSON.stringify(JSON.parse(shown), null, 2);
  } catch {
    // not JSON: print as it came
  }
  process.stdout.write(`${name} answered ${status}\n${shown}\n`);
  return status >= 200 && status < 300 ? 0 : 1;
});
