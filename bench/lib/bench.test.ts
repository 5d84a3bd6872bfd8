// Unit tests of the bench's pure logic: `npx vitest run --root bench` (not part of `npm test`).
import { describe, expect, it } from 'vitest';
import { isValidImei } from '../../src/modules/catalog/index.js';
import { buildSearchTerms, typo } from '../scenarios/search-terms.js';
import { chartSvg, judge, markdownTable, othersTable, TARGETS, type BenchReport, type ScenarioReport } from './report.js';
import { percentiles } from '../scenarios/webhooks.js';
import { imeiFor, isLuhnValid, luhnCheckDigit, mapPool, rng } from './util.js';

describe('IMEIs', () => {
  it('computes the Luhn check digit of a known IMEI', () => {
    expect(luhnCheckDigit('49015420323751')).toBe(8);
    expect(isLuhnValid('490154203237518')).toBe(true);
    expect(isLuhnValid('490154203237519')).toBe(false);
  });
  it('builds IMEIs the product accepts', () => {
    for (let s = 0; s < 200; s++) {
      const imei = imeiFor('35570190', s * 4999);
      expect(imei).toMatch(/^35570190\d{7}$/);
      expect(isValidImei(imei)).toBe(true);
    }
  });
});

describe('search terms', () => {
  const terms = buildSearchTerms();
  it('has at least 200 distinct terms of every kind', () => {
    expect(terms.length).toBeGreaterThanOrEqual(200);
    expect(new Set(terms.map((t) => t.term.toLowerCase())).size).toBe(terms.length);
    for (const kind of ['name', 'storage', 'word-order', 'typo', 'code', 'imei', 'long-tail']) {
      expect(terms.filter((t) => t.kind === kind).length, kind).toBeGreaterThanOrEqual(15);
    }
  });
  it('sends only Luhn-valid IMEIs and terms of at least 2 characters', () => {
    for (const t of terms.filter((x) => x.kind === 'imei')) expect(isValidImei(t.term)).toBe(true);
    for (const t of terms) expect(t.term.length).toBeGreaterThanOrEqual(2);
  });
  it('is the same mix every run', () => {
    expect(buildSearchTerms().map((t) => t.term)).toEqual(terms.map((t) => t.term));
  });
  it('a typo changes exactly the longest word by one edit', () => {
    const r = rng(1);
    for (let i = 0; i < 50; i++) {
      const out = typo(r, 'iphone 13 pro');
      expect(out.endsWith(' 13 pro')).toBe(true);
      expect(Math.abs(out.length - 'iphone 13 pro'.length)).toBeLessThanOrEqual(1);
    }
  });
});

describe('mapPool', () => {
  it('keeps order and never exceeds the limit', async () => {
    let inFlight = 0;
    let max = 0;
    const out = await mapPool([...Array(30).keys()], 4, async (x) => {
      max = Math.max(max, ++inFlight);
      await new Promise((r) => setTimeout(r, 1));
      inFlight--;
      return x * 2;
    });
    expect(out).toEqual([...Array(30).keys()].map((x) => x * 2));
    expect(max).toBe(4);
  });
});

function scenario(name: string, rps: number, p99: number, extra: Partial<ScenarioReport> = {}): ScenarioReport {
  return {
    name,
    title: name,
    status: 'ok',
    peakRssBytes: 100 * 2 ** 20,
    ratioToHello: null,
    queriesPerRequest: null,
    gc: null,
    cpuPercent: null,
    checks: [],
    figures: {
      requestsPerSec: rps,
      requestsTotal: rps * 10,
      durationSec: 10,
      latencyMs: { p50: 1, p90: 2, p99, max: p99, mean: 1 },
      errors: 0,
      timeouts: 0,
      non2xx: 0,
      statusCodes: { '200': rps * 10 },
      exhausted: false,
      prepared: null,
      warmupRequestsPerSec: rps,
      notes: [],
    },
    ...extra,
  };
}

function report(scenarios: ScenarioReport[], rss = 200 * 2 ** 20): Omit<BenchReport, 'targets'> {
  return {
    generatedAt: '2026-01-01T00:00:00.000Z',
    commit: 'abc',
    node: '20',
    cpu: 'cpu',
    cores: 2,
    database: { kind: 'postgres', label: 'PostgreSQL' },
    pinning: 'pinned',
    settings: { connections: 50, durationSec: 10, warmupSec: 3, serverLogLevel: 'warn' },
    dataset: [],
    serverPeakRssBytes: rss,
    scenarios,
  };
}

