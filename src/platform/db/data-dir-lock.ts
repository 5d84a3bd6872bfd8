import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

interface LockInfo {
  pid: number;
  host: string;
  command: string;
  startedAt: string;
}

/** Thrown when another live process holds the embedded data directory. */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockInfo,
  ) {
    super(
      `The data directory ${dataDir} is in use by process ${holder.pid} on ${holder.host} ` +
        `("${holder.command}", since ${holder.startedAt}). Embedded PostgreSQL allows one process at a time: ` +
        `stop that process, or set DATABASE_URL to use a PostgreSQL server.`,
    );
    this.name = 'DataDirLockedError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes an exclusive, advisory lock on a data directory by creating `tradein.lock` with O_EXCL.
 * A lock left behind by a dead process (same host) is taken over. Returns the release function.
 */
export function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, 'tradein.lock');
  const info: LockInfo = {
    pid: process.pid,
    host: os.hostname(),
    command: process.argv
      .slice(1)
      .map((a) => path.basename(a))
      .join(' '),
    startedAt: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(info), { flag: 'wx' });
      let released = false;
      return () => {
        if (released) return;
        released = true;
        try {
          const current = JSON.parse(fs.readFileSync(file, 'utf8')) as LockInfo;
          if (current.pid === process.pid) fs.unlinkSync(file);
        } catch {
          // already gone
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let holder: LockInfo;
      try {
        holder = JSON.parse(fs.readFileSync(file, 'utf8')) as LockInfo;
      } catch {
        // A lock being written right now or a torn file: treat as held briefly, then retry.
        holder = { pid: -1, host: os.hostname(), command: 'unknown', startedAt: 'unknown' };
      }
      const sameHost = holder.host === os.hostname();
      if (holder.pid > 0 && sameHost && !isAlive(holder.pid)) {
        fs.rmSync(file, { force: true });
        continue;
      }
      if (holder.pid === -1 && attempt < 2) continue;
      throw new DataDirLockedError(dataDir, holder);
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}
