import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * HASURA_GRAPHQL_CORS_DOMAIN: `*` (default; the request's Origin is echoed so credentials
 * work) or a comma-separated list of origins, where `*` may stand for one subdomain level
 * (`https://*.example.com`).
 */
export function originAllowed(origin: string, corsDomain: string): boolean {
  const domains = corsDomain
    .split(',')
    .map((d) => d.trim())
    .filter(Boolean);
  return domains.some((domain) => {
    if (domain === '*') return true;
    if (!domain.includes('*')) return domain === origin;
    const pattern = new RegExp(
      '^' +
        domain
          .split('*')
          .map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
          .join('[^./]+') +
        '$',
    );
    return pattern.test(origin);
  });
}

/** Sets CORS headers; returns true when the request was a preflight and has been answered. */
export function applyCors(request: IncomingMessage, response: ServerResponse, corsDomain: string): boolean {
  const origin = request.headers.origin;
  if (origin && originAllowed(origin, corsDomain)) {
    response.setHeader('Access-Control-Allow-Origin', origin);
    response.setHeader('Access-Control-Allow-Credentials', 'true');
    response.setHeader('Vary', 'Origin');
  }
  if (request.method !== 'OPTIONS') return false;
  response.setHeader('Access-Control-Allow-Methods', 'GET,POST,PUT,PATCH,DELETE,OPTIONS');
  const requested = request.headers['access-control-request-headers'];
  if (requested) response.setHeader('Access-Control-Allow-Headers', requested);
  response.setHeader('Access-Control-Max-Age', '1728000');
  response.writeHead(204).end();
  return true;
}
