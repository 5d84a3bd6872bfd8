/**
 * The load process: prepares one scenario's requests through the API, warms up, then runs the
 * timed window with autocannon. Started by bench/run.ts (pinned to its own core where taskset
 * exists); talks back as one JSON object per stdout line.
 *
 *   node --import tsx bench/load.ts '<json LoadConfig>'
 */
import { cannon } from './lib/cannon.js';
import { Http } from './lib/http.js';
import type { BenchContext, LoadRequest } from './scenarios/types.js';
import { scenarios } from './scenarios/index.js';

export interface LoadConfig {
  scenario: string;
  baseUrl: string;
  tenant: string;
  apiKey: string;
  admin: { email: string; password: string };
  connections: number;
  duration: number;
  warmup: number;
  /** `--quick`: small preparation batches (the window may run out of prepared requests). */
  quick?: boolean;
}

export type LoadMessage =
  | { type: 'phase'; phase: 'setup' | 'warmup' | 'prepare' | 'measure' }
  | { type: 'log'; message: string }
  | { type: 'unavailable'; reason: string }
  | { type: 'failed'; reason: string }
  | { type: 'result'; result: ScenarioFigures };

export interface ScenarioFigures {
  requestsPerSec: number;
  requestsTotal: number;
  durationSec: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  exhausted: boolean;
  prepared: number | null;
  warmupRequestsPerSec: number;
  notes: string[];
}

const send = (m: LoadMessage): void => {
  process.stdout.write(`${JSON.stringify(m)}\n`);
};

async function main(): Promise<void> {
  const cfg = JSON.parse(process.argv[2]) as LoadConfig;
  const scenario = scenarios.find((s) => s.name === cfg.scenario);
  if (!scenario) throw new Error(`unknown scenario ${cfg.scenario}`);
  const notes: string[] = [];
  const retail = new Http(cfg.baseUrl, { 'x-apikey': cfg.apiKey });
  const anon = new Http(cfg.baseUrl);
  const spec = await anon.get<{ paths: Record<string, Record<string, unknown>> }>('/openapi.json');
  const routes = new Set<string>();
  for (const [p, ops] of Object.entries(spec.paths ?? {})) for (const m of Object.keys(ops)) routes.add(`${m.toUpperCase()} ${p}`);
  // Path parameter names do not matter: `{id}` and `{reportId}` are the same route shape.
  const shape = (r: string) => r.replace(/\{[^}]*\}/g, '{}');
  const shapes = new Set([...routes].map(shape));
  const missing = scenario.needs.filter((n) => !shapes.has(shape(n)));
  if (missing.length) return send({ type: 'unavailable', reason: `not served yet: ${missing.join(', ')}` });

  const ctx: BenchContext = {
    baseUrl: cfg.baseUrl,
    tenant: cfg.tenant,
    apiKey: cfg.apiKey,
    admin: cfg.admin,
    connections: cfg.connections,
    retail,
    anon,
    routes,
    log: (message) => send({ type: 'log', message }),
    note: (message) => {
      notes.push(message);
      send({ type: 'log', message });
    },
  };
  send({ type: 'phase', phase: 'setup' });
  let workload;
  try {
    workload = await scenario.setup(ctx);
  } catch (err) {
    return send({ type: 'failed', reason: `setup: ${(err as Error).message}` });
  }

  if (workload.kind === 'custom') {
    // Not a request rate (webhook delivery): the scenario drives and measures its own window.
    send({ type: 'phase', phase: 'measure' });
    const f = await workload.run({ durationSec: cfg.duration, connections: cfg.connections, quick: cfg.quick ?? false });
    return send({
      type: 'result',
      result: {
        requestsPerSec: f.perSec,
        requestsTotal: f.total,
        durationSec: f.durationSec,
        latencyMs: f.latencyMs,
        errors: f.errors,
        timeouts: 0,
        non2xx: f.non2xx,
        statusCodes: f.statusCodes,
        exhausted: false,
        prepared: null,
        warmupRequestsPerSec: 0,
        notes: [...notes, ...f.notes],
      },
    });
  }

  const base = { url: cfg.baseUrl, connections: cfg.connections };
  let measureRequests: LoadRequest[];
  let warmupRps: number;
  let prepared: number | null = null;
  send({ type: 'phase', phase: 'warmup' });
  if (workload.kind === 'cycle') {
    const w = await cannon({ ...base, mode: 'cycle', requests: workload.requests, duration: cfg.warmup });
    warmupRps = w.result.requests.average;
    measureRequests = workload.requests;
  } else if (cfg.quick) {
    // Quick mode: one small batch, measured without a warm-up (checks that the path works).
    warmupRps = 0;
    send({ type: 'phase', phase: 'prepare' });
    measureRequests = await workload.prepare(cfg.connections * 2);
    prepared = measureRequests.length;
  } else {
    // Warm up on a first batch, then prepare what the measured rate needs for the window (+50 %).
    const first = await workload.prepare(Math.max(cfg.connections * 20, 1000));
    const t0 = performance.now();
    await cannon({ ...base, mode: 'queue', requests: first, amount: first.length });
    warmupRps = first.length / ((performance.now() - t0) / 1000);
    const need = Math.ceil(warmupRps * cfg.duration * 1.5) + cfg.connections * 10;
    send({ type: 'phase', phase: 'prepare' });
    ctx.log(`warm-up ${Math.round(warmupRps)}/s → preparing ${need} requests`);
    measureRequests = await workload.prepare(need);
    prepared = measureRequests.length;
  }
  send({ type: 'phase', phase: 'measure' });
  // Quick mode sends a small queue once (`amount`): its rate is counted over the elapsed time,
  // not averaged over per-second samples that a sub-second run would leave empty.
  const once = cfg.quick && workload.kind === 'queue';
  const started = performance.now();
  const run = await cannon({
    ...base,
    mode: workload.kind,
    requests: measureRequests,
    ...(once ? { amount: measureRequests.length } : { duration: cfg.duration }),
  });
  const r = run.result;
  if (once) r.requests.average = r.requests.total / Math.max((performance.now() - started) / 1000, 0.001);
  if (run.exhausted && !cfg.quick) notes.push(`prepared requests ran out after ${run.sent}; figures cover less than the window`);
  const statusCodes: Record<string, number> = {};
  for (const [code, s] of Object.entries(r.statusCodeStats)) statusCodes[code] = s.count;
  send({
    type: 'result',
    result: {
      requestsPerSec: r.requests.average,
      requestsTotal: r.requests.total,
      durationSec: r.duration,
      latencyMs: { p50: r.latency.p50, p90: r.latency.p90, p99: r.latency.p99, max: r.latency.max, mean: r.latency.mean },
      errors: r.errors,
      timeouts: r.timeouts,
      non2xx: r.non2xx,
      statusCodes,
      exhausted: run.exhausted,
      prepared,
      warmupRequestsPerSec: warmupRps,
      notes,
    },
  });
}

main().catch((err: unknown) => {
  send({ type: 'failed', reason: (err as Error).stack ?? String(err) });
  process.exitCode = 1;
});