describe('targets', () => {
  it('meets every target at the thresholds', () => {
    const r = report([
      scenario('hello', 10000, 5),
      scenario('search', 5000, 10),
      scenario('grading-form', 6000, 3),
      scenario('price-quote', 1500, 20),
      scenario('register', 1000, 40),
    ]);
    const t = judge(r, true);
    expect(t).toEqual({ evaluated: true, met: true, missed: [] });
    expect(r.scenarios[1].ratioToHello).toBe(0.5);
  });
  it('misses ratio, p99, throughput, errors, RSS and unavailable scenarios, each named', () => {
    const bad = scenario('price-quote', 1400, 21);
    bad.figures!.non2xx = 3;
    const r = report(
      [
        scenario('hello', 10000, 5),
        scenario('search', 4999, 11),
        bad,
        scenario('register', 999, 5),
        { ...scenario('approve', 0, 0), status: 'unavailable', figures: undefined },
      ],
      301 * 2 ** 20,
    );
    const t = judge(r, true);
    expect(t.met).toBe(false);
    const text = t.missed.join('\n');
    for (const s of [
      'search: ≥ 50 % of hello',
      'search: p99 ≤ 10 ms',
      'price-quote: ≥ 15 % of hello',
      'price-quote: p99 ≤ 20 ms',
      'price-quote: zero errors',
      'register: ≥ 1,000/s',
      'approve: measured',
      'peak RSS',
    ]) {
      expect(text).toContain(s);
    }
  });
  it('judges nothing on PGlite', () => {
    const r = report([scenario('hello', 10000, 5), scenario('search', 10, 500)]);
    expect(judge(r, false)).toEqual({ evaluated: false, met: false, missed: [] });
  });
  it('prints the ratio column and renders the chart', () => {
    const base = report([scenario('hello', 10000, 5), scenario('search', 6000, 4)]);
    const full: BenchReport = { ...base, targets: judge(base, true) };
    const table = markdownTable(full);
    expect(table).toContain('| vs hello |');
    expect(table).toMatch(/\| search \| 6,000 \| 60 % \| 1 \| 4 \|/);
    expect(table).toContain('| db trips/req |');
    expect(chartSvg(full)).toContain('60 % of hello');
  });
});

describe('issue 19 rows', () => {
  it('judges cold search, register p99, approve and ship, with the vs-target ratio', () => {
    const r = report([
      scenario('hello', 10000, 5),
      scenario('search-cold', 3000, 25),
      scenario('register', 1200, 150),
      scenario('approve', 499, 5),
      scenario('ship', 300, 9),
    ]);
    const t = judge(r, true);
    const text = t.missed.join('\n');
    for (const s of ['search-cold: p99 ≤ 20 ms', 'register: p99 ≤ 100 ms', 'approve: ≥ 500/s']) expect(text).toContain(s);
    expect(text).not.toContain('ship');
    const table = markdownTable({ ...r, targets: t });
    expect(table).toContain('| vs target |');
    expect(table).toMatch(/\| search-cold \|.*\| 0\.80× \|/);
  });
  it('judges the other rows (start-up, bundle) and skips the unmeasured ones', () => {
    const base = report([scenario('hello', 10000, 5)]);
    base.others = [
      { name: 'start existing', measured: '3.0 s', target: '≤ 2.0 s', ratio: 2 / 3, met: false },
      { name: 'bundle', measured: '100 KB', target: '≤ 150 KB', ratio: 1.5, met: true },
      { name: 'webhooks', measured: 'not measured', target: '≥ 1,000 events/s', ratio: null, met: null, note: 'why' },
    ];
    const t = judge(base, true);
    expect(t.missed).toEqual(['start existing: ≤ 2.0 s (got 3.0 s)']);
    const table = othersTable({ ...base, targets: t });
    expect(table).toContain('| start existing | 3.0 s | ≤ 2.0 s | 0.67× | **missed** |');
    expect(table).toContain('| webhooks | not measured | ≥ 1,000 events/s |  | why |');
  });
});

describe('cold search terms', () => {
  it('are distinct, never one of the 240, and keep IMEIs Luhn-valid', async () => {
    const { buildColdSearchTerms } = await import('../scenarios/search-terms.js');
    const cold = buildColdSearchTerms(5000);
    const base = new Set(buildSearchTerms().map((t) => t.term.toLowerCase()));
    expect(cold.length).toBe(5000);
    expect(new Set(cold.map((t) => t.toLowerCase())).size).toBe(5000);
    for (const t of cold) {
      expect(base.has(t.toLowerCase())).toBe(false);
      if (/^\d{15}$/.test(t)) expect(isValidImei(t)).toBe(true);
    }
  });
});

describe('webhook lag percentiles', () => {
  it('takes the nearest rank, whole milliseconds, and zeros for no events', () => {
    const lags = Array.from({ length: 100 }, (_, i) => i + 1.4);
    expect(percentiles(lags)).toMatchObject({ p50: 50, p90: 90, p99: 99, max: 100 });
    expect(percentiles([5])).toMatchObject({ p50: 5, p99: 5, max: 5, mean: 5 });
    expect(percentiles([])).toEqual({ p50: 0, p90: 0, p99: 0, max: 0, mean: 0 });
  });

  it('counts the webhooks scenario against its ≥ 1,000 events/s target', () => {
    expect(TARGETS.webhooks.minRps).toBe(1000);
  });
});
