import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ManualClock } from '../../src/platform/clock/index.js';
import { facilityHarness, type FacilityHarness } from '../facility/helpers.js';
import { lifecycleScenario, type Scenario } from './scenario.js';
import { createTenant, login } from '../helpers/factories.js';

// Walks devices through the lifecycle on a slow shared machine.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

let h: FacilityHarness;
let a: Scenario['a'];
let b: Scenario['b'];
let c: Scenario['c'];
let finalA: number;
let questionLabel: string;
let modelName: string;

const dash = (query = '') => h.call('GET', `/api/${h.tt.tenant.slug}/admin/dashboard${query}`);

beforeAll(async () => {
  h = await facilityHarness();
  const clock = h.t.clock as ManualClock;
  clock.set('2026-06-01T10:00:00Z');
  await h.relogin();
  ({ a, b, c, finalA, questionLabel, modelName } = await lifecycleScenario(h, async (ms) => {
    clock.advance(ms);
    await h.relogin();
  }));
});
afterAll(() => h.t.close());

describe('the dashboard over real trade-ins', () => {
  it('counts trade-ins per day and store, offered vs paid, the funnel with hours per step, adjustments and campaign uptake', async () => {
    const res = await dash('?from=2026-06-01&to=2026-06-03');
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d.period).toEqual({ from: '2026-06-01', to: '2026-06-03', days: 3 });
    expect(d.trade_ins).toBe(3);
    expect(d.devices).toBe(3);
    expect(d.per_day).toEqual([
      { day: '2026-06-01', trade_ins: 2, devices: 2 },
      { day: '2026-06-02', trade_ins: 1, devices: 1 },
      { day: '2026-06-03', trade_ins: 0, devices: 0 },
    ]);
    expect(d.per_store).toEqual([{ location_id: h.tt.location.id, name: 'Test Store', trade_ins: 3, devices: 3 }]);

    const day = (x: string) => d.values.find((v: { day: string; currency: string }) => v.day === x && v.currency === 'EUR');
    expect(Math.round(day('2026-06-01').offered * 100)).toBe(Math.round((a.price + b.price) * 100));
    expect(day('2026-06-01').paid).toBe(0);
    expect(Math.round(day('2026-06-02').offered * 100)).toBe(Math.round(c.price * 100));
    expect(Math.round(day('2026-06-02').paid * 100)).toBe(finalA);
    expect(d.totals).toEqual([{ currency: 'EUR', offered: Math.round((a.price + b.price + c.price) * 100) / 100, final: finalA / 100, paid: finalA / 100 }]);

    const step = (s: string) => d.funnel.find((f: { status: string }) => f.status === s);
    expect(d.funnel.map((f: { status: string; devices: number }) => [f.status, f.devices])).toEqual([
      ['Registered', 3],
      ['Shipped', 1],
      ['Received', 1],
      ['Inspected', 1],
      ['Valuated', 1],
      ['Accepted', 1],
      ['Completed', 1],
    ]);
    expect(step('Registered')).toMatchObject({ avg_hours: null, timed_devices: 0 });
    expect(step('Shipped')).toMatchObject({ avg_hours: 24, median_hours: 24, timed_devices: 1 });
    expect(step('Received')).toMatchObject({ avg_hours: 2, timed_devices: 1 });
    expect(step('Valuated')).toMatchObject({ avg_hours: 1 });
    expect(d.statuses).toEqual(
      expect.arrayContaining([
        { status: 'Registered', devices: 2 },
        { status: 'Completed', devices: 1 },
      ]),
    );

    expect(d.adjustments.store).toEqual([
      expect.objectContaining({
        key: String(h.tt.location.id),
        name: 'Test Store',
        devices: 1,
        adjusted: 1,
        adjustment_rate: 1,
        top_questions: [{ label: questionLabel, count: 1 }],
      }),
    ]);
    expect(Math.round(d.adjustments.store[0].average_adjustment * 100)).toBe(finalA - Math.round(a.price * 100));
    expect(d.adjustments.agent).toEqual([expect.objectContaining({ key: String(h.tt.admin.id), name: 'Ada Admin', adjusted: 1 })]);
    expect(d.adjustments.model).toEqual([expect.objectContaining({ key: String(h.model.variantId), name: modelName })]);

    expect(d.campaigns).toEqual({
      devices: 3,
      with_campaign: 1,
      uptake_rate: 0.3333,
      results: [{ campaign_id: expect.any(Number), name: 'Summer bonus', devices: 1 }],
    });
  });

  it('a period without trade-ins is all zeros (every day present); another tenant sees none of this one', async () => {
    const empty = (await dash('?from=2026-05-01&to=2026-05-10')).json();
    expect(empty.per_day).toHaveLength(10);
    expect(empty.per_day.every((x: { trade_ins: number }) => x.trade_ins === 0)).toBe(true);
    expect(empty.funnel[0].devices).toBe(0);
    const other = await createTenant(h.t);
    const s = await login(h.t, other.tenant.slug, other.admin.email, other.adminPassword);
    const res = await h.t.app.inject({ method: 'GET', url: `/api/${other.tenant.slug}/admin/dashboard?from=2026-06-01&to=2026-06-03`, headers: s.headers });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ trade_ins: 0, devices: 0, per_store: [], adjustments: { store: [], agent: [], model: [] } });
  });

  it('the period is checked on the server with stable codes, in the caller’s language', async () => {
    const reversed = await h.call('GET', `/api/${h.tt.tenant.slug}/admin/dashboard?from=2026-06-03&to=2026-06-01`, undefined, { 'accept-language': 'de' });
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json()).toMatchObject({ code: 'B960001', message: 'Der Zeitraum beginnt (2026-06-03) nach seinem Ende (2026-06-01).' });
    const long = await dash('?from=2025-01-01&to=2026-06-01');
    expect(long.statusCode).toBe(400);
    expect(long.json().code).toBe('B960002');
    const bad = await dash('?from=yesterday');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('B000001');
    // Without `from`/`to`: the last 30 days up to the clock's today.
    expect((await dash()).json().period).toEqual({ from: '2026-05-04', to: '2026-06-02', days: 30 });
  });

  it('technicians and agents get 403 before their input is looked at; no session is 401; a facility lead reads it', async () => {
    for (const role of ['technician', 'agent'] as const) {
      const email = `${role}@${h.tt.tenant.slug}.test`;
      await h.t.c.modules.org.users.create(h.tt.ctx, {
        email,
        password: 'role-password-1',
        role,
        firstName: 'R',
        lastName: role,
        locationIds: [h.tt.location.id],
      });
      const s = await login(h.t, h.tt.tenant.slug, email, 'role-password-1');
      const res = await h.t.app.inject({ method: 'GET', url: `/api/${h.tt.tenant.slug}/admin/dashboard?from=nonsense`, headers: s.headers });
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('F000001');
    }
    expect((await h.t.app.inject({ method: 'GET', url: `/api/${h.tt.tenant.slug}/admin/dashboard` })).statusCode).toBe(401);
    // A facility lead reads it like an admin.
    const lead = `lead@${h.tt.tenant.slug}.test`;
    await h.t.c.modules.org.users.create(h.tt.ctx, {
      email: lead,
      password: 'role-password-1',
      role: 'facility_lead',
      firstName: 'F',
      lastName: 'Lead',
      locationIds: [h.tt.location.id],
    });
    const s = await login(h.t, h.tt.tenant.slug, lead, 'role-password-1');
    const res = await h.t.app.inject({ method: 'GET', url: `/api/${h.tt.tenant.slug}/admin/dashboard?from=2026-06-01&to=2026-06-03`, headers: s.headers });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().trade_ins).toBe(3);
  });

  it('exports the same series as CSV', async () => {
    const res = await h.call('GET', `/api/${h.tt.tenant.slug}/admin/dashboard.csv?from=2026-06-01&to=2026-06-03`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toBe('attachment; filename="dashboard-2026-06-01-2026-06-03.csv"');
    const lines = res.body.trim().split('\n');
    expect(lines[0]).toBe('series,key,name,metric,value');
    expect(lines).toContain('per_day,2026-06-01,,trade_ins,2');
    expect(lines).toContain(`per_store,${h.tt.location.id},Test Store,devices,3`);
    expect(lines).toContain('funnel,Shipped,,avg_hours,24');
    expect(lines).toContain(`values,2026-06-02,EUR,paid_minor,${finalA}`);
    expect(lines).toContain('campaigns,,,uptake_rate,0.3333');
    expect(lines.some((l) => l.startsWith('adjustments_by_model,') && l.includes('adjustment_rate,1'))).toBe(true);
  });
});
