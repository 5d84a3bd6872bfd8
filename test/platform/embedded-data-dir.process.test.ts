import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';

const BIN = path.resolve('bin/tradein.js');

function cli(args: string[], env: NodeJS.ProcessEnv) {
  return spawnSync(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 });
}

// About the embedded data directory and the CLI processes: the process project runs them once, on
// PGlite (PostgreSQL has no data directory to lock).
describe('processes on an embedded data directory', () => {
  let dataDir: string;
  let server: ChildProcess;
  let url = '';
  let serverOutput = '';
  const env = () => ({ DATA_DIR: dataDir, LOG_LEVEL: 'info', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: '' });

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tradein-proc-'));
    fs.cpSync(inject('pgliteTemplate'), dataDir, { recursive: true });
    server = spawn(process.execPath, [BIN, 'serve'], { env: { ...process.env, ...env() } });
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start: ${serverOutput}`)), 60_000);
      server.stdout!.on('data', (chunk: Buffer) => {
        serverOutput += chunk.toString();
        const m = serverOutput.match(/"url":"(http:\/\/[^"]+)"/);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      });
      server.stderr!.on('data', (chunk: Buffer) => (serverOutput += chunk.toString()));
      server.on('exit', (code) => reject(new Error(`server exited ${code}: ${serverOutput}`)));
    });
  }, 90_000);

  afterAll(() => {
    if (server.exitCode === null) server.kill('SIGKILL');
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves readiness with pino JSON logs and request ids', async () => {
    const res = await fetch(`${url}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready', database: 'pglite' });
    expect(res.headers.get('x-request-id')).toBeTruthy();
  });

  it('a second process on the same data dir fails at once with who holds it', () => {
    const res = cli(['migrate'], env());
    expect(res.status).not.toBe(0);
    expect(res.stderr).toMatch(new RegExp(`in use by process ${server.pid}`));
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('stops gracefully on SIGTERM and releases the data dir', async () => {
    const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'tradein.lock'))).toBe(false);
    const again = cli(['migrate'], env());
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/schema is up to date/);
  }, 30_000);

  it('creates tenant, user, location and an API key from the CLI; the key authenticates', async () => {
    const e = env();
    expect(cli(['tenant', 'create', 'cli-shop', '--name', 'CLI Shop', '--currency', 'SEK', '--locale', 'sv'], e).status).toBe(0);
    const user = cli(
      ['user', 'create', '--tenant', 'cli-shop', '--email', 'boss@cli.test', '--password', 'long-enough-1', '--role', 'admin', '--first-name', 'Bo'],
      e,
    );
    expect(user.status, user.stderr).toBe(0);
    expect(cli(['location', 'create', '--tenant', 'cli-shop', '--name', 'Main Store', '--city', 'Malmö'], e).status).toBe(0);
    const key = cli(['apikey', 'create', '--tenant', 'cli-shop', '--user', 'boss@cli.test'], e);
    expect(key.status, key.stderr).toBe(0);
    const apiKey = key.stdout.trim().split('\n').at(-1)!;
    expect(apiKey).toMatch(/^tik_[\w-]{43}$/);

    const reserved = cli(['tenant', 'create', 'v2', '--name', 'Nope'], e);
    expect(reserved.status).not.toBe(0);
    expect(reserved.stderr.trim().split('\n')).toHaveLength(1);
    expect(reserved.stderr).toMatch(/B010001/);

    const badRole = cli(['user', 'create', '--tenant', 'cli-shop', '--email', 'x@cli.test', '--role', 'king'], e);
    expect(badRole.status).not.toBe(0);
    expect(badRole.stderr.trim().split('\n')).toHaveLength(1);

    const help = cli(['--help'], e);
    for (const cmd of ['serve', 'migrate', 'seed', 'tenant', 'user', 'location', 'apikey', 'worker']) expect(help.stdout).toContain(cmd);

    // The key authenticates against a server on this data dir.
    const srv = spawn(process.execPath, [BIN, 'serve'], { env: { ...process.env, ...e } });
    try {
      let out = '';
      const base = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(out)), 60_000);
        srv.stdout!.on('data', (c: Buffer) => {
          out += c.toString();
          const m = out.match(/"url":"(http:\/\/[^"]+)"/);
          if (m) {
            clearTimeout(timer);
            resolve(m[1]);
          }
        });
      });
      const res = await fetch(`${base}/api/v2/users`, { headers: { 'x-apikey': apiKey } });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { Email: string }[]).map((u: { Email: string }) => u.Email)).toEqual(['boss@cli.test']);
    } finally {
      srv.kill('SIGTERM');
      await new Promise((r) => srv.on('exit', r));
    }
  }, 120_000);
});
