import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import type { ScenarioFigures } from '../load.js';
import { fmtInt } from './util.js';

export interface TargetCheck {
  /** What is checked, e.g. "≥ 50 % of hello". */
  target: string;
  actual: string;
  met: boolean;
  /** Measured against the target, ≥ 1 when met (req/s ÷ target, or target p99 ÷ p99); null for yes/no checks. */
  ratio?: number | null;
}

/**
 * A row of the issue's table that is not an HTTP load scenario: start-up times, peak memory,
 * the web app's initial JavaScript. `ratio` ≥ 1 means met (target ÷ measured for "at most").
 */
export interface OtherRow {
  name: string;
  measured: string;
  target: string;
  ratio: number | null;
  met: boolean | null;
  note?: string;
}

export interface ScenarioReport {
  name: string;
  title: string;
  status: 'ok' | 'unavailable' | 'failed';
  reason?: string;
  figures?: ScenarioFigures;
  /** Highest server RSS sampled while the scenario ran (setup, warm-up and window), bytes. */
  peakRssBytes: number | null;
  ratioToHello: number | null;
  /** Database round trips per request in the window (PostgreSQL, counted in the server), or null. */
  queriesPerRequest: number | null;
  /** Garbage collection in the server during the window (count, total and longest pause). */
  gc: { count: number; totalMs: number; maxPauseMs: number } | null;
  /**
   * CPU used during the window, in % of one core: the server process and the load generator.
   * A load generator near 100 % means the figure is bounded by the generator, not the server.
   */
  cpuPercent: { server: number | null; loadGenerator: number | null } | null;
  checks: TargetCheck[];
}

export interface BenchReport {
  generatedAt: string;
  commit: string;
  node: string;
  cpu: string;
  cores: number;
  database: { kind: 'postgres' | 'pglite'; label: string };
  pinning: string;
  settings: { connections: number; durationSec: number; warmupSec: number; serverLogLevel: string };
  dataset: string[];
  serverPeakRssBytes: number | null;
  scenarios: ScenarioReport[];
  /** Start-up, size and memory rows (see {@link OtherRow}); absent in older result files. */
  others?: OtherRow[];
  /** `--quick`: a few seconds per scenario, nothing judged (CI keeps the bench from rotting). */
  quick?: boolean;
  /** The PGlite run beside this one (`latest-pglite.json`), req/s and p99 per scenario. */
  pglite?: Record<string, { requestsPerSec: number; p99: number }>;
  targets: { evaluated: boolean; met: boolean; missed: string[] };
}

/** The targets of issues 7 and 19, judged on PostgreSQL only. */
export const TARGETS = {
  search: { minRatio: 0.5, maxP99Ms: 10 },
  'search-cold': { maxP99Ms: 20 },
  tree: { maxP99Ms: 10 },
  'grading-form': { minRatio: 0.6 },
  'price-quote': { minRatio: 0.15, maxP99Ms: 20 },
  register: { minRps: 1000, maxP99Ms: 100 },
  approve: { minRps: 500 },
  ship: { minRps: 300 },
  /** Delivered, signature-verified events per second (issue 19). */
  webhooks: { minRps: 1000 },
  maxRssBytes: 300 * 1024 * 1024,
} as const;

/** Targets of the rows that are not load scenarios (issue 19). */
export const OTHER_TARGETS = {
  startFreshMs: 30_000,
  startFreshRssBytes: 500 * 1024 * 1024,
  startExistingMs: 2_000,
} as const;

const pct = (r: number) => `${(r * 100).toFixed(r < 0.1 ? 1 : 0)} %`;
const mb = (b: number) => `${Math.round(b / (1024 * 1024))} MB`;

