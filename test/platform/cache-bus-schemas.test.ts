import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { CacheBus } from '../../src/platform/cache/index.js';
import { openPostgres, type Db } from '../../src/platform/db/index.js';
import { testDbKind } from '../helpers/test-db.js';

const url = process.env.TEST_DATABASE_URL;
const opened: Db[] = [];
const schemas = [`cb_${randomBytes(3).toString('hex')}_a`, `cb_${randomBytes(3).toString('hex')}_b`];

afterAll(async () => {
  for (const db of opened) await db.close();
  if (url && testDbKind() === 'postgres') {
    const admin = await openPostgres({ url });
    for (const s of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${s}`);
    await admin.close();
  }
});

const until = async (check: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
};

// NOTIFY channels belong to a database, and only PostgreSQL has several schemas in use at once.
describe.skipIf(testDbKind() !== 'postgres' || !url)('cache invalidation across processes (PostgreSQL schemas)', () => {
  it('reaches the buses of the same schema and not those of another schema of the database', async () => {
    const admin = await openPostgres({ url: url! });
    for (const s of schemas) await admin.query(`CREATE SCHEMA ${s}`);
    await admin.close();
    const open = async (schema: string) => {
      const db = await openPostgres({ url: url!, schema });
      opened.push(db);
      const bus = new CacheBus(db);
      await bus.start();
      const seen: (number | null)[] = [];
      bus.on('tenants', (id) => seen.push(id));
      return { db, bus, seen };
    };
    const writer = await open(schemas[0]);
    const sameSchema = await open(schemas[0]);
    const otherSchema = await open(schemas[1]);
    await writer.bus.invalidate(writer.db, 'tenants', 42);
    await until(() => sameSchema.seen.length > 0);
    expect(sameSchema.seen).toEqual([42]);
    // Give the other schema's listener the same time to (wrongly) hear it.
    await new Promise((r) => setTimeout(r, 300));
    expect(otherSchema.seen).toEqual([]);
    for (const b of [writer, sameSchema, otherSchema]) await b.bus.stop();
  });
});
