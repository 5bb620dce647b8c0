import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandLineOf } from './leftovers.js';

interface LockOwner {
  pid: number;
  commandLine: string;
}

/**
 * One `npm start` per data folder. Without this, a second start would take the first
 * one's live servers for leftovers of a crash and stop them.
 * Returns the release function; throws when another live start holds the folder.
 */
export function acquireStackLock(runDir: string): () => void {
  const file = join(runDir, 'stack.json');
  const me: LockOwner = { pid: process.pid, commandLine: commandLineOf(process.pid) ?? '' };
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(file, JSON.stringify(me) + '\n', { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
    }
    const owner = readOwner(file);
    if (owner && owner.pid !== process.pid && commandLineOf(owner.pid) === owner.commandLine) {
      throw new Error(`another npm start (pid ${owner.pid}) is running with this data folder: stop it first, or set DEV_DATA_DIR and the ports`);
    }
    // The owner is gone (killed without cleanup): its lock is stale.
    rmSync(file, { force: true });
  }
}

function readOwner(file: string): LockOwner | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockOwner;
  } catch {
    return undefined;
  }
}
