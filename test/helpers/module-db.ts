import { CacheBus } from '../../src/platform/cache/index.js';
import { ManualClock } from '../../src/platform/clock/index.js';
import type { Db } from '../../src/platform/db/index.js';
import { createOrgModule, type OrgModule } from '../../src/modules/org/index.js';
import { createTenant, type TestTenant } from './factories.js';
import { openTestDb } from './test-db.js';

/** The start of every test clock (the one `createTestApp` uses too). */
export const TEST_START = '2026-06-01T10:00:00Z';

export interface ModuleDb {
  db: Db;
  org: OrgModule;
  /** A tenant of its own (store, admin, API keys) whose ctx runs on a clock of its own, so a test can move time without touching others. */
  tenant(settings?: Record<string, unknown>): Promise<TestTenant & { clock: ManualClock }>;
  close(): Promise<void>;
}

/**
 * The module tier's database: the run's migrated template (a PGlite clone, or the run's
 * PostgreSQL schema) with the org module for tenants, and no HTTP app. A module test builds the
 * module under test on `db` with fakes for the modules it consumes, and calls its use cases.
 */
export async function openModuleDb(): Promise<ModuleDb> {
  const { db, cleanup } = await openTestDb();
  const cache = new CacheBus(db);
  const org = createOrgModule({ db, cache, clock: new ManualClock(TEST_START) });
  return {
    db,
    org,
    async tenant(settings) {
      const clock = new ManualClock(TEST_START);
      return { ...(await createTenant({ org, db, clock }, { settings })), clock };
    },
    close: cleanup,
  };
}
