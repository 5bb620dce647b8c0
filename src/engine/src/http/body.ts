/** Parses a request body as JSON; the error message follows aeson's "Error in $: ..." as Hasura reports it. */
export function parseJson(body: Buffer): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(body.toString('utf8')) as unknown };
  } catch (error) {
    return { ok: false, message: `Error in $: ${(error as Error).message}` };
  }
}
