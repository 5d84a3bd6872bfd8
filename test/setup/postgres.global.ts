import crypto from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { openPostgres } from '../../src/platform/db/index.js';
import { prepareDatabase } from '../../src/main/prepare-db.js';

/** A fresh schema per run in TEST_DATABASE_URL, migrated once; dropped at the end. */
export default async function setup(project: TestProject) {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is required for the postgres project');
  const schema = `t_${Date.now().toString(36)}_${crypto.randomBytes(3).toString('hex')}`;
  const admin = await openPostgres({ url });
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.close();
  const db = await openPostgres({ url, schema });
  await prepareDatabase(db);
  await db.close();
  project.provide('pgSchema', schema);
  return async () => {
    if (process.env.KEEP_TEST_SCHEMA) return;
    const cleanup = await openPostgres({ url });
    await cleanup.query(`DROP SCHEMA ${schema} CASCADE`);
    await cleanup.close();
  };
}
