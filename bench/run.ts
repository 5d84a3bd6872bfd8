/**
 * `npm run bench`: starts the product on a fresh database with a generated data set, drives
 * every scenario from a separate process with autocannon, and writes bench/results/latest.*.
 * See bench/README.md. Environment:
 *   DATABASE_URL            PostgreSQL server to create a fresh database on (else PGlite)
 *   BENCH_DURATION=10       measured seconds per scenario
 *   BENCH_WARMUP=3          warm-up seconds per scenario
 *   BENCH_CONNECTIONS=50    concurrent connections
 *   BENCH_SCENARIOS=a,b     run only these (hello always runs: it is the ceiling)
 *   BENCH_SERVER_LOG_LEVEL=warn
 *   BENCH_OUT=bench/results
 *   BENCH_NAME=latest       file name of the results (latest.json, latest.md, latest.png)
 *   BENCH_REF=HEAD          measure a git ref (exported to a temp dir) instead of the working tree
 *   BENCH_CPU_PROF=dir      write a V8 CPU profile of the server (node --cpu-prof) into dir
 *   --quick                 a few seconds per scenario, a small data set, no start-up rows, nothing
 *                           judged; exits 0 unless a scenario crashed (CI: .ci/run)
 */
import { spawn, spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { pathToFileURL } from 'node:url';
import fs from 'node:fs';
import type { LoadConfig, LoadMessage } from './load.js';
import { createBenchDatabase, type BenchDatabase } from './lib/database.js';
import { prepareDataset } from './lib/dataset.js';
import { buildProduct, cpuSeconds, detectPinning, pinned, pinSelf, ROOT, RssSampler, startServer, useSnapshot, type ServerHandle } from './lib/processes.js';
import { judge, markdownTable, OTHER_TARGETS, othersTable, TARGETS, writeResults, type BenchReport, type OtherRow, type ScenarioReport } from './lib/report.js';
import { measureStartup } from './lib/startup.js';
import { scenarios } from './scenarios/index.js';
import { webBundleLine, webBundleReport } from './lib/web-bundle.js';
import { measureWebInteractive, WEB_INTERACTIVE_TARGET_MS, webInteractiveLine, type WebInteractiveReport } from './lib/web-interactive.js';
import { ensureWebBuilt } from '../src/main/web-build.js';

const num = (v: string | undefined, d: number) => (v && Number.isFinite(Number(v)) && Number(v) > 0 ? Number(v) : d);
const env = process.env;
const quick = process.argv.includes('--quick');
const settings = {
  connections: num(env.BENCH_CONNECTIONS, quick ? 10 : 50),
  durationSec: num(env.BENCH_DURATION, quick ? 2 : 10),
  warmupSec: num(env.BENCH_WARMUP, quick ? 1 : 3),
  serverLogLevel: env.BENCH_SERVER_LOG_LEVEL ?? 'warn',
};
const only = env.BENCH_SCENARIOS ? new Set(['hello', ...env.BENCH_SCENARIOS.split(',').map((s) => s.trim())]) : null;
const outDir = path.resolve(ROOT, env.BENCH_OUT ?? (quick ? 'test-results/bench' : 'bench/results'));
const resultName = env.BENCH_NAME || (quick ? 'quick' : 'latest');
/** Synthetic variants added to the demo tenant (the quick mode only checks that the path works). */
const SYNTHETIC = quick ? 2_000 : undefined;
const mb = (b: number) => `${Math.round(b / (1024 * 1024))} MB`;
const log = (m: string) => process.stderr.write(`[bench] ${m}\n`);

interface ProbeSnapshot {
  seq: number;
  queries: number;
  gcCount: number;
  gcTotalMs: number;
  gcMaxMs: number;
}

/** Asks the server's probe (bench/lib/server-probe.mjs) for a snapshot; null when it has none. */
async function probe(file: string, pid: number): Promise<ProbeSnapshot | null> {
  const read = (): ProbeSnapshot | null => {
    try {
      return JSON.parse(fs.readFileSync(file, 'utf8')) as ProbeSnapshot; // may catch a write midway: retried
    } catch {
      return null;
    }
  };
  let before = read();
  for (let i = 0; !before && i < 10; i++) {
    await new Promise((r) => setTimeout(r, 5));
    before = read();
  }
  if (!before) return null;
  process.kill(pid, 'SIGUSR2');
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 10));
    const now = read();
    if (now && now.seq !== before.seq) return now;
  }
  return null;
}

