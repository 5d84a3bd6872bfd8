import { migrate, type Db } from '../platform/db/index.js';
import { syncReferenceCatalog } from '../modules/catalog/index.js';
import { syncReferenceGradingForms } from '../modules/grading/index.js';

/**
 * Brings a database to the state the code expects: migrations, then shared reference data
 * (each step idempotent and versioned). The server, the CLI and the test templates all use it.
 */
export async function prepareDatabase(db: Db): Promise<void> {
  await migrate(db);
  for (const step of referenceDataSteps) await step(db);
}

/** Reference-data loaders of modules (e.g. the shipped device catalog); add yours here. */
const referenceDataSteps: Array<(db: Db) => Promise<void>> = [
  async (db) => {
    await syncReferenceCatalog(db);
  },
  (db) => syncReferenceGradingForms(db),
];
