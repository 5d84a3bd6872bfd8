import crypto from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { openPostgres } from '../../src/platform/db/index.js';
import { prepareDatabase } from '../../src/main/prepare-db.js';

/**
 * A fresh schema per test worker in TEST_DATABASE_URL, migrated once at the start of the run and
 * dropped at the end. Files of one worker run one after another and isolate by tenant; workers
 * never share a schema, because some state is not a tenant's (a test draining the outbox claims
 * every tenant's messages, on its own clock).
 */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is required for the postgres project');
  const base = `t_${Date.now().toString(36)}_${crypto.randomBytes(3).toString('hex')}`;
  const workers = Math.max(1, Number(project.vitest.config.maxWorkers) || 1);
  // Named as test/helpers/test-db.ts looks them up: `<base>_<VITEST_POOL_ID>`.
  const schemas = Array.from({ length: workers }, (_, i) => `${base}_${i + 1}`);
  const admin = await openPostgres({ url });
  for (const schema of schemas) await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.close();
  await Promise.all(
    schemas.map(async (schema) => {
      const db = await openPostgres({ url, schema });
      await prepareDatabase(db);
      await db.close();
    }),
  );
  project.provide('pgSchema', base);
  return async () => {
    if (process.env.KEEP_TEST_SCHEMA) return;
    const cleanup = await openPostgres({ url });
    for (const schema of schemas) await cleanup.query(`DROP SCHEMA ${schema} CASCADE`);
    await cleanup.close();
  };
}
