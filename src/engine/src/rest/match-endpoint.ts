import { parseEndpointUrl, type RestEndpoint } from '../metadata/rest-endpoints.js';

/** Which endpoint a request's path and method reach (Hasura's `matchPath` over its endpoint trie). */
export type EndpointMatch =
  { kind: 'found'; endpoint: RestEndpoint; params: [string, string][] } | { kind: 'not-found' } | { kind: 'method-not-allowed'; allowed: string[] } | { kind: 'ambiguous' };

/** The template's variables and their segments of the path, or null when the path does not fit the template. */
function fit(endpoint: RestEndpoint, segments: readonly string[]): [string, string][] | null {
  const template = parseEndpointUrl(endpoint.url);
  if (!template.ok || template.segments.length !== segments.length) return null;
  const params: [string, string][] = [];
  for (const [i, part] of template.segments.entries()) {
    if ('variable' in part) params.push([part.variable, segments[i]!]);
    else if (part.literal !== segments[i]) return null;
  }
  return params;
}

/**
 * The endpoint for `method` whose template fits the path's (decoded) segments. A path some
 * endpoint fits, but none for this method, is refused naming the methods it has; two fitting
 * the same method (metadata refuses that, so only a race could make it) is an error.
 */
export function matchEndpoint(endpoints: readonly RestEndpoint[], method: string, segments: readonly string[]): EndpointMatch {
  const fitting = endpoints.flatMap((endpoint) => {
    const params = fit(endpoint, segments);
    return params ? [{ endpoint, params }] : [];
  });
  if (fitting.length === 0) return { kind: 'not-found' };
  const forMethod = fitting.filter((f) => f.endpoint.methods.includes(method));
  if (forMethod.length === 1) return { kind: 'found', ...forMethod[0]! };
  if (forMethod.length > 1) return { kind: 'ambiguous' };
  return { kind: 'method-not-allowed', allowed: [...new Set(fitting.flatMap((f) => f.endpoint.methods))] };
}
