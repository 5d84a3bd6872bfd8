import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { sleep } from './util.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** Where the product under test lives: this checkout, or a snapshot of a git ref (BENCH_REF). */
let productDir = ROOT;
const cli = () => path.join(productDir, 'bin/tradein.js');

export function productRoot(): string {
  return productDir;
}

/**
 * Exports `ref` (e.g. HEAD) into a temporary directory (node_modules linked) and runs the product
 * from there, so uncommitted edits in the working tree cannot change what is measured.
 */
export function useSnapshot(ref: string): { dir: string; commit: string; remove(): void } {
  const commit = spawnSync('git', ['rev-parse', '--short', ref], { cwd: ROOT, encoding: 'utf8' });
  if (commit.status !== 0) throw new Error(`unknown git ref ${ref}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tradein-bench-src-'));
  const res = spawnSync('sh', ['-c', `git archive ${JSON.stringify(ref)} | tar -x -C ${JSON.stringify(dir)}`], { cwd: ROOT, encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`git archive ${ref} failed: ${res.stderr}`);
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  productDir = dir;
  return { dir, commit: commit.stdout.trim(), remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Brings the product's compiled JavaScript (dist/) up to date before anything is timed, so no
 * measured start includes a build. A snapshot of a commit from before the build existed runs
 * through tsx and has nothing to build.
 */
export function buildProduct(log: (m: string) => void): void {
  const script = path.join(productDir, 'scripts/build.mjs');
  if (!fs.existsSync(script)) return;
  const res = spawnSync(process.execPath, [script], { cwd: productDir, encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`building dist/ failed: ${(res.stderr || res.stdout).trim().slice(0, 2000)}`);
  log(res.stdout.trim().split('\n').pop() ?? '');
}

/** Which cores the server and the load generator get (taskset), or null when not pinned. */
export interface Pinning {
  server: string;
  load: string;
}

export function detectPinning(): { pinning: Pinning | null; reason: string } {
  const cores = os.cpus().length;
  const taskset = spawnSync('taskset', ['--version'], { encoding: 'utf8' });
  if (taskset.error) return { pinning: null, reason: `not pinned: taskset not found (${cores} cores)` };
  if (cores < 2) return { pinning: null, reason: 'not pinned: only one core' };
  return { pinning: { server: '0', load: '1' }, reason: `server pinned to core 0, load generator to core 1 (taskset, ${cores} cores)` };
}

/** Puts this process on the load generator's core so it does not steal from the server. */
export function pinSelf(pinning: Pinning | null): void {
  if (pinning) spawnSync('taskset', ['-p', '-c', pinning.load, String(process.pid)], { stdio: 'ignore' });
}

/** Command + args, prefixed with taskset when pinned. */
export function pinned(core: string | undefined, cmd: string, args: string[]): [string, string[]] {
  return core ? ['taskset', ['-c', core, cmd, ...args]] : [cmd, args];
}

/** Runs the product's CLI (`tradein …`) and returns its stdout; throws with stderr on failure. */
export function runCli(args: string[], env: Record<string, string>): string {
  const res = spawnSync(process.execPath, [cli(), ...args], {
    cwd: productDir,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (res.status !== 0) throw new Error(`tradein ${args.join(' ')} failed (${res.status}): ${(res.stderr || res.stdout).trim().slice(0, 2000)}`);
  return res.stdout;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

/** Resident set size (current and high-water mark) of a process from /proc, in bytes. */
export function readRss(pid: number): { rss: number; hwm: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return null;
  }
}

/** Polls the server's RSS; `window()` starts a new per-scenario peak. */
export class RssSampler {
  private timer: NodeJS.Timeout | null = null;
  private windowPeak = 0;
  hwm = 0;
  supported = fs.existsSync('/proc/self/status');

  constructor(private readonly pid: number) {}

  start(intervalMs = 100): void {
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  private sample(): void {
    const r = readRss(this.pid);
    if (!r) return;
    this.windowPeak = Math.max(this.windowPeak, r.rss);
    this.hwm = Math.max(this.hwm, r.hwm, r.rss);
  }

  window(): void {
    this.sample();
    this.windowPeak = readRss(this.pid)?.rss ?? 0;
  }

  peak(): number {
    this.sample();
    return this.windowPeak;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}

export interface ServerHandle {
  child: ChildProcess;
  pid: number;
  baseUrl: string;
  stderrTail(): string;
  stop(): Promise<void>;
}

/** Starts `tradein serve` as a child process and waits until /readyz answers 200. */
export async function startServer(env: Record<string, string>, core: string | undefined, nodeFlags: string[] = []): Promise<ServerHandle> {
  const port = await freePort();
  const [cmd, args] = pinned(core, process.execPath, [...nodeFlags, cli(), 'serve', '--port', String(port)]);
  const child = spawn(cmd, args, {
    cwd: productDir,
    env: { ...process.env, ...env, HOST: '127.0.0.1', PUBLIC_URL: `http://127.0.0.1:${port}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-8000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const baseUrl = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}): ${tail.slice(-2000)}`);
    try {
      const res = await fetch(`${baseUrl}/readyz`);
      if (res.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server not ready after 180 s: ${tail.slice(-2000)}`);
    }
    await sleep(200);
  }
  return {
    child,
    pid: child.pid!,
    baseUrl,
    stderrTail: () => tail,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timeout = sleep(15_000).then(() => child.kill('SIGKILL'));
      await Promise.race([exited, timeout]);
    },
  };
}

/** CPU time (user + system) a process has used so far, in seconds, from /proc; null elsewhere. */
export function cpuSeconds(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime
    return ticks / 100; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}
