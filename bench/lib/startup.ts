/**
 * Start-up time of `tradein start` (issue 19 §4): a fresh data directory (migrations, reference
 * catalog, demo tenant, web build check) and the same directory again (nothing changed), each
 * timed from spawn until `/readyz` answers 200, with the process's peak RSS (VmHWM).
 *
 *   node --import tsx bench/lib/startup.ts [DATA_DIR]   (standalone: prints JSON)
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildProduct, freePort, productRoot, readRss } from './processes.js';
import { sleep } from './util.js';

export interface StartupFigure {
  /** Milliseconds from spawn until /readyz answered 200. */
  readyMs: number;
  /** Highest RSS of the process until ready (VmHWM), bytes. */
  peakRssBytes: number | null;
  /** Progress lines the start printed (the first start must say what it is doing). */
  progressLines: number;
}

export interface StartupReport {
  fresh: StartupFigure;
  existing: StartupFigure;
}

/** Runs `tradein start` on `env` until ready, then stops it (SIGTERM). */
export async function timeStart(env: Record<string, string>, timeoutMs = 300_000): Promise<StartupFigure> {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(process.execPath, [path.join(productRoot(), 'bin/tradein.js'), 'start', '--port', String(port)], {
    cwd: productRoot(),
    env: { ...process.env, ...env, HOST: '127.0.0.1', PUBLIC_URL: `http://127.0.0.1:${port}`, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out = (out + c.toString()).slice(-20_000)));
  child.stderr!.on('data', (c: Buffer) => (out = (out + c.toString()).slice(-20_000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let peak = 0;
  try {
    for (;;) {
      const r = readRss(child.pid!);
      if (r) peak = Math.max(peak, r.hwm, r.rss);
      if (child.exitCode !== null) throw new Error(`tradein start exited (${child.exitCode}): ${out.slice(-2000)}`);
      try {
        const res = await fetch(`http://127.0.0.1:${port}/readyz`);
        if (res.status === 200) break;
      } catch {
        // not listening yet
      }
      if (performance.now() - t0 > timeoutMs) throw new Error(`tradein start not ready after ${timeoutMs / 1000} s: ${out.slice(-2000)}`);
      await sleep(25);
    }
    const readyMs = performance.now() - t0;
    const r = readRss(child.pid!);
    if (r) peak = Math.max(peak, r.hwm);
    return { readyMs, peakRssBytes: peak || null, progressLines: out.split('\n').filter((l) => l.trim()).length };
  } finally {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await Promise.race([exited, sleep(15_000).then(() => child.kill('SIGKILL'))]);
    }
  }
}

/** Fresh start on an empty PGlite data directory, then a second start on the same directory. */
export async function measureStartup(dataDir?: string): Promise<StartupReport> {
  const dir = dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'tradein-bench-start-'));
  try {
    const env = { DATA_DIR: dir, DATABASE_URL: '' };
    const fresh = await timeStart(env);
    const existing = await timeStart(env);
    return { fresh, existing };
  } finally {
    if (!dataDir) fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildProduct((m) => process.stderr.write(`${m}\n`));
  measureStartup(process.argv[2]).then(
    (r) => process.stdout.write(`${JSON.stringify(r, null, 2)}\n`),
    (err: unknown) => {
      process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
      process.exit(1);
    },
  );
}
