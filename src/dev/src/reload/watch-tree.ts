import { readdirSync, statSync, watch, type FSWatcher } from 'node:fs';
import { join, relative } from 'node:path';
import { ChangeQueue } from './change-queue.js';

/** Editors' scratch files: a save through them ends with a rename that is seen anyway. */
function isScratch(file: string): boolean {
  const base = file.split('/').pop() ?? file;
  return base.startsWith('.#') || base.endsWith('~') || base.endsWith('.swp') || base.endsWith('.swx') || base === '4913' || /^sed[A-Za-z0-9]{6}$/.test(base);
}

export interface TreeWatcher {
  /** Settles once every change seen so far has been handled. */
  idle(): Promise<void>;
  close(): void;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Calls `onChange` with the files changed under `dir` (relative paths), once per burst of
 * saves and never concurrently (ChangeQueue). One watcher per directory rather than
 * `fs.watch(..., { recursive: true })`: on Linux, Node 20's recursive watcher follows files,
 * and loses one for good once an editor saves it by writing a new file over it (vim, sed -i,
 * JetBrains' safe write); a directory's watch sees every entry written, renamed or created.
 */
export function watchTree(dir: string, onChange: (changed: string[]) => Promise<void>, accept: (file: string) => boolean = () => true): TreeWatcher {
  const queue = new ChangeQueue(onChange);
  const watchers = new Map<string, FSWatcher>();

  const watchDirectory = (folder: string) => {
    if (watchers.has(folder)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(folder, (_event, name) => {
        if (!name) return;
        const path = join(folder, name.toString());
        // A folder created (or moved in) after the start is watched from now on.
        if (isDirectory(path)) return watchTreeOf(path);
        const file = relative(dir, path);
        if (!isScratch(file) && accept(file)) queue.add(file);
      });
    } catch {
      return; // removed meanwhile
    }
    // A folder deleted (a test's temp copy going away) ends its watcher, not the stack.
    watcher.on('error', () => {
      watcher.close();
      watchers.delete(folder);
    });
    watchers.set(folder, watcher);
  };

  const watchTreeOf = (folder: string) => {
    watchDirectory(folder);
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')) watchTreeOf(join(folder, entry.name));
  };

  watchTreeOf(dir);
  return {
    idle: () => queue.idle(),
    close() {
      queue.close();
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
