import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'csv-parse/sync';
import type { ManualClock } from '../../src/platform/clock/index.js';
import { answersWith, cents, facilityHarness, type FacilityHarness } from './helpers.js';

// The shared machine is slow; one app for every case of this file.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

interface Row {
  key: string;
  label: string;
  devices: number;
  adjusted: number;
  adjustment_rate: number;
  average_adjustment: string;
  top_questions: { label: string; count: number }[];
}

let h: FacilityHarness;
let storeA: number;
let storeB: number;
let agentA: number;
let agentB: number;
/** Price effect (negative) of each valued device, by store/agent/month. */
const effects: { store: number; agent: number; month: string; diff: number; question: string | null }[] = [];

beforeAll(async () => {
  h = await facilityHarness({ settings: { facility: { requiredAngles: {} } } });
  const { org } = h.t.c.modules;
  storeA = h.tt.location.id;
  agentA = h.tt.admin.id;
  // A second store with its own agent and retail key.
  storeB = (await org.locations.create(h.tt.ctx, { name: 'Store B', kind: 'store', address: { city: 'Malmö', countryCode: 'SE' } })).id;
  const agent = await org.users.create(h.tt.ctx, {
    email: `agent-b@${h.tt.tenant.slug}.test`,
    password: 'agent-password-1',
    role: 'agent',
    firstName: 'Bo',
    lastName: 'Agent',
    locationIds: [storeB],
  });
  agentB = agent.id;
  const keyB = (await org.apiKeys.create(h.tt.ctx, { userId: agent.id, locationId: storeB })).key;

  const clock = h.t.clock as ManualClock;
  const plan: { at: string; store: 'A' | 'B'; worse: number | null }[] = [
    { at: '2026-06-10T09:00:00Z', store: 'A', worse: 0 },
    { at: '2026-06-20T09:00:00Z', store: 'B', worse: null },
    { at: '2026-07-03T09:00:00Z', store: 'A', worse: null },
    { at: '2026-07-15T09:00:00Z', store: 'B', worse: 0 },
    { at: '2026-07-30T09:00:00Z', store: 'B', worse: 1 },
  ];
  for (const step of plan) {
    clock.set(step.at);
    await h.relogin();
    const d = await h.shipped(step.store === 'B' ? { apiKey: keyB } : {});
    expect((await h.call('POST', h.adminUrl('/receive'), { codes: [d.imei] })).statusCode).toBe(200);
    const q = step.worse === null ? null : h.questions[step.worse];
    const photos = q ? [{ photo_id: await h.uploadPhoto('front'), question_id: q.Id }] : [];
    const insp = await h.call('POST', h.adminUrl(`/devices/${d.deviceId}/inspection`), {
      grading_form: { Answers: answersWith(h, q ? { [q.Id]: 'last' } : {}) },
      fmip_found: 'NotActivated',
      photos,
    });
    expect(insp.statusCode, insp.body).toBe(200);
    const val = await h.call('POST', h.adminUrl(`/devices/${d.deviceId}/final-valuation`), {});
    expect(val.statusCode, val.body).toBe(200);
    const report = val.json().difference_report;
    effects.push({
      store: step.store === 'A' ? storeA : storeB,
      agent: step.store === 'A' ? agentA : agentB,
      month: step.at.slice(0, 7),
      diff: cents(report.final_price) - cents(report.registered_price),
      question: q ? report.lines[0].label : null,
    });
  }
  expect(effects.filter((e) => e.diff < 0)).toHaveLength(3);
});
afterAll(() => h.t.close());

async function analytics(by: string, query = ''): Promise<Row[]> {
  const res = await h.call('GET', h.adminUrl(`/analytics/discrepancies?by=${by}${query}`));
  expect(res.statusCode, res.body).toBe(200);
  expect(res.json().by).toBe(by);
  return res.json().results;
}

/** What a group must show, computed from the plan. */
function expected(pick: (e: (typeof effects)[number]) => boolean) {
  const list = effects.filter(pick);
  const adjusted = list.filter((e) => e.diff !== 0);
  const avg = adjusted.length ? Math.round(adjusted.reduce((s, e) => s + e.diff, 0) / adjusted.length) : 0;
  return {
    devices: list.length,
    adjusted: adjusted.length,
    adjustment_rate: Math.round((adjusted.length / list.length) * 10_000) / 10_000,
    average_adjustment: (avg / 100).toFixed(2),
  };
}

describe('discrepancy analytics by store, agent and month', () => {
  it('groups by store, with the store’s name', async () => {
    const rows = await analytics('store');
    expect(rows.map((r) => r.key)).toEqual([String(storeA), String(storeB)].sort((a, b) => Number(a) - Number(b)));
    const a = rows.find((r) => r.key === String(storeA))!;
    const b = rows.find((r) => r.key === String(storeB))!;
    expect(a).toMatchObject({ label: 'Test Store', ...expected((e) => e.store === storeA) });
    expect(b).toMatchObject({ label: 'Store B', ...expected((e) => e.store === storeB) });
    expect(a).toMatchObject({ devices: 2, adjusted: 1, adjustment_rate: 0.5 });
    expect(b).toMatchObject({ devices: 3, adjusted: 2, adjustment_rate: 0.6667 });
    // Store B's two adjustments changed two different questions, once each.
    expect(b.top_questions.map((q) => q.count)).toEqual([1, 1]);
    expect(a.top_questions).toEqual([{ label: effects[0].question, count: 1 }]);
  });

  it('groups by agent, with the agent’s name', async () => {
    const rows = await analytics('agent');
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.key === String(agentA))).toMatchObject({ label: 'Ada Admin', ...expected((e) => e.agent === agentA) });
    expect(rows.find((r) => r.key === String(agentB))).toMatchObject({ label: 'Bo Agent', ...expected((e) => e.agent === agentB) });
  });

  it('groups by month (UTC), and a period narrows every grouping', async () => {
    const rows = await analytics('month');
    expect(rows.map((r) => r.key)).toEqual(['2026-06', '2026-07']);
    expect(rows[0]).toMatchObject({ label: '2026-06', ...expected((e) => e.month === '2026-06'), devices: 2, adjusted: 1 });
    expect(rows[1]).toMatchObject({ label: '2026-07', ...expected((e) => e.month === '2026-07'), devices: 3, adjusted: 2 });
    const july = await analytics('store', '&from=2026-07-01T00:00:00Z&to=2026-08-01T00:00:00Z');
    expect(july.find((r) => r.key === String(storeA))).toMatchObject(expected((e) => e.store === storeA && e.month === '2026-07'));
    expect(july.find((r) => r.key === String(storeB))).toMatchObject(expected((e) => e.store === storeB && e.month === '2026-07'));
  });

  it('the CSV carries the same figures', async () => {
    for (const by of ['store', 'agent', 'month']) {
      const res = await h.call('GET', h.adminUrl(`/analytics/discrepancies.csv?by=${by}`));
      expect(res.statusCode).toBe(200);
      const csv = parse(res.body, { columns: true }) as Record<string, string>[];
      const json = await analytics(by);
      expect(csv.map((r) => r[by])).toEqual(json.map((r) => r.key));
      for (const [i, r] of json.entries()) {
        expect(csv[i]).toMatchObject({
          name: r.label,
          devices: String(r.devices),
          adjusted: String(r.adjusted),
          adjustment_rate: String(r.adjustment_rate),
          average_adjustment: r.average_adjustment,
        });
      }
    }
  });
});
