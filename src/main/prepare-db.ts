import crypto from 'node:crypto';
import { migrate, type Db } from '../platform/db/index.js';
import { syncReferenceCatalog } from '../modules/catalog/index.js';
import { REFERENCE_FORMS, syncReferenceGradingForms } from '../modules/grading/index.js';

/**
 * Brings a database to the state the code expects: migrations, then shared reference data
 * (each step idempotent and versioned). The server, the CLI and the test templates all use it.
 */
export async function prepareDatabase(db: Db, progress?: PrepareProgress): Promise<void> {
  const applied = await migrate(db);
  if (applied.length) progress?.(`applied ${applied.length} database migration(s)`);
  for (const step of referenceDataSteps) await step(db, progress);
}

/** Where a first start prints what it is doing (one line per step, or a progress fraction). */
export type PrepareProgress = (line: string, fraction?: { done: number; total: number }) => void;

/**
 * Runs `load` only when `version` differs from the one recorded under `name` in
 * `reference_data_versions`, then records it: a start on an unchanged database skips the work.
 */
async function versioned(db: Db, name: string, version: string, load: () => Promise<void>): Promise<void> {
  const rows = await db.query<{ version: string }>(`SELECT version FROM reference_data_versions WHERE name = $1`, [name]);
  if (rows[0]?.version === version) return;
  await load();
  await db.query(
    `INSERT INTO reference_data_versions (name, version, loaded_at) VALUES ($1, $2, now())
     ON CONFLICT (name) DO UPDATE SET version = EXCLUDED.version, loaded_at = EXCLUDED.loaded_at`,
    [name, version],
  );
}

const hashOf = (value: unknown) => crypto.createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);

/** Reference-data loaders of modules (e.g. the shipped device catalog); add yours here. */
const referenceDataSteps: Array<(db: Db, progress?: PrepareProgress) => Promise<void>> = [
  async (db, progress) => {
    await syncReferenceCatalog(db, undefined, progress && ((done, total) => progress('loading the reference device catalog', { done, total })));
  },
  // The shipped grading forms, upserted again only when their definitions changed.
  (db) => versioned(db, 'grading_forms', hashOf(REFERENCE_FORMS), () => syncReferenceGradingForms(db)),
];