async function runScenario(
  name: string,
  cfg: LoadConfig,
  loadCore: string | undefined,
  sampler: RssSampler,
  counter: { file: string; pid: number; countsQueries: boolean },
): Promise<ScenarioReport> {
  const scenario = scenarios.find((s) => s.name === name)!;
  const report: ScenarioReport = {
    name,
    title: scenario.title,
    status: 'failed',
    peakRssBytes: null,
    ratioToHello: null,
    queriesPerRequest: null,
    gc: null,
    cpuPercent: null,
    checks: [],
  };
  const [cmd, args] = pinned(loadCore, process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/load.ts'), JSON.stringify(cfg)]);
  sampler.window();
  const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-4000)));
  const lines = readline.createInterface({ input: child.stdout });
  let atStart: ProbeSnapshot | null = null;
  let cpuAtStart: { server: number | null; load: number | null; at: number } | null = null;
  for await (const line of lines) {
    let m: LoadMessage;
    try {
      m = JSON.parse(line) as LoadMessage;
    } catch {
      continue;
    }
    if (m.type === 'phase') {
      log(`${name}: ${m.phase}`);
      if (m.phase === 'measure') {
        cpuAtStart = { server: cpuSeconds(counter.pid), load: cpuSeconds(child.pid!), at: performance.now() };
        atStart = await probe(counter.file, counter.pid);
      }
    } else if (m.type === 'log') log(`${name}: ${m.message}`);
    else if (m.type === 'unavailable') Object.assign(report, { status: 'unavailable', reason: m.reason });
    else if (m.type === 'failed') Object.assign(report, { status: 'failed', reason: m.reason });
    else if (m.type === 'result') {
      const secs = (performance.now() - (cpuAtStart?.at ?? 0)) / 1000;
      const share = (a: number | null | undefined, b: number | null) => (a != null && b !== null ? Math.round(((b - a) / secs) * 100) : null);
      report.cpuPercent = { server: share(cpuAtStart?.server, cpuSeconds(counter.pid)), loadGenerator: share(cpuAtStart?.load, cpuSeconds(child.pid!)) };
      const end = await probe(counter.file, counter.pid);
      Object.assign(report, { status: 'ok', figures: m.result });
      if (end && atStart && m.result.requestsTotal > 0) {
        if (counter.countsQueries) report.queriesPerRequest = (end.queries - atStart.queries) / m.result.requestsTotal;
        report.gc = { count: end.gcCount, totalMs: Math.round(end.gcTotalMs), maxPauseMs: Math.round(end.gcMaxMs * 10) / 10 };
      }
    }
  }
  await new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
  report.peakRssBytes = sampler.supported ? sampler.peak() : null;
  if (report.status === 'failed' && !report.reason) report.reason = `load process exited ${child.exitCode}: ${stderr.trim().slice(-1000)}`;
  if (report.status !== 'ok') log(`${name}: ${report.status} — ${report.reason}`);
  else {
    const f = report.figures!;
    const q =
      (report.queriesPerRequest === null ? '' : ` db round trips/request ${report.queriesPerRequest.toFixed(2)}`) +
      (report.gc ? ` gc ${report.gc.totalMs} ms in ${report.gc.count} pauses (max ${report.gc.maxPauseMs} ms)` : '') +
      (report.cpuPercent ? ` cpu server ${report.cpuPercent.server} % load ${report.cpuPercent.loadGenerator} %` : '');
    log(`${name}: ${Math.round(f.requestsPerSec)}/s p50 ${f.latencyMs.p50} ms p99 ${f.latencyMs.p99} ms errors ${f.errors} non-2xx ${f.non2xx}${q}`);
  }
  return report;
}

/** req/s and p99 per scenario of the committed PGlite run, shown beside PostgreSQL's. */
function pgliteFigures(): BenchReport['pglite'] {
  const file = path.join(outDir, 'latest-pglite.json');
  if (!fs.existsSync(file)) return undefined;
  try {
    const r = JSON.parse(fs.readFileSync(file, 'utf8')) as BenchReport;
    const out: NonNullable<BenchReport['pglite']> = {};
    for (const s of r.scenarios) if (s.figures) out[s.name] = { requestsPerSec: s.figures.requestsPerSec, p99: s.figures.latencyMs.p99 };
    return out;
  } catch {
    return undefined;
  }
}

/**
 * The issue's rows that are not load scenarios: server peak RSS under load, start-up on PGlite
 * (fresh and on the same directory again: skipped in quick mode, it takes a minute), the
 * customer app's initial JavaScript (webhook delivery is the `webhooks` scenario).
 */
