import crypto from 'node:crypto';
import { migrate, type Db } from '../platform/db/index.js';
import { syncReferenceCatalog } from '../modules/catalog/index.js';
import { REFERENCE_FORMS, syncReferenceGradingForms } from '../modules/grading/index.js';

/**
 * Brings a database to the state the code expects: migrations, then shared reference data
 * (each step idempotent and versioned). The server, the CLI and the test templates all use it.
 */
export async function prepareDatabase(db: Db): Promise<void> {
  await migrate(db);
  for (const step of referenceDataSteps) await step(db);
}

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
const referenceDataSteps: Array<(db: Db) => Promise<void>> = [
  async (db) => {
    await syncReferenceCatalog(db);
  },
  // The shipped grading forms, upserted again only when their definitions changed.
  (db) => versioned(db, 'grading_forms', hashOf(REFERENCE_FORMS), () => syncReferenceGradingForms(db)),
];
