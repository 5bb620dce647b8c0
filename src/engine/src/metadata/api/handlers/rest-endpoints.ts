import { objectArg, optionalString, stringArg } from '../../args.js';
import { draftOf } from '../../edit.js';
import { MetadataApiError, alreadyExists, notExists, parseFailed } from '../../errors.js';
import {
  ambiguityReport,
  ambiguousEndpoints,
  endpointInconsistency,
  endpointProblem,
  ENDPOINT_METHODS,
  parseEndpointUrl,
  restEndpointsOf,
  type RestEndpoint,
} from '../../rest-endpoints.js';
import type { ServerMetadataHandler } from '../context.js';

/** RESTified endpoints' metadata operations, with Hasura's messages (RQL/DDL/Endpoint.hs). */

const newInconsistency = (internal: unknown) => new MetadataApiError('unexpected', 'cannot continue due to new inconsistent metadata', 400, '$.args', internal);

function readEndpoint(rawArgs: unknown): RestEndpoint {
  const args = objectArg(rawArgs);
  const name = stringArg(args, 'name');
  if (name === '') throw parseFailed('empty string not allowed', '$.name');
  const url = stringArg(args, 'url');
  if (url === '') throw parseFailed('empty string not allowed', '$.url');
  const parsed = parseEndpointUrl(url);
  if (!parsed.ok) throw new MetadataApiError('bad-request', parsed.message);
  const methods = args.methods;
  if (!Array.isArray(methods) || methods.length === 0) throw parseFailed('parsing NonEmpty failed, unexpected empty list', '$.methods');
  for (const [i, method] of methods.entries()) {
    if (typeof method !== 'string' || !(ENDPOINT_METHODS as readonly string[]).includes(method)) {
      throw parseFailed(`Only ${ENDPOINT_METHODS.join(', ')} methods are supported`, `$.methods[${i}]`);
    }
  }
  const definition = objectArg(args.definition, '$.args.definition');
  const query = objectArg(definition.query, '$.args.definition.query');
  const endpoint: RestEndpoint = {
    name,
    url,
    methods: [...new Set(methods as string[])],
    definition: {
      query: { collection_name: stringArg(query, 'collection_name', '$.args.definition.query'), query_name: stringArg(query, 'query_name', '$.args.definition.query') },
    },
    comment: optionalString(args, 'comment') ?? null,
  };
  return endpoint;
}

/** create_rest_endpoint {name, url, methods, definition: {query: {collection_name, query_name}}, comment?} */
export const createRestEndpoint: ServerMetadataHandler = async (rawArgs, ctx) => {
  const endpoint = readEndpoint(rawArgs);
  const draft = draftOf(ctx.getMetadata());
  const endpoints = restEndpointsOf(draft);
  if (endpoints.some((e) => e.name === endpoint.name)) throw alreadyExists(`Endpoint with name: ${endpoint.name} already exists`);
  const problem = endpointProblem(draft, endpoint);
  if (problem !== null) throw newInconsistency([endpointInconsistency(endpoint, problem)]);
  const next = [...endpoints, endpoint];
  const ambiguous = ambiguousEndpoints(next).filter((group) => group.includes(endpoint));
  if (ambiguous.length > 0) throw newInconsistency(ambiguityReport(draft, ambiguous));
  draft.rest_endpoints = next;
  await ctx.setMetadata(draft);
  return { message: 'success' };
};

/** drop_rest_endpoint {name} */
export const dropRestEndpoint: ServerMetadataHandler = async (rawArgs, ctx) => {
  const name = stringArg(objectArg(rawArgs), 'name');
  const draft = draftOf(ctx.getMetadata());
  const endpoints = restEndpointsOf(draft);
  if (!endpoints.some((e) => e.name === name)) throw notExists(`endpoint with name: ${name} does not exist`);
  draft.rest_endpoints = endpoints.filter((e) => e.name !== name);
  await ctx.setMetadata(draft);
  return { message: 'success' };
};