async function otherRows(serverRss: number | null, interactive: WebInteractiveReport | null): Promise<OtherRow[]> {
  const rows: OtherRow[] = [];
  const atMost = (name: string, value: number | null, limit: number, fmt: (n: number) => string, note?: string): OtherRow => ({
    name,
    measured: value === null ? 'n/a' : fmt(value),
    target: `≤ ${fmt(limit)}`,
    ratio: value === null ? null : limit / Math.max(value, 1),
    met: value === null ? null : value <= limit,
    ...(note ? { note } : {}),
  });
  const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  rows.push(atMost('server peak RSS under load', serverRss, TARGETS.maxRssBytes, mb));
  if (quick || (only && !only.has('startup'))) {
    rows.push({
      name: 'start-up (PGlite)',
      measured: 'skipped',
      target: '',
      ratio: null,
      met: null,
      note: quick ? 'not in quick mode' : 'not in BENCH_SCENARIOS',
    });
  } else {
    log('startup: `tradein start` on a fresh PGlite data directory, then again on the same one');
    try {
      const s = await measureStartup();
      log(`startup: fresh ${secs(s.fresh.readyMs)} (${s.fresh.peakRssBytes ? mb(s.fresh.peakRssBytes) : '?'}), existing ${secs(s.existing.readyMs)}`);
      rows.push(
        atMost('first `npm start`, fresh PGlite dir: ready', s.fresh.readyMs, OTHER_TARGETS.startFreshMs, secs, `${s.fresh.progressLines} progress lines`),
      );
      rows.push(atMost('first `npm start`, fresh PGlite dir: peak RSS', s.fresh.peakRssBytes, OTHER_TARGETS.startFreshRssBytes, mb));
      rows.push(
        atMost(
          '`npm start` on an existing data dir: ready',
          s.existing.readyMs,
          OTHER_TARGETS.startExistingMs,
          secs,
          s.existing.peakRssBytes ? `peak RSS ${mb(s.existing.peakRssBytes)}` : undefined,
        ),
      );
    } catch (err) {
      rows.push({
        name: 'start-up (PGlite)',
        measured: 'failed',
        target: `≤ ${secs(OTHER_TARGETS.startFreshMs)} / ≤ ${secs(OTHER_TARGETS.startExistingMs)}`,
        ratio: null,
        met: false,
        note: (err as Error).message.slice(0, 200),
      });
    }
  }
  await ensureWebBuilt({ log });
  const bundle = webBundleReport(path.join(ROOT, 'web/dist'));
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, `${resultName}.web-bundle.json`), `${JSON.stringify({ ...bundle, interactive }, null, 2)}\n`);
  log(webBundleLine(bundle));
  if (interactive) log(webInteractiveLine(interactive));
  rows.push(atMost('customer app initial JS (gzip)', bundle.initialJsGzipBytes, bundle.limitBytes, (b) => `${(b / 1024).toFixed(1)} KB`));
  if (interactive)
    rows.push(
      atMost(
        'customer app first screen interactive (Chromium, median of 3)',
        interactive.interactiveMs,
        WEB_INTERACTIVE_TARGET_MS,
        (ms) => `${Math.round(ms)} ms`,
      ),
    );
  return rows;
}

