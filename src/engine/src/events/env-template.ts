import type { EventTrigger, EventTriggerHeader } from '../metadata/types.js';

/**
 * Webhook URLs and headers resolved from the environment as Hasura does: `{{ENV_VAR}}`
 * templates in `webhook`, the older `webhook_from_env`, and `value_from_env` headers.
 * A missing variable is an error the caller reports (metadata API) or records as a
 * failed attempt (delivery), never an empty string sent to a webhook.
 */
export type Env = Readonly<Record<string, string | undefined>>;

export class MissingEnvError extends Error {
  constructor(readonly variable: string) {
    super(`environment variable '${variable}' not set`);
  }
}

const TEMPLATE = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export function resolveTemplate(template: string, env: Env): string {
  return template.replace(TEMPLATE, (_all, name: string) => {
    const value = env[name];
    if (value === undefined) throw new MissingEnvError(name);
    return value;
  });
}

export function resolveWebhookUrl(trigger: Pick<EventTrigger, 'webhook' | 'webhook_from_env'>, env: Env): string {
  if (trigger.webhook_from_env !== undefined) {
    const value = env[trigger.webhook_from_env];
    if (value === undefined) throw new MissingEnvError(trigger.webhook_from_env);
    return value;
  }
  return resolveTemplate(trigger.webhook ?? '', env);
}

/** A header as Hasura logs it: the configured form, so secrets from env stay out of logs. */
export type LoggedHeader = { name: string; value: string } | { name: string; value_from_env: string };

export interface ResolvedHeaders {
  /** What goes on the wire. */
  send: Record<string, string>;
  /** What the invocation log records (`request.headers`). */
  logged: LoggedHeader[];
}

/** Hasura sends `hasura-graphql-engine/<version>`; ours names the release it follows (engine.ts ENGINE_VERSION). */
export const USER_AGENT = 'hasura-graphql-engine/v2.48.10-3factor';

/**
 * Hasura's `addDefaultHeaders`: Content-Type and User-Agent are always set and win over
 * user headers of the same name; they come first in the logged list.
 */
export function resolveHeaders(headers: readonly EventTriggerHeader[] | undefined, env: Env): ResolvedHeaders {
  const defaults: [string, string][] = [
    ['Content-Type', 'application/json'],
    ['User-Agent', USER_AGENT],
  ];
  const reserved = new Set(defaults.map(([n]) => n.toLowerCase()));
  const send: Record<string, string> = {};
  const logged: LoggedHeader[] = defaults.map(([name, value]) => ({ name, value }));
  for (const header of headers ?? []) {
    if (reserved.has(header.name.toLowerCase())) continue;
    if (header.value_from_env !== undefined) {
      const value = env[header.value_from_env];
      if (value === undefined) throw new MissingEnvError(header.value_from_env);
      send[header.name] = value;
      logged.push({ name: header.name, value_from_env: header.value_from_env });
    } else {
      send[header.name] = header.value ?? '';
      logged.push({ name: header.name, value: header.value ?? '' });
    }
  }
  for (const [name, value] of defaults) send[name] = value;
  return { send, logged };
}

/** The logged form alone, for when resolving failed and nothing was sent. */
export function loggedHeadersOf(headers: readonly EventTriggerHeader[] | undefined): LoggedHeader[] {
  return [
    { name: 'Content-Type', value: 'application/json' },
    { name: 'User-Agent', value: USER_AGENT },
    ...(headers ?? [])
      .filter((h) => !['content-type', 'user-agent'].includes(h.name.toLowerCase()))
      .map((h): LoggedHeader => (h.value_from_env !== undefined ? { name: h.name, value_from_env: h.value_from_env } : { name: h.name, value: h.value ?? '' })),
  ];
}
