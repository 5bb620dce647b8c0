import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { HttpError, toError } from '../shared/errors.js';
import { errorResponse, header, jsonResponse, parseJsonBody, type FunctionHandler } from '../shared/http.js';
import { lambdaHandler } from '../shared/lambda.js';
import type { FunctionRuntime } from '../shared/runtime.js';
import { actionCallOf, actionErrorBody } from './action-payload.js';
import { corsHeaders } from './cors.js';
import { readCredentials } from './credentials.js';
import { issueToken, parseSigningConfig, type SigningConfig } from './jwt.js';
import { DECOY_HASH, hashPassword, verifyPassword } from './password.js';
import { FixedWindowRateLimiter } from './rate-limit.js';
import { createCustomer, findUser, type UserRow } from './users.js';

type Route = 'login' | 'signup';

function routeOf(path: string): Route | undefined {
  if (/\/auth\/login\/?$/.test(path)) return 'login';
  if (/\/auth\/signup\/?$/.test(path)) return 'signup';
  return undefined;
}

/** The username a request claims, for the rate-limit key, before it is validated. */
function claimedUsername(body: unknown): string {
  const value = (body as { username?: unknown } | null)?.username;
  return typeof value === 'string' ? value.trim().toLowerCase().slice(0, 64) : '';
}

/**
 * POST /auth/signup and POST /auth/login: `{username, password}` → `{token, user, expiresAt}`,
 * a JWT with Hasura's claims signed with the key of HASURA_GRAPHQL_JWT_SECRET. The same routes
 * serve Hasura's `signup` and `login` Actions (./action-payload.ts).
 */
export function createAuthHandler(runtime: FunctionRuntime, clock: () => number = Date.now): FunctionHandler {
  const { config, logger } = runtime;
  const limiter = new FixedWindowRateLimiter(config.rateLimit.maxAttempts, config.rateLimit.windowSeconds * 1000);
  let signing: Promise<SigningConfig> | undefined;

  async function respondWithToken(statusCode: number, user: UserRow, cors: Record<string, string>) {
    signing ??= parseSigningConfig(config.jwtSecret, config.jwtPrivateKey);
    const issued = await issueToken(await signing, user, config.tokenLifetimeSeconds, new Date(clock()));
    return jsonResponse(statusCode, { token: issued.token, user: { id: user.id, username: user.username, role: user.role }, expiresAt: issued.expiresAt.toISOString() }, cors);
  }

  async function handle(request: APIGatewayProxyEventV2, pathRoute: Route, cors: Record<string, string>) {
    const requestBody = parseJsonBody(request);
    // Hasura's `signup` / `login` Actions call these routes with their payload (./action-payload.ts).
    const action = actionCallOf(requestBody);
    const route = action?.route ?? pathRoute;
    const body = action ? action.input : requestBody;
    const fail = (statusCode: number, code: string, message: string, headers: Record<string, string> = {}) =>
      action ? jsonResponse(statusCode, actionErrorBody(code, message), { ...cors, ...headers }) : errorResponse(statusCode, code, message, { ...cors, ...headers });
    const ip = request.requestContext?.http?.sourceIp ?? 'unknown';
    const verdict = limiter.hit(`${route}|${ip}|${claimedUsername(body)}`, clock());
    if (!verdict.allowed) {
      logger.warn({ route, ip, username: claimedUsername(body) }, 'auth rate limit hit');
      return fail(429, 'rate-limited', `Too many ${route} attempts for this username from your address. Try again in ${verdict.retryAfterSeconds} seconds.`, {
        'retry-after': String(verdict.retryAfterSeconds),
      });
    }
    const check = readCredentials(body, route);
    if (!check.ok) return fail(400, 'invalid-credentials-format', check.message);
    const { username, password } = check.credentials;
    const pool = runtime.pool();

    if (route === 'signup') {
      const created = await createCustomer(pool, username, await hashPassword(password));
      if (created === 'taken') return fail(409, 'username-taken', `The username ${username} is already taken.`);
      logger.info({ userId: created.id, username }, 'customer signed up');
      return respondWithToken(201, created, cors);
    }
    const user = await findUser(pool, username);
    const matches = await verifyPassword(password, user?.password_hash ?? DECOY_HASH);
    if (!user || !matches) return fail(401, 'invalid-credentials', 'Invalid username or password.');
    return respondWithToken(200, user, cors);
  }

  return async (request) => {
    const cors = corsHeaders(config.corsOrigins, header(request, 'origin'));
    const method = request.requestContext?.http?.method ?? 'POST';
    const route = routeOf(request.rawPath ?? request.requestContext?.http?.path ?? '');
    if (!route) return errorResponse(404, 'not-found', 'auth serves POST /auth/login and POST /auth/signup', cors);
    if (method === 'OPTIONS') return { statusCode: 204, headers: cors };
    if (method !== 'POST') return errorResponse(405, 'method-not-allowed', `/auth/${route} accepts POST only`, { ...cors, allow: 'POST, OPTIONS' });
    try {
      return await handle(request, route, cors);
    } catch (thrown) {
      if (thrown instanceof HttpError) return errorResponse(thrown.statusCode, thrown.code, thrown.message, cors);
      const error = toError(thrown);
      logger.error({ err: error, route }, 'auth request failed');
      return errorResponse(500, 'internal-error', 'The sign-in service failed; please try again.', cors);
    }
  };
}

/** AWS Lambda entry point (serverless.yml: src/backend/src/auth/handler.handler). */
export const handler = lambdaHandler((runtime) => createAuthHandler(runtime));
