import { inconsistencyLines, shownPath, type InconsistentObject } from './inconsistency-lines.js';
import { fileOfLoadError, loadMetadataDirectory } from './load-directory.js';
import { describeFailure, metadataApi, type EngineEndpoint } from './metadata-api.js';

export type ApplyResult = { ok: true } | { ok: false; lines: string[] };

/**
 * `hasura metadata apply` against the running engine: the directory read by the CLI's
 * rules, sent as `replace_metadata` (v2) with `allow_inconsistent_metadata: false`. The
 * engine refuses metadata that does not match the database and keeps serving what it had;
 * the refusal lists the objects as `get_inconsistent_metadata` would, which we print with
 * the file each one lives in.
 */
export async function applyMetadataDirectory(engine: EngineEndpoint, dir: string, shownFrom: string = dir): Promise<ApplyResult> {
  let metadata: Record<string, unknown>;
  try {
    metadata = await loadMetadataDirectory(dir);
  } catch (error) {
    const file = fileOfLoadError(error);
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, lines: [file ? `${shownPath(file, shownFrom)}: ${message.replace(`${file}: `, '')}` : message] };
  }
  const answer = await metadataApi(engine, { type: 'replace_metadata', version: 2, args: { metadata, allow_inconsistent_metadata: false } });
  if (answer.status === 200) return { ok: true };
  const internal = (answer.body as { internal?: unknown } | null)?.internal;
  if (Array.isArray(internal) && internal.length > 0) {
    const objects = internal as InconsistentObject[];
    return {
      ok: false,
      lines: [
        describeFailure(answer),
        ...inconsistencyLines(dir, objects, shownFrom).map((line) => `  ${line}`),
        `get_inconsistent_metadata: ${JSON.stringify({ is_consistent: false, inconsistent_objects: objects })}`,
      ],
    };
  }
  return { ok: false, lines: [describeFailure(answer)] };
}