/** Fills each scenario's ratio and target checks; returns the overall verdict. */
export function judge(report: Omit<BenchReport, 'targets'>, evaluate: boolean): BenchReport['targets'] {
  const hello = report.scenarios.find((s) => s.name === 'hello')?.figures?.requestsPerSec ?? null;
  const missed: string[] = [];
  for (const s of report.scenarios) {
    const f = s.figures;
    s.ratioToHello = f && hello ? f.requestsPerSec / hello : null;
    s.checks = [];
    const t = (TARGETS as Record<string, { minRatio?: number; maxP99Ms?: number; minRps?: number }>)[s.name] ?? {};
    if (!f) {
      if (evaluate && s.name !== 'hello') s.checks.push({ target: 'measured', actual: s.status === 'unavailable' ? 'not available' : 'failed', met: false });
      if (evaluate && s.name === 'hello') s.checks.push({ target: 'measured (the ceiling)', actual: s.status, met: false });
    } else {
      if (t.minRatio !== undefined)
        s.checks.push({
          target: `≥ ${pct(t.minRatio)} of hello`,
          actual: s.ratioToHello === null ? 'no hello' : pct(s.ratioToHello),
          met: s.ratioToHello !== null && s.ratioToHello >= t.minRatio,
          ratio: s.ratioToHello === null ? null : s.ratioToHello / t.minRatio,
        });
      if (t.maxP99Ms !== undefined)
        s.checks.push({
          target: `p99 ≤ ${t.maxP99Ms} ms`,
          actual: `${f.latencyMs.p99} ms`,
          met: f.latencyMs.p99 <= t.maxP99Ms,
          ratio: t.maxP99Ms / Math.max(f.latencyMs.p99, 1),
        });
      if (t.minRps !== undefined)
        s.checks.push({
          target: `≥ ${fmtInt(t.minRps)}/s`,
          actual: `${fmtInt(f.requestsPerSec)}/s`,
          met: f.requestsPerSec >= t.minRps,
          ratio: f.requestsPerSec / t.minRps,
        });
      const bad = f.errors + f.non2xx;
      s.checks.push({ target: 'zero errors', actual: bad === 0 ? '0' : `${f.errors} errors, ${f.non2xx} non-2xx`, met: bad === 0 });
      if (f.exhausted) s.checks.push({ target: 'full window', actual: 'prepared requests ran out', met: false });
    }
    if (evaluate) for (const c of s.checks) if (!c.met) missed.push(`${s.name}: ${c.target} (got ${c.actual})`);
  }
  if (evaluate && report.serverPeakRssBytes !== null && report.serverPeakRssBytes > TARGETS.maxRssBytes) {
    missed.push(`server peak RSS ≤ ${mb(TARGETS.maxRssBytes)} (got ${mb(report.serverPeakRssBytes)})`);
  }
  if (evaluate) for (const o of report.others ?? []) if (o.met === false) missed.push(`${o.name}: ${o.target} (got ${o.measured})`);
  return { evaluated: evaluate, met: evaluate && missed.length === 0, missed };
}

function verdict(s: ScenarioReport, evaluated: boolean): string {
  if (!evaluated) return '–';
  if (s.checks.length === 0) return '–';
  return s.checks.every((c) => c.met)
    ? 'met'
    : `**missed**: ${s.checks
        .filter((c) => !c.met)
        .map((c) => `${c.target} (${c.actual})`)
        .join('; ')}`;
}

function targetText(name: string): string {
  const t = (TARGETS as Record<string, { minRatio?: number; maxP99Ms?: number; minRps?: number }>)[name];
  const parts: string[] = [];
  if (t?.minRatio !== undefined) parts.push(`≥ ${pct(t.minRatio)} of hello`);
  if (t?.maxP99Ms !== undefined) parts.push(`p99 ≤ ${t.maxP99Ms} ms`);
  if (t?.minRps !== undefined) parts.push(`≥ ${fmtInt(t.minRps)}/s`);
  if (name !== 'hello') parts.push('0 errors');
  return parts.join(', ') || '(ceiling)';
}

/** Lowest measured ÷ target of a scenario's checks (< 1: missed by that factor), as text. */
function ratioText(s: ScenarioReport): string {
  const ratios = s.checks.map((c) => c.ratio).filter((x): x is number => typeof x === 'number');
  return ratios.length ? `${Math.min(...ratios).toFixed(2)}×` : '';
}

