import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { repoRoot } from '../paths.js';

/**
 * The engine's own reader of a Hasura metadata directory (the CLI's `!include` rules), so
 * what a reload applies is exactly what the engine loads at start. Imported at run time by
 * path: the dev tooling does not compile against the engine (the engine's tests build on
 * the dev tooling, and project references may not form a cycle).
 */
interface EngineLoader {
  loadMetadataDirectory(dir: string): unknown;
}

let loader: Promise<EngineLoader> | undefined;

export async function loadMetadataDirectory(dir: string): Promise<Record<string, unknown>> {
  loader ??= import(pathToFileURL(join(repoRoot, 'src', 'engine', 'src', 'metadata', 'load-directory.ts')).href) as Promise<EngineLoader>;
  return (await loader).loadMetadataDirectory(dir) as Record<string, unknown>;
}

/** The file a loader error names (the engine's MetadataFileError carries it). */
export function fileOfLoadError(error: unknown): string | undefined {
  const file = (error as { file?: unknown } | null)?.file;
  return typeof file === 'string' ? file : undefined;
}

/** The CLI's split of actions into actions.graphql and actions.yaml (src/engine/src/metadata/actions-sdl.ts). */
export type ActionsSplitter = (actions: unknown[], customTypes: unknown) => { graphql: string; yaml: unknown };

export async function engineActionsSplitter(): Promise<ActionsSplitter> {
  const module = (await import(pathToFileURL(join(repoRoot, 'src', 'engine', 'src', 'metadata', 'actions-sdl.ts')).href)) as { splitActions: ActionsSplitter };
  return module.splitActions;
}