async function main(): Promise<number> {
  const { pinning, reason: pinReason } = detectPinning();
  pinSelf(pinning);
  log(pinReason);
  let db: BenchDatabase | null = null;
  let server: ServerHandle | null = null;
  const snapshot = env.BENCH_REF ? useSnapshot(env.BENCH_REF) : null;
  const git = (args: string[]) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
  const dirty = !snapshot && git(['status', '--porcelain', '--untracked-files=no', '--', '.', ':!bench']) !== '';
  const commit = snapshot
    ? `${snapshot.commit} (${env.BENCH_REF})`
    : `${git(['rev-parse', '--short', 'HEAD']) || 'unknown'}${dirty ? ' + uncommitted changes' : ''}`;
  log(`measuring ${snapshot ? `a snapshot of ${env.BENCH_REF} (${snapshot.commit})` : 'the working tree'}: ${commit}`);
  const cleanup = async () => {
    await server?.stop().catch(() => undefined);
    snapshot?.remove();
    await db?.drop().catch((err: unknown) => log(`could not drop the bench database: ${(err as Error).message}`));
  };
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));
  try {
    buildProduct(log);
    db = await createBenchDatabase(env.DATABASE_URL || undefined);
    log(`database: ${db.label}`);
    const productEnv = { ...db.env, LOG_LEVEL: settings.serverLogLevel, DEFAULT_TENANT: 'demo' };
    const dataset = await prepareDataset(productEnv, db.dataDir, log, SYNTHETIC);
    const probeFile = path.join(db.dataDir, 'server-probe.json');
    const nodeFlags = [
      '--import',
      pathToFileURL(path.join(ROOT, 'bench/lib/server-probe.mjs')).href,
      ...(env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(env.BENCH_CPU_PROF)}`] : []),
    ];
    server = await startServer({ ...productEnv, BENCH_PROBE_FILE: probeFile }, pinning?.server, nodeFlags);
    log(`server pid ${server.pid} at ${server.baseUrl}`);
    // The server builds its search index after listening: wait for it before the first window.
    const warmStarted = performance.now();
    await fetch(`${server.baseUrl}/api/v2/retail/models?term=iphone&limit=1`, { headers: { 'x-apikey': dataset.credentials.apiKey } }).catch(() => undefined);
    log(`search index warm after ${((performance.now() - warmStarted) / 1000).toFixed(1)} s`);
    const sampler = new RssSampler(server.pid);
    sampler.start();
    const reports: ScenarioReport[] = [];
    for (const s of scenarios) {
      if (only && !only.has(s.name)) continue;
      const cfg: LoadConfig = {
        scenario: s.name,
        baseUrl: server.baseUrl,
        tenant: 'demo',
        apiKey: dataset.credentials.apiKey,
        admin: { email: dataset.credentials.adminEmail, password: dataset.credentials.adminPassword },
        connections: settings.connections,
        duration: settings.durationSec,
        warmup: settings.warmupSec,
        quick,
      };
      reports.push(await runScenario(s.name, cfg, pinning?.load, sampler, { file: probeFile, pid: server.pid, countsQueries: db.kind === 'postgres' }));
      if (server.child.exitCode !== null) throw new Error(`server died during ${s.name}: ${server.stderrTail().slice(-2000)}`);
    }
    sampler.stop();
    const serverRss = sampler.supported ? sampler.hwm : null;
    // How soon the customer's first screen is usable (null without Chromium), while the server is up.
    await ensureWebBuilt({ log });
    const interactive = await measureWebInteractive(server.baseUrl);
    await server.stop();
    server = null;
    const others = await otherRows(serverRss, interactive);
    const base: Omit<BenchReport, 'targets'> = {
      generatedAt: new Date().toISOString(),
      commit,
      node: process.versions.node,
      cpu: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
      cores: os.cpus().length,
      database: { kind: db.kind, label: db.label },
      pinning: pinReason,
      settings,
      dataset: dataset.description,
      serverPeakRssBytes: serverRss,
      scenarios: reports,
      others,
      quick,
      pglite: db.kind === 'postgres' ? pgliteFigures() : undefined,
    };
    const report: BenchReport = { ...base, targets: judge(base, db.kind === 'postgres' && !quick) };
    const files = await writeResults(report, outDir, resultName);
    process.stdout.write(`\n${markdownTable(report)}\n\n${othersTable(report)}\n\n`);
    process.stdout.write(`${pinReason}; database: ${db.label}\n`);
    if (report.targets.evaluated) {
      process.stdout.write(report.targets.met ? 'All targets met.\n' : `Targets missed:\n${report.targets.missed.map((m) => `  - ${m}`).join('\n')}\n`);
    } else process.stdout.write(quick ? 'Quick run: figures only, nothing judged.\n' : 'PGlite: figures only (targets are judged on PostgreSQL).\n');
    process.stdout.write(`written: ${files.map((f) => path.relative(ROOT, f)).join(', ')}\n`);
    // In quick mode a server error (5xx) in a window counts like a crash: it is a bug, not noise.
    const serverErrors = (r: ScenarioReport) =>
      Object.entries(r.figures?.statusCodes ?? {})
        .filter(([code]) => code.startsWith('5'))
        .reduce((n, [, c]) => n + c, 0);
    const crashed = reports.filter((r) => r.status === 'failed' || serverErrors(r) > 0);
    for (const r of crashed) if (r.status !== 'failed') r.reason = `${serverErrors(r)} server errors (5xx) in the window`;
    if (quick) {
      if (crashed.length) process.stdout.write(`Scenarios that crashed: ${crashed.map((r) => `${r.name} (${r.reason ?? '?'})`).join('; ')}\n`);
      return crashed.length ? 1 : 0;
    }
    return report.targets.evaluated && !report.targets.met ? 1 : 0;
  } finally {
    await cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    log(`failed: ${(err as Error).stack ?? String(err)}`);
    process.exit(2);
  },
);
