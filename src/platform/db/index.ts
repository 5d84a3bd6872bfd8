import type { Db } from './db.js';
import { openPglite } from './pglite.js';
import { openPostgres } from './postgres.js';

export type { Db, Queryable } from './db.js';
export { sqlState, UNIQUE_VIOLATION, SERIALIZATION_FAILURE } from './db.js';
export { migrate, pendingMigrations } from './migrate.js';
export { DataDirLockedError } from './data-dir-lock.js';
export { openPglite, openPostgres };

export interface OpenDbOptions {
  databaseUrl?: string;
  dataDir: string;
  poolSize?: number;
  schema?: string;
  skipLock?: boolean;
}

/** PostgreSQL when a URL is given, embedded PGlite under `dataDir` otherwise. */
export async function openDb(options: OpenDbOptions): Promise<Db> {
  if (options.databaseUrl) {
    return openPostgres({ url: options.databaseUrl, poolSize: options.poolSize, schema: options.schema });
  }
  return openPglite({ dataDir: options.dataDir, skipLock: options.skipLock });
}
