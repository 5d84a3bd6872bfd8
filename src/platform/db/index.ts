import type { Db } from './db.js';
import type { PgliteOptions } from './pglite.js';
import type { PostgresOptions } from './postgres.js';

export type { Db, Queryable } from './db.js';
export { sqlState, UNIQUE_VIOLATION, SERIALIZATION_FAILURE } from './db.js';
export { migrate, pendingMigrations } from './migrate.js';
export { DataDirLockedError } from './data-dir-lock.js';

// Each driver is imported when a database is opened with it, so a process loads one of the two.

/** Embedded PostgreSQL (PGlite, WebAssembly) in a data directory. */
export async function openPglite(options: PgliteOptions): Promise<Db> {
  return (await import('./pglite.js')).openPglite(options);
}

/** A PostgreSQL server (node-postgres pool). */
export async function openPostgres(options: PostgresOptions): Promise<Db> {
  return (await import('./postgres.js')).openPostgres(options);
}

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
