import fs from 'node:fs';
import path from 'node:path';
import { PGlite, types, type Transaction } from '@electric-sql/pglite';
import type { Db, Queryable } from './db.js';
import { lockDataDir } from './data-dir-lock.js';

const parsers = {
  [types.INT8]: (v: string) => Number(v),
};

function txHandle(tx: Transaction): Queryable {
  const handle: Queryable = {
    inTransaction: true,
    async query<T>(sql: string, params?: readonly unknown[]) {
      const res = await tx.query<T>(sql, params as unknown[] | undefined);
      return res.rows;
    },
    async transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      return fn(handle);
    },
    async exec(sql: string) {
      await tx.exec(sql);
    },
  };
  return handle;
}

export interface PgliteOptions {
  /** Folder holding `pgdata/` and the process lock. `undefined` = in memory. */
  dataDir?: string;
  /** Skip the process lock (only for a folder nobody else can see, e.g. a test clone). */
  skipLock?: boolean;
}

/**
 * Creates a new database folder beside `pgdata` and renames it into place once initdb has finished:
 * a process killed during initdb leaves only the scratch folder (removed on the next try), never a
 * half-made `pgdata` that PGlite cannot open again.
 */
async function initialiseAtomically(pgdata: string): Promise<void> {
  if (fs.existsSync(pgdata)) return;
  const scratch = `${pgdata}.initdb`;
  fs.rmSync(scratch, { recursive: true, force: true });
  const pg = await PGlite.create({ dataDir: scratch });
  await pg.close();
  fs.renameSync(scratch, pgdata);
}

/** Opens embedded PostgreSQL (PGlite) under `dataDir/pgdata`, holding the folder's process lock. */
export async function openPglite(options: PgliteOptions): Promise<Db> {
  if (options.dataDir) fs.mkdirSync(options.dataDir, { recursive: true });
  const release = options.dataDir && !options.skipLock ? lockDataDir(options.dataDir) : () => {};
  let pg: PGlite;
  try {
    const pgdata = options.dataDir ? path.join(options.dataDir, 'pgdata') : undefined;
    if (pgdata) await initialiseAtomically(pgdata);
    pg = await PGlite.create({ dataDir: pgdata, parsers });
  } catch (err) {
    release();
    throw err;
  }
  return {
    kind: 'pglite',
    inTransaction: false,
    async query<T>(sql: string, params?: readonly unknown[]) {
      const res = await pg.query<T>(sql, params as unknown[] | undefined);
      return res.rows;
    },
    async transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      return pg.transaction((tx) => fn(txHandle(tx)));
    },
    async listen(channel, onPayload) {
      const unsub = await pg.listen(channel, onPayload);
      return async () => {
        if (!pg.closed) await unsub();
      };
    },
    async exec(sql) {
      await pg.exec(sql);
    },
    async close() {
      try {
        if (!pg.closed) await pg.close();
      } finally {
        release();
      }
    },
  };
}
