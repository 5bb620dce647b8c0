import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../paths.js';

/** A Hasura Action as the metadata defines it: what `npm run invoke` needs to call its handler. */
export interface ActionTarget {
  name: string;
  type: 'mutation' | 'query';
  /** The handler URL's path once `{{ACTION_BASE_URL}}` is taken off: `/auth/login`. */
  path: string;
  /** The function folder under src/backend/src that serves the path (its first segment). */
  functionName: string;
  /** Roles with a permission on the action (the first is the default session role). */
  roles: string[];
}

interface ActionEntry {
  name?: string;
  definition?: { handler?: string; type?: string };
  permissions?: Array<{ role?: string }>;
}

export function actionTargets(metadata: Record<string, unknown>): ActionTarget[] {
  const actions = (Array.isArray(metadata.actions) ? metadata.actions : []) as ActionEntry[];
  return actions.flatMap((action): ActionTarget[] => {
    const handler = action.definition?.handler ?? '';
    const path = handler.replace(/^\{\{\s*[A-Z0-9_]+\s*\}\}/, '').replace(/^https?:\/\/[^/]+/, '');
    const functionName = path.split('/').filter(Boolean)[0];
    if (!action.name || !functionName) return [];
    return [
      {
        name: action.name,
        type: action.definition?.type === 'query' ? 'query' : 'mutation',
        path,
        functionName,
        roles: (action.permissions ?? []).flatMap((p) => (p.role ? [p.role] : [])),
      },
    ];
  });
}

interface ActionProtocol {
  actionPayload(action: { name: string }, input: Record<string, unknown>, sessionVariables: Record<string, string>, query: string): unknown;
}

/**
 * The body the engine POSTs to an action handler, built by the engine's own
 * src/engine/src/actions/webhook-protocol.ts (imported at run time, as the dev tooling does
 * not compile against the engine).
 */
export async function actionBody(action: ActionTarget, input: Record<string, unknown>, role: string): Promise<string> {
  const protocol = (await import(pathToFileURL(join(repoRoot, 'src', 'engine', 'src', 'actions', 'webhook-protocol.ts')).href)) as ActionProtocol;
  const args = Object.entries(input)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join(', ');
  const query = `${action.type} { ${action.name}${args ? `(${args})` : ''} }`;
  return JSON.stringify(protocol.actionPayload({ name: action.name }, input, { 'x-hasura-role': role }, query));
}