/** The Markdown table (also what the main README's Performance section shows). */
export function markdownTable(r: BenchReport): string {
  const pg = r.pglite && r.database.kind === 'postgres' ? r.pglite : null;
  const rows = [
    `| scenario | req/s | vs hello | p50 ms | p99 ms | errors | non-2xx | peak RSS | db trips/req | GC max pause | CPU server / load |${pg ? ' PGlite req/s · p99 |' : ''} target | vs target | result |`,
    `|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|${pg ? '---:|' : ''}---|---:|---|`,
  ];
  const pgCell = (name: string) => {
    if (!pg) return '';
    const x = pg[name];
    return x ? ` ${fmtInt(x.requestsPerSec)} · ${x.p99} ms |` : ' |';
  };
  for (const s of r.scenarios) {
    const f = s.figures;
    if (!f) {
      rows.push(
        `| ${s.name} | ${s.status === 'unavailable' ? 'not available' : 'failed'} | | | | | | | | | |${pgCell(s.name)} ${targetText(s.name)} | | ${r.targets.evaluated ? '**missed**: not measured' : '–'} |`,
      );
      continue;
    }
    rows.push(
      `| ${s.name} | ${fmtInt(f.requestsPerSec)} | ${s.ratioToHello === null ? '' : pct(s.ratioToHello)} | ${f.latencyMs.p50} | ${f.latencyMs.p99} | ${f.errors} | ${f.non2xx} | ${s.peakRssBytes ? mb(s.peakRssBytes) : 'n/a'} | ${s.queriesPerRequest === null ? 'n/a' : s.queriesPerRequest.toFixed(2)} | ${s.gc ? `${s.gc.maxPauseMs} ms` : 'n/a'} | ${s.cpuPercent ? `${s.cpuPercent.server ?? '?'} % / ${s.cpuPercent.loadGenerator ?? '?'} %` : 'n/a'} |${pgCell(s.name)} ${targetText(s.name)} | ${ratioText(s)} | ${verdict(s, r.targets.evaluated)} |`,
    );
  }
  return rows.join('\n');
}

/** The rows that are not load scenarios: start-up, memory, bundle size. */
export function othersTable(r: BenchReport): string {
  const others = r.others ?? [];
  if (others.length === 0) return '';
  const rows = ['| row | measured | target | vs target | result |', '|---|---:|---|---:|---|'];
  for (const o of others) {
    const result = o.met === null || !r.targets.evaluated ? (o.note ?? '–') : o.met ? 'met' : '**missed**';
    rows.push(
      `| ${o.name} | ${o.measured} | ${o.target} | ${o.ratio === null ? '' : `${o.ratio.toFixed(2)}×`} | ${result}${o.note && o.met !== null && r.targets.evaluated ? ` (${o.note})` : ''} |`,
    );
  }
  return rows.join('\n');
}

