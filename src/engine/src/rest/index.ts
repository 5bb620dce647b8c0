import { Kind, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { RequestHeaders } from '../auth/headers.js';
import type { Session } from '../auth/session.js';
import type { GraphQLRequest, GraphQLResponse } from '../graphql/types.js';
import { endpointQuery, restEndpointsOf } from '../metadata/rest-endpoints.js';
import type { HasuraMetadata } from '../metadata/types.js';
import { matchEndpoint } from './match-endpoint.js';
import { restVariables, type RestArgument } from './rest-variables.js';

/** A request to `/api/rest/<path>`, as the HTTP layer read it. */
export interface RestRequest {
  method: string;
  /** The path after `/api/rest/`, still percent-encoded. */
  path: string;
  /** The query string's pairs, decoded, in order. */
  query: [string, string][];
  /** The body's text (empty for none). */
  body: string;
}

export interface RestServices {
  metadata(): HasuraMetadata;
  /** The GraphQL service, for the session the request authenticated as. */
  execute(request: GraphQLRequest, session: Session, headers: RequestHeaders): Promise<GraphQLResponse>;
}

export type RestResponse = { status: number; body: unknown };

const qErr = (status: number, error: string, code: string, path = '$'): RestResponse => ({ status, body: { path, error, code } });

const documents = new Map<string, DocumentNode | Error>();

/** The stored query's document, parsed once per text. */
function documentOf(text: string): DocumentNode | Error {
  let document = documents.get(text);
  if (!document) {
    try {
      document = parse(text, { noLocation: true });
    } catch (error) {
      document = error as Error;
    }
    if (documents.size > 1000) documents.clear();
    documents.set(text, document);
  }
  return document;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The body's top-level keys when it is a JSON object, else none (Hasura ignores any other body). */
function bodyArguments(body: string): [string, RestArgument][] {
  if (body.trim() === '') return [];
  try {
    const value: unknown = JSON.parse(body);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
    return Object.entries(value).map(([name, json]) => [name, { json }]);
  } catch {
    return [];
  }
}

/**
 * Hasura's RESTified endpoints (Server/Rest.hs): the endpoint whose URL template and method fit
 * the request runs its stored query through the GraphQL service, for the session the request
 * authenticated as (permissions, the allow-list and the API limits as on `/v1/graphql`), with
 * variables from the query string, the JSON body's keys and the path's `:variables`. The answer
 * is the query's `data` alone; an error is `{path, error, code}` with a 4xx/5xx status.
 */
export async function runRestEndpoint(request: RestRequest, session: Session, headers: RequestHeaders, services: RestServices): Promise<RestResponse> {
  const metadata = services.metadata();
  const match = matchEndpoint(restEndpointsOf(metadata), request.method, request.path.split('/').map(decodeSegment));
  if (match.kind === 'not-found') return qErr(404, 'Endpoint not found', 'not-found');
  if (match.kind === 'method-not-allowed') return qErr(405, `Allowed methods: ${match.allowed.join(', ')}`, 'method-not-allowed');
  if (match.kind === 'ambiguous') return qErr(500, 'Multiple endpoints match request', 'unexpected');
  const text = endpointQuery(metadata, match.endpoint);
  if (text === undefined) return qErr(500, `the query of endpoint ${match.endpoint.name} is not in its query collection`, 'unexpected');
  const document = documentOf(text);
  const operations = document instanceof Error ? [] : document.definitions;
  if (operations.length !== 1 || operations[0]!.kind !== Kind.OPERATION_DEFINITION) return qErr(500, 'A stored query should contain exactly one definition', 'unexpected');
  const operation = operations[0] as OperationDefinitionNode;
  const args: [string, RestArgument][] = [
    ...request.query.map(([name, value]): [string, RestArgument] => [name, { text: value }]),
    ...bodyArguments(request.body),
    ...match.params.map(([name, value]): [string, RestArgument] => [name, { text: value }]),
  ];
  const resolved = restVariables(operation.variableDefinitions ?? [], args);
  if (!resolved.ok) return qErr(400, resolved.message, 'bad-request');
  const response = await services.execute({ query: text, variables: resolved.variables }, session, headers);
  const first = response.errors?.[0];
  if (first) return qErr(first.extensions.code === 'unexpected' ? 500 : 400, first.message, first.extensions.code, first.extensions.path);
  return { status: 200, body: response.data ?? null };
}
