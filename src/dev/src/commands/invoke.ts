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
import { eventTriggers, findTrigger, type TriggerTarget } from '../invoke/trigger-lookup.js';
import { actionBody, actionTargets } from '../invoke/action-call.js';
import { loadMetadataDirectory } from '../metadata/load-directory.js';
import { repoRoot } from '../paths.js';
import { stackConfigFromEnv } from '../stack/config.js';
import { databaseUrls } from '../stack/database-urls.js';

const USAGE = `usage: npm run invoke -- <function> (--order <id> | --id <key> | --event <file.json>) [options]
       npm run invoke -- <action> --input '<json>' [--role <role>]

Runs one event function locally with the Hasura event payload the engine would deliver,
built by the engine's own webhook body builder from a row of the running stack's database
(npm start must be running, or DATABASE_URL set). Prints the answer: status and body.
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

await runCommand('npm run invoke', USAGE, async () => {
  const { values, positionals } = parseCommandLine(process.argv.slice(2), USAGE, OPTIONS);
  const config = stackConfigFromEnv(process.env, repoRoot);
  const name = positionals[0];
  if (!name || positionals.length > 1) throw new UsageError('name one function');
  const metadata = await loadMetadataDirectory(config.metadataDir);
  const action = actionTargets(metadata).find((a) => a.name === name);
  const known = [...eventTriggers(metadata).map((t) => t.name), ...actionTargets(metadata).map((a) => a.name)];
  if (!known.includes(name)) throw new UsageError(`${name} is not an event function or an action (known: ${known.join(', ')})`);
  const sources = [values.order, values.id, values.event, values.input].filter((v) => v !== undefined);
  if (sources.length !== 1) throw new UsageError(action ? 'give the action its --input' : 'give exactly one of --order, --id, --event');
  const functionName = action?.functionName ?? name;
  const handlerFile = join(config.functionsDir, functionName, 'handler.ts');
  if (!existsSync(handlerFile)) throw new Error(`${handlerFile} does not exist`);

  let body: string;
  if (action) {
    if (values.input === undefined && values.event === undefined) throw new UsageError('give the action its --input');
    body =
      values.event !== undefined
        ? readFileSync(values.event, 'utf8')
        : await actionBody(action, JSON.parse(values.input!) as Record<string, unknown>, values.role ?? action.roles[0] ?? 'admin');
  } else if (values.input !== undefined) {
    throw new UsageError('--input is for actions; an event function takes --order, --id or --event');
  } else if (values.event !== undefined) {
    body = readFileSync(values.event, 'utf8');
    JSON.parse(body);
  } else {
    const trigger = findTrigger(metadata, name);
    const op = (values.op ?? 'MANUAL').toUpperCase();
    if (!['MANUAL', 'INSERT', 'UPDATE'].includes(op)) throw new UsageError(`--op ${op}: expected MANUAL, INSERT or UPDATE`);
    const newRow = await rowJson(databaseUrls(config).direct, trigger, {
      ...(values.order !== undefined ? { order: values.order } : {}),
      ...(values.id !== undefined ? { id: values.id } : {}),
    });
    const oldRow = op === 'UPDATE' ? (values.old !== undefined ? JSON.stringify(JSON.parse(readFileSync(values.old, 'utf8'))) : newRow) : 'null';
    body = await hasuraEventBody({ trigger, op, oldRow, newRow, ...(values['event-id'] ? { eventId: values['event-id'] } : {}) });
  }
  if (values['print-event']) process.stdout.write(`event: ${body}\n`);

  // The handler reads its configuration from the environment, as on Lambda: the stack's.
  process.env.DATABASE_URL = databaseUrls(config).pooled;
  process.env.EVENT_WEBHOOK_SECRET = config.shared.EVENT_WEBHOOK_SECRET;
  process.env.HASURA_GRAPHQL_JWT_SECRET ??= config.shared.HASURA_GRAPHQL_JWT_SECRET;
  process.env.HASURA_GRAPHQL_ADMIN_SECRET = config.shared.HASURA_GRAPHQL_ADMIN_SECRET;
  process.env.HASURA_GRAPHQL_ENDPOINT = `http://127.0.0.1:${config.ports.engine}`;
  process.env.LOG_LEVEL ??= 'warn';
  const { handler } = (await import(pathToFileURL(handlerFile).href)) as { handler: LambdaHandler };
  const event = apiGatewayPost(action?.path ?? `/${name}`, body, action ? {} : { 'x-webhook-secret': config.shared.EVENT_WEBHOOK_SECRET });
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
