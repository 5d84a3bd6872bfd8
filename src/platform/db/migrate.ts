import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from './db.js';
import { projectPath } from '../project-root.js';

/** The committed, forward-only SQL migrations (`migrations/NNNN_name.sql`). */
export const MIGRATIONS_DIR = projectPath('migrations');

interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

function readMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}_[\w-]+\.sql$/.test(f))
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name), 'utf8');
      return { name, sql, checksum: crypto.createHash('sha256').update(sql).digest('hex').slice(0, 16) };
    });
}

const LOCK_KEY = 727_001;

async function ensureTable(db: Db): Promise<void> {
  await db.exec(
    `CREATE TABLE IF NOT EXISTS schema_migrations (
       name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
  );
}

/** Applies every pending migration, each in its own transaction. Returns the names applied. */
export async function migrate(db: Db): Promise<string[]> {
  await ensureTable(db);
  const files = readMigrations();
  const applied: string[] = [];
  await db.transaction(async (tx) => {
    // Two processes starting at once against one server: the second waits, then finds nothing to do.
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    const done = new Set((await tx.query<{ name: string }>('SELECT name FROM schema_migrations')).map((r) => r.name));
    for (const file of files) {
      if (done.has(file.name)) continue;
      await tx.exec(file.sql);
      await tx.query('INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)', [file.name, file.checksum]);
      applied.push(file.name);
    }
  });
  return applied;
}

/** Names of committed migrations not yet applied (empty = schema current). */
export async function pendingMigrations(db: Db): Promise<string[]> {
  await ensureTable(db);
  const done = new Set((await db.query<{ name: string }>('SELECT name FROM schema_migrations')).map((r) => r.name));
  return readMigrations()
    .map((m) => m.name)
    .filter((n) => !done.has(n));
}
