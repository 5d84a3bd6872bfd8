import os from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Test tiers (test/README.md); a file's name or folder says its tier:
 * - unit: pure logic beside the code (src/, scripts/, bench/), no database;
 * - module (`*.module.test.ts` in test/): one module's use cases on a migrated database, fake ports;
 * - HTTP (projects `pglite`, `postgres`): every other file in test/, the whole product via `app.inject`;
 * - process (`*.process.test.ts` in test/): real `tradein` processes (CLI, server, worker);
 * - browser (test/web/): the web app in Chromium.
 * Module and HTTP tests run on PGlite always and on PostgreSQL too when TEST_DATABASE_URL is
 * set; process and browser tests run once, on PGlite (the process test of two servers on one
 * PostgreSQL needs TEST_DATABASE_URL). `npm test` runs every project.
 */
const MODULE = 'test/**/*.module.test.ts';
const PROCESS = 'test/**/*.process.test.ts';
const BROWSER = 'test/web/**/*.test.ts';

type DbKind = 'pglite' | 'postgres';
const databases: DbKind[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/** A project of test/ files on one database: the database's global setup makes the migrated template (PGlite) or schema (PostgreSQL). */
const onDatabase = (name: string, db: DbKind, include: string[], options: { exclude?: string[]; globalSetup?: string[]; isolate?: boolean } = {}) => ({
  extends: true as const,
  test: {
    name,
    include,
    exclude: [...configDefaults.exclude, ...(options.exclude ?? [])],
    env: { TEST_DB: db },
    globalSetup: [`test/setup/${db}.global.ts`, ...(options.globalSetup ?? [])],
    isolate: options.isolate ?? true,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  test: {
    pool: 'forks',
    // Most files wait on a database or a browser part of the time: two workers even on two cores
    // (vitest's default is cores − 1); at most four, so PostgreSQL's connections suffice.
    maxWorkers: Math.min(4, Math.max(2, os.availableParallelism())),
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'], testTimeout: 60_000 } },
      ...databases.map((db) => onDatabase(`module-${db}`, db, [MODULE], { isolate: false })),
      ...databases.map((db) => onDatabase(db, db, ['test/**/*.test.ts'], { exclude: [MODULE, PROCESS, BROWSER], isolate: false })),
      // Process tests run the compiled CLI (dist/), built once per run when stale.
      onDatabase('process', 'pglite', [PROCESS], { globalSetup: ['test/setup/build.global.ts'] }),
      // The browser tests serve the built web app.
      onDatabase('browser', 'pglite', [BROWSER], { globalSetup: ['test/setup/web.global.ts'] }),
    ],
  },
});
