/** One GraphQL request over HTTP, with Hasura's error shape turned into an Error. */
export class GraphQLRequestError extends Error {
  override name = 'GraphQLRequestError';
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export async function graphqlRequest<T>(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string>, fetchImpl: FetchLike = fetch): Promise<T> {
  const response = await fetchImpl(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json().catch(() => undefined)) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] } | undefined;
  if (!body) throw new GraphQLRequestError(`GraphQL endpoint answered HTTP ${response.status} without JSON`, undefined);
  const first = body.errors?.[0];
  if (first) throw new GraphQLRequestError(first.message, first.extensions?.code);
  if (body.data === undefined) throw new GraphQLRequestError('GraphQL response without data', undefined);
  return body.data;
}
