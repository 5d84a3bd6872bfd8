import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface BenchDatabase {
  kind: 'postgres' | 'pglite';
  /** Environment for the product's processes (CLI and server). */
  env: Record<string, string>;
  /** Where the product writes files (demo credentials, PDFs). */
  dataDir: string;
  /** What the report says about the database (never the password). */
  label: string;
  drop(): Promise<void>;
}

/**
 * A fresh database for one bench run: on PostgreSQL (when `DATABASE_URL` is set) a new database
 * created beside the given one and dropped at the end; otherwise PGlite in a temporary DATA_DIR.
 */
export async function createBenchDatabase(databaseUrl: string | undefined): Promise<BenchDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tradein-bench-'));
  const removeDir = () => fs.rmSync(dataDir, { recursive: true, force: true });
  if (!databaseUrl) {
    return { kind: 'pglite', env: { DATA_DIR: dataDir }, dataDir, label: 'PGlite (embedded, in the server process)', drop: async () => removeDir() };
  }
  const name = `tradein_bench_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  let version = '';
  try {
    await admin.query(`CREATE DATABASE ${name}`);
    version = ((await admin.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]?.v ?? '').split(' ')[0];
  } finally {
    await admin.end();
  }
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return {
    kind: 'postgres',
    env: { DATA_DIR: dataDir, DATABASE_URL: url.toString() },
    dataDir,
    label: `PostgreSQL ${version} at ${url.hostname}:${url.port || 5432} (fresh database ${name})`,
    async drop() {
      removeDir();
      const c = new pg.Client({ connectionString: databaseUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