export function markdownReport(r: BenchReport): string {
  const lines = [
    `# Benchmark results`,
    '',
    `${r.generatedAt} · commit ${r.commit} · Node ${r.node} · ${r.cpu} (${r.cores} cores)`,
    '',
    `- Database: ${r.database.label}`,
    `- Load: autocannon, ${r.settings.connections} connections, ${r.settings.warmupSec} s warm-up, ${r.settings.durationSec} s measured; ${r.pinning}`,
    `- Server: \`tradein serve\` as a child process, LOG_LEVEL=${r.settings.serverLogLevel}`,
    `- Data: ${r.dataset.join('; ')}`,
    `- Server peak RSS over the run (VmHWM): ${r.serverPeakRssBytes === null ? 'n/a' : mb(r.serverPeakRssBytes)}${r.targets.evaluated ? ` (target ≤ ${mb(TARGETS.maxRssBytes)})` : ''}`,
    '',
    markdownTable(r),
    '',
    ...(othersTable(r) ? [othersTable(r), ''] : []),
    r.targets.evaluated
      ? r.targets.met
        ? '**All targets met.**'
        : `**Targets missed:**\n\n${r.targets.missed.map((m) => `- ${m}`).join('\n')}`
      : r.quick
        ? '_Quick run (`--quick`): a few seconds per scenario, nothing judged._'
        : '_PGlite run: figures only, targets are judged on PostgreSQL._',
    '',
  ];
  const notes = r.scenarios.filter((s) => s.reason || s.figures?.notes.length);
  if (notes.length) {
    lines.push('## Notes', '');
    for (const s of notes) {
      if (s.reason) lines.push(`- ${s.name}: ${s.reason}`);
      for (const n of s.figures?.notes ?? []) lines.push(`- ${s.name}: ${n}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A horizontal bar chart of req/s per scenario (SVG), labelled with the ratio and p99. */
export function chartSvg(r: BenchReport): string {
  const W = 960;
  const left = 130;
  const right = 300;
  const rowH = 46;
  const top = 70;
  const H = top + r.scenarios.length * rowH + 40;
  const max = Math.max(1, ...r.scenarios.map((s) => s.figures?.requestsPerSec ?? 0));
  const scale = (W - left - right) / max;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="DejaVu Sans, sans-serif">`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<text x="20" y="30" font-size="18" font-weight="bold" fill="#111">Tradein requests per second (${esc(r.database.kind === 'postgres' ? 'PostgreSQL' : 'PGlite')}, ${r.settings.connections} connections)</text>`,
    `<text x="20" y="52" font-size="12" fill="#555">${esc(`${r.generatedAt.slice(0, 16).replace('T', ' ')} UTC · commit ${r.commit} · ${r.pinning}`)}</text>`,
  ];
  r.scenarios.forEach((s, i) => {
    const y = top + i * rowH;
    const f = s.figures;
    out.push(`<text x="${left - 10}" y="${y + 24}" font-size="14" text-anchor="end" fill="#111">${esc(s.name)}</text>`);
    if (!f) {
      out.push(`<text x="${left + 6}" y="${y + 24}" font-size="13" fill="#888">${s.status === 'unavailable' ? 'not available' : 'failed'}</text>`);
      return;
    }
    const met = s.checks.length === 0 || !r.targets.evaluated ? null : s.checks.every((c) => c.met);
    const speedTarget = s.name in TARGETS;
    const color = s.name === 'hello' ? '#6b7280' : met === false ? '#dc2626' : met === null || !speedTarget ? '#3b82f6' : '#16a34a';
    const w = Math.max(2, f.requestsPerSec * scale);
    out.push(`<rect x="${left}" y="${y + 8}" width="${w.toFixed(1)}" height="26" rx="3" fill="${color}"/>`);
    const ratio = s.ratioToHello === null || s.name === 'hello' ? '' : ` · ${pct(s.ratioToHello)} of hello`;
    out.push(
      `<text x="${left + w + 8}" y="${y + 26}" font-size="13" fill="#111">${esc(`${fmtInt(f.requestsPerSec)}/s${ratio} · p99 ${f.latencyMs.p99} ms`)}</text>`,
    );
  });
  const rss = r.serverPeakRssBytes === null ? '' : ` · server peak RSS ${mb(r.serverPeakRssBytes)}`;
  const rssVerdict =
    r.targets.evaluated && r.serverPeakRssBytes !== null
      ? ` (target ≤ ${mb(TARGETS.maxRssBytes)}: ${r.serverPeakRssBytes <= TARGETS.maxRssBytes ? 'met' : 'missed'})`
      : '';
  const legend = `${r.targets.evaluated ? 'green: targets met · red: missed · blue: no speed target · grey: ceiling' : 'PGlite: no targets'}${rss}${rssVerdict}`;
  out.push(`<text x="20" y="${H - 14}" font-size="12" fill="#555">${esc(legend)}</text>`);
  out.push('</svg>');
  return out.join('\n');
}

export async function writeResults(r: BenchReport, dir: string, name = 'latest'): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const files = [path.join(dir, `${name}.json`), path.join(dir, `${name}.md`), path.join(dir, `${name}.png`)];
  fs.writeFileSync(files[0], `${JSON.stringify(r, null, 2)}\n`);
  fs.writeFileSync(files[1], markdownReport(r));
  await sharp(Buffer.from(chartSvg(r)))
    .png()
    .toFile(files[2]);
  return files;
}
