import { MetadataApiError } from '../errors.js';

/**
 * The transaction access mode a /v1/query request needs, as Hasura's `getQueryAccessMode`
 * works it out before running anything: select and count run in either mode, a run_sql in
 * the one its `read_only` asks for, every other operation in READ WRITE. A bulk whose
 * operations need different modes is refused as a whole, so none of it runs.
 */
type AccessMode = 'READ WRITE' | 'READ ONLY';

interface Operation {
  type?: unknown;
  args?: unknown;
}

function modeOf(op: Operation): AccessMode | undefined {
  if (op.type === 'select' || op.type === 'count') return undefined;
  if (op.type === 'run_sql') return (op.args as { read_only?: unknown } | undefined)?.read_only === true ? 'READ ONLY' : 'READ WRITE';
  if (op.type === 'bulk' && Array.isArray(op.args)) {
    let expected: AccessMode | undefined;
    for (const [i, item] of op.args.entries()) {
      const mode = item !== null && typeof item === 'object' ? modeOf(item as Operation) : undefined;
      if (mode === undefined) continue;
      if (expected !== undefined && mode !== expected) {
        throw new MetadataApiError(
          'bad-request',
          `incompatible access mode requirements in bulk query, expected access mode: ${expected} but $.args[${i}] forces ${mode}`,
          400,
          '$',
        );
      }
      expected = mode;
    }
    return expected;
  }
  return 'READ WRITE';
}

/** Throws Hasura's bad-request when a bulk mixes read-only and read-write operations. */
export function checkAccessModes(op: Operation): void {
  modeOf(op);
}
