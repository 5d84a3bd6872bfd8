import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { openPglite, openPostgres, type Db } from '../../src/platform/db/index.js';

export type TestDbKind = 'pglite' | 'postgres';

export function testDbKind(): TestDbKind {
  return process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

/** The PostgreSQL schema of the worker running this file (test/setup/postgres.global.ts makes one per worker). */
const workerSchema = (base: string) => `${base}_${process.env.VITEST_POOL_ID ?? '1'}`;

/**
 * A database for one test file: a clone of the migrated PGlite template, or a pool on the
 * PostgreSQL schema of this worker (shared by the files the worker runs; tests isolate by tenant).
 */
export async function openTestDb(): Promise<{ db: Db; dataDir: string; cleanup: () => Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tradein-test-'));
  if (testDbKind() === 'postgres') {
    const db = await openPostgres({ url: process.env.TEST_DATABASE_URL!, schema: workerSchema(inject('pgSchema')), poolSize: 10 });
    return {
      db,
      dataDir,
      cleanup: async () => {
        await db.close();
        fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  fs.cpSync(inject('pgliteTemplate'), dataDir, { recursive: true });
  const db = await openPglite({ dataDir, skipLock: true });
  return {
    db,
    dataDir,
    cleanup: async () => {
      await db.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
