import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { openPglite } from '../../src/platform/db/index.js';

// Issue 18, Deliver 4: the embedded database survives `kill -9` of its process. Every write that
// was acknowledged is there after a restart, and nothing is half-written.
const BIN = path.resolve('bin/tradein.js');
const dirs: string[] = [];
const children: ChildProcess[] = [];

function tmpDir(prefix: string): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(d);
  return d;
}

function env(dataDir: string): NodeJS.ProcessEnv {
  return { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'info', PORT: '0', HOST: '127.0.0.1', WORKER: 'off' };
}

function cli(args: string[], dataDir: string) {
  return spawnSync(process.execPath, [BIN, ...args], { env: env(dataDir), encoding: 'utf8', timeout: 180_000 });
}

function spawnTradein(args: string[], dataDir: string): { child: ChildProcess; output: () => string; exited: Promise<unknown> } {
  const child = spawn(process.execPath, [BIN, ...args], { env: env(dataDir), stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  return { child, output: () => out, exited: new Promise((r) => child.on('exit', r)) };
}

async function serve(dataDir: string) {
  const p = spawnTradein(['serve'], dataDir);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const m = p.output().match(/"url":"(http:\/\/[^"]+)"/);
      if (m) {
        clearInterval(timer);
        resolve(m[1]);
      } else if (p.child.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`server exited: ${p.output()}`));
      }
    }, 50);
  });
  return { ...p, url };
}

afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe('crash safety of the embedded database (kill -9)', () => {
  it('kill -9 during a burst of registrations: every acknowledged account is there and whole after a restart', async () => {
    const dataDir = tmpDir('tradein-crash-reg-');
    fs.cpSync(inject('pgliteTemplate'), dataDir, { recursive: true });
    const created = cli(['tenant', 'create', 'crash-shop', '--name', 'Crash Shop'], dataDir);
    expect(created.status, created.stderr).toBe(0);

    const server = await serve(dataDir);
    const acknowledged: string[] = [];
    let n = 0;
    let stop = false;
    const registerLoop = async () => {
      while (!stop) {
        const email = `c${n++}@crash.test`;
        try {
          const res = await fetch(`${server.url}/api/crash-shop/auth/register`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ email, password: 'plum tree in May' }),
          });
          if (res.status === 201) acknowledged.push(email);
          else expect(res.status, await res.text()).toBe(201);
        } catch {
          return; // the server died under this request: its outcome is unknown, and that is allowed
        }
      }
    };
    const loops = Array.from({ length: 4 }, registerLoop);
    while (acknowledged.length < 25) await new Promise((r) => setTimeout(r, 10));
    server.child.kill('SIGKILL');
    stop = true;
    await Promise.all(loops);
    await server.exited;

    // Restart on the same directory (the dead process's lock is stale) and sign in as each one.
    const again = await serve(dataDir);
    for (const email of acknowledged) {
      const res = await fetch(`${again.url}/api/crash-shop/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: 'plum tree in May' }),
      });
      expect(res.status, email).toBe(200);
    }
    again.child.kill('SIGTERM');
    await again.exited;

    // Nothing half-written: registration writes the user and its first session in one transaction.
    const db = await openPglite({ dataDir });
    try {
      const users = await db.query<{ email: string; sessions: number }>(
        `SELECT u.email, (SELECT count(*)::int FROM sessions s WHERE s.user_id = u.id) AS sessions
           FROM users u JOIN tenants t ON t.id = u.tenant_id WHERE t.slug = 'crash-shop' AND u.role = 'customer'`,
      );
      const emails = new Set(users.map((u) => u.email));
      for (const email of acknowledged) expect(emails.has(email), email).toBe(true);
      expect(users.filter((u) => u.sessions === 0)).toEqual([]);
      const [{ ok }] = await db.query<{ ok: boolean }>(`SELECT count(*) = count(DISTINCT email) AS ok FROM users`);
      expect(ok).toBe(true);
    } finally {
      await db.close();
    }
  }, 300_000);

  it('kill -9 during the first migration: the next run completes it, and the schema and reference data equal a clean one', async () => {
    const dataDir = tmpDir('tradein-crash-mig-');
    // First a kill in the middle of initdb (the folder being created), then two during migrations.
    {
      const run = spawnTradein(['migrate'], dataDir);
      while (!fs.existsSync(path.join(dataDir, 'pgdata.initdb', 'PG_VERSION')) && run.child.exitCode === null) await new Promise((r) => setTimeout(r, 5));
      run.child.kill('SIGKILL');
      await run.exited;
      expect(fs.existsSync(path.join(dataDir, 'pgdata'))).toBe(false);
    }
    for (const delayMs of [1500, 4000]) {
      const run = spawnTradein(['migrate'], dataDir);
      const started = Date.now();
      // Kill once the database exists and the migration is under way (or give up waiting if it already finished).
      while (!fs.existsSync(path.join(dataDir, 'pgdata', 'PG_VERSION')) && run.child.exitCode === null) await new Promise((r) => setTimeout(r, 20));
      while (Date.now() - started < delayMs && run.child.exitCode === null) await new Promise((r) => setTimeout(r, 20));
      run.child.kill('SIGKILL');
      await run.exited;
    }
    const done = cli(['migrate'], dataDir);
    expect(done.status, done.stderr).toBe(0);

    const shape = async (dir: string, opts: { skipLock?: boolean } = {}) => {
      const db = await openPglite({ dataDir: dir, ...opts });
      try {
        const columns = await db.query<{ c: string }>(
          `SELECT table_name || '.' || column_name || ':' || data_type AS c FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1`,
        );
        const migrations = await db.query<{ name: string; checksum: string }>('SELECT name, checksum FROM schema_migrations ORDER BY name');
        const counts = await db.query<Record<string, number>>(
          `SELECT (SELECT count(*)::int FROM item_groups) AS groups, (SELECT count(*)::int FROM items) AS items,
                  (SELECT count(*)::int FROM variants) AS variants, (SELECT count(*)::int FROM tac_codes) AS tacs`,
        );
        return { columns: columns.map((r) => r.c), migrations, counts: counts[0] };
      } finally {
        await db.close();
      }
    };
    const template = fs.mkdtempSync(path.join(os.tmpdir(), 'tradein-crash-tpl-'));
    dirs.push(template);
    fs.cpSync(inject('pgliteTemplate'), template, { recursive: true });
    const [after, clean] = [await shape(dataDir), await shape(template, { skipLock: true })];
    expect(after.migrations).toEqual(clean.migrations);
    expect(after.columns).toEqual(clean.columns);
    expect(after.counts).toEqual(clean.counts);
  }, 600_000);
});
