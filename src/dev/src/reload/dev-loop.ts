import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { StackConfig } from '../stack/config.js';
import { applyMetadataDirectory } from '../metadata/apply-directory.js';
import type { EngineEndpoint } from '../metadata/metadata-api.js';
import { shownPath } from '../metadata/inconsistency-lines.js';
import { watchTree, type TreeWatcher } from './watch-tree.js';

export interface DevLoopOptions {
  config: StackConfig;
  /** The running engine, when it is one of the parts. */
  engine?: EngineEndpoint;
  /** Stops the functions and starts them again; resolves once they answer. */
  restartFunctions?: () => Promise<void>;
  say: (line: string) => void;
}

export interface DevLoop {
  /** Settles once every save seen so far has been loaded. */
  idle(): Promise<void>;
  close(): void;
}

/** Workspace packages under src/ the functions import (src/backend/package.json). */
const SHARED_PACKAGES = ['domain', 'hasura-jwt', 'http-body'];

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

function shortList(changed: string[]): string {
  return changed.length <= 3 ? changed.join(', ') : `${changed.slice(0, 3).join(', ')} and ${changed.length - 3} more`;
}

/**
 * Edit, save, see it: a save under the functions' sources restarts only the functions
 * (events sent meanwhile fail to connect and the engine delivers them again, per their
 * retry_conf); a save under the metadata directory is applied to the running engine as
 * `hasura metadata apply` would. One line per reload, with how long it took.
 */
export function startDevLoop(options: DevLoopOptions): DevLoop {
  const { config, say } = options;
  const watchers: TreeWatcher[] = [];

  if (options.restartFunctions) {
    const restart = options.restartFunctions;
    const reload = async (changed: string[]) => {
      const started = Date.now();
      try {
        await restart();
        say(`functions reloaded in ${seconds(started)} (${shortList(changed)})`);
      } catch (error) {
        say(`functions did not come back after ${seconds(started)}: ${error instanceof Error ? error.message : String(error)}; save again to retry`);
      }
    };
    const code = (file: string) => /\.(ts|tsx|js|mjs|cjs|json)$/.test(file);
    watchers.push(watchTree(config.functionsDir, reload, code));
    // The workspace packages the functions import are their code too.
    for (const pkg of SHARED_PACKAGES) {
      const dir = join(config.repoRoot, 'src', pkg, 'src');
      if (existsSync(dir)) watchers.push(watchTree(dir, (changed) => reload(changed.map((file) => `${pkg}/${file}`)), code));
    }
  }

  if (options.engine) {
    const engine = options.engine;
    const shownFrom = config.repoRoot;
    watchers.push(
      watchTree(
        config.metadataDir,
        async (changed) => {
          const started = Date.now();
          try {
            const result = await applyMetadataDirectory(engine, config.metadataDir, shownFrom);
            if (result.ok) {
              say(`metadata applied in ${seconds(started)} (${shortList(changed)})`);
              return;
            }
            say(`metadata in ${shownPath(config.metadataDir, shownFrom)} not applied; the engine keeps serving the previous metadata:`);
            for (const line of result.lines.flatMap((l) => l.split('\n'))) if (line.trim() !== '') say(`  ${line}`);
          } catch (error) {
            say(`metadata not applied: ${error instanceof Error ? error.message : String(error)}`);
          }
        },
        (file) => /\.(ya?ml|graphql)$/.test(file),
      ),
    );
  }

  return {
    idle: async () => {
      await Promise.all(watchers.map((w) => w.idle()));
    },
    close() {
      for (const watcher of watchers) watcher.close();
    },
  };
}
