import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ManualClock } from '../../src/platform/clock/index.js';
import { buildProgram } from '../../src/cli/program.js';
import type { CliRuntime } from '../../src/cli/runtime.js';
import { login } from '../helpers/factories.js';
import { readPdf } from '../tradeins/pdf-helpers.js';
import { answersWith, cents, facilityHarness, type FacilityHarness } from './helpers.js';

// The shared machine is slow; one app for every case of this file.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

const DAY = 86_400_000;
let h: FacilityHarness;
beforeAll(async () => {
  h = await facilityHarness({
    settings: { facility: { reminderDays: [3, 7], lastNoticeAfterDays: 3, fallbackAfterDays: 4, fallback: 'return', requiredAngles: {} } },
  });
});
afterAll(() => h.t.close());

const receive = (codes: string[], extra: object = {}) => h.call('POST', h.adminUrl('/receive'), { codes, ...extra });
const inspect = (deviceId: number, body: object) => h.call('POST', h.adminUrl(`/devices/${deviceId}/inspection`), { fmip_found: 'NotActivated', ...body });
const value = (deviceId: number, body: object = {}) => h.call('POST', h.adminUrl(`/devices/${deviceId}/final-valuation`), body);

describe('final valuation by the same rules', () => {
  it('an unchanged inspection gives the registered price to the cent', async () => {
    const d = await h.shipped();
    expect((await receive([d.imei])).json().results[0].outcome).toBe('received');
    expect((await inspect(d.deviceId, { grading_form: { Answers: answersWith(h) } })).statusCode).toBe(200);
    const v = (await value(d.deviceId)).json();
    expect(v).toMatchObject({ changed: false, override: false });
    expect(cents(v.final_price)).toBe(Math.round(d.price * 100));
    expect(v.difference_report.lines).toEqual([]);
  });

  it('… also with a campaign bonus, and a worse answer costs exactly its effect', async () => {
    const now = h.t.clock.now();
    const campaign = await h.t.c.modules.campaigns.create(h.tt.ctx, {
      name: 'Bonus 25',
      activeFrom: new Date(now.getTime() - DAY),
      activeTo: new Date(now.getTime() + 365 * DAY),
      offers: [{ amount: 25, adjustmentType: 'Flat', offerType: 'Device' }],
    });
    const d = await h.shipped({ campaignId: campaign.id });
    await receive([d.imei]);
    await inspect(d.deviceId, { grading_form: { Answers: answersWith(h) } });
    const same = (await value(d.deviceId)).json();
    expect(cents(same.final_price)).toBe(Math.round(d.price * 100));
    expect(same.changed).toBe(false);

    // Once valuated, the bench cannot change the inspection behind the customer's back.
    expect((await inspect(d.deviceId, { grading_form: { Answers: answersWith(h) } })).json().code).toBe('B400002');

    const w = await h.shipped({ campaignId: campaign.id });
    await receive([w.imei]);
    const q = h.questions[0];
    const photo = await h.uploadPhoto();
    await inspect(w.deviceId, { grading_form: { Answers: answersWith(h, { [q.Id]: 'last' }) }, photos: [{ photo_id: photo, question_id: q.Id }] });
    const worse = (await value(w.deviceId)).json();
    const effects = worse.difference_report.lines.reduce((s: number, l: { price_effect: string }) => s + cents(l.price_effect), 0);
    expect(cents(worse.final_price)).toBe(Math.round(w.price * 100) + effects);
    expect(effects).toBeLessThan(0);
  });

  it('the legacy admin route computes from the inspection without a price', async () => {
    const d = await h.shipped();
    await receive([d.imei]);
    const q = h.questions[0];
    const photo = await h.uploadPhoto();
    await inspect(d.deviceId, { grading_form: { Answers: answersWith(h, { [q.Id]: 'last' }) }, photos: [{ photo_id: photo, question_id: q.Id }] });
    const res = await h.call('POST', `/api/${h.tt.tenant.slug}/admin/tradein-devices/${d.deviceId}/final-valuation`, {});
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ override: false, changed: true, status: 'Valuated' });
    expect(res.json().difference_report.lines[0].photo_ids).toEqual([photo]);
  });
});

describe('override', () => {
  it('is refused for roles the tenant does not grant and without a reason; otherwise marked, shown and audited', async () => {
    const d = await h.shipped();
    await receive([d.imei]);
    await inspect(d.deviceId, { grading_form: { Answers: answersWith(h) } });
    await h.t.c.modules.org.users.create(h.tt.ctx, {
      email: `tech@${h.tt.tenant.slug}.test`,
      password: 'technician-pass-1',
      role: 'technician',
      firstName: 'Tea',
      lastName: 'Tech',
      locationIds: [h.tt.location.id],
    });
    const tech = await login(h.t, h.tt.tenant.slug, `tech@${h.tt.tenant.slug}.test`, 'technician-pass-1');
    const denied = await h.call(
      'POST',
      h.adminUrl(`/devices/${d.deviceId}/final-valuation`),
      { override: { price: '1.00', reason: 'looks bad' } },
      tech.headers,
    );
    expect(denied.statusCode).toBe(403);
    expect(denied.json().code).toBe('F400008');
    const noReason = await value(d.deviceId, { override: { price: '100.00', reason: ' ' } });
    expect(noReason.json().code).toBe('B400009');
    expect((await h.t.c.modules.tradeins.getDevice(h.tt.ctx, d.deviceId))!.status).toBe('Inspected');
    const ok = await value(d.deviceId, { override: { price: '100.00', reason: 'Water damage found inside' } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      override: true,
      final_price: '100.00',
      difference_report: { override: { reason: 'Water damage found inside', computed_price: d.price.toFixed(2) } },
    });
    const audit = await h.t.c.db.query<{ is_override: boolean; actor_role: string; override_reason: string }>(
      `SELECT is_override, actor_role, override_reason FROM facility_valuations WHERE tenant_id = $1 AND device_id = $2`,
      [h.tt.tenant.id, d.deviceId],
    );
    expect(audit).toEqual([{ is_override: true, actor_role: 'admin', override_reason: 'Water damage found inside' }]);
    const link = (await h.call('POST', h.adminUrl(`/devices/${d.deviceId}/status-link`))).json();
    const page = await h.t.app.inject({ method: 'GET', url: new URL(link.url).pathname });
    expect(page.body).toContain('Set by hand by our staff: Water damage found inside');
  });
});

describe('receiving discrepancies', () => {
  it('an unknown code is quarantined as unexpected; a package scan lists what the package should hold', async () => {
    const res = (await receive(['990000000000001'])).json().results[0];
    expect(res).toMatchObject({ outcome: 'unexpected', device_id: null });
    const list = (await h.call('GET', h.adminUrl('/discrepancies?kind=unexpected'))).json().results;
    expect(list[0]).toMatchObject({ kind: 'unexpected', identifier: '990000000000001', status: 'quarantined' });
    const unknown = await h.call('POST', h.adminUrl('/packages/scan'), { code: 'PKG-1' });
    expect(unknown.statusCode, unknown.body).toBe(200);
    expect(unknown.json().package).toBeNull();
    // Logistics is wired: a store packs a device for the facility, the facility scans the package.
    await h.t.c.modules.org.locations.create(h.tt.ctx, {
      name: 'Facility',
      kind: 'facility',
      address: { street1: 'Dock 1', city: 'Göteborg', postCode: '41755', countryCode: 'SE' },
    });
    const d = await h.register();
    const packed = await h.call('POST', '/api/v2/retail/packages', {
      Name: 'Drawer',
      Identifier: 'PKG-FAC-1',
      PackageDimensionId: null,
      AgentId: null,
      AgentRef: null,
      LocationRef: null,
      TradeInDeviceIds: [d.deviceId],
    });
    expect(packed.statusCode, packed.body).toBe(200);
    const scan = await h.call('POST', h.adminUrl('/packages/scan'), { code: 'PKG-FAC-1' });
    expect(scan.statusCode, scan.body).toBe(200);
    expect(JSON.stringify(scan.json().package)).toContain(d.imei);
    const photo = await h.uploadPhoto('package');
    const damaged = await h.call('POST', h.adminUrl('/packages/damaged'), { package_code: 'PKG-1', photo_ids: [photo], note: 'crushed corner' });
    expect(damaged.json()).toMatchObject({ kind: 'damaged_package', package_code: 'PKG-1', photo_ids: [photo] });
  });

  it('a blocklisted device goes to Fraud at receipt and no payout is possible', async () => {
    const d = await h.shipped();
    await h.t.c.modules.diligence.blocklist.add(h.tt.ctx, { identifier: d.imei, reason: 'reported stolen', source: 'police' });
    const res = (await receive([d.imei])).json().results[0];
    expect(res).toMatchObject({ outcome: 'fraud', device_id: d.deviceId, status: 'Fraud' });
    const pay = await h.call('POST', h.adminUrl(`/devices/${d.deviceId}/payout`), { method: 'store_credit', customer_ref: 'x' });
    expect(pay.json().code).toBe('B400012');
    const view = (await h.call('GET', h.adminUrl(`/devices/${d.deviceId}`))).json();
    expect(view.timeline.map((e: { to: string }) => e.to)).toEqual(['Registered', 'Shipped', 'Received', 'Fraud']);
    expect(view.discrepancies[0].kind).toBe('fraud_hit');
  });

  it('a different identifier than the expected device goes to fraud review', async () => {
    const d = await h.shipped();
    const res = (await receive(['351111111111118'], { expected_device_id: d.deviceId })).json().results[0];
    expect(res).toMatchObject({ outcome: 'mismatch', device_id: d.deviceId, status: 'Fraud', reason: 'identifier_mismatch' });
  });

  it('withhold (seed 003 B200001–B200006) and customer-status codes', async () => {
    const d = await h.register();
    const put = (id: string | number) => h.call('PUT', `/api/v2/retail/tradeins/device/${id}/withheld`);
    expect((await put(d.deviceId)).json()).toEqual({ TradeInDeviceId: d.deviceId, Status: 'Withheld' });
    expect((await put(d.deviceId)).json().code).toBe('B200006');
    expect((await h.call('DELETE', `/api/v2/retail/tradeins/device/${d.deviceId}/withheld`)).json().Status).toBe('Registered');
    expect((await h.call('DELETE', `/api/v2/retail/tradeins/device/${d.deviceId}/withheld`)).json().code).toBe('B200006');
    const unknown = await put(99999999);
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json()).toMatchObject({ code: 'B200001', message: 'Trade-In Item Not found (or attached to another vendor).' });
    const s = await h.shipped();
    expect((await put(s.deviceId)).json().code).toBe('B200002');

    const cs = (id: string | number) => `/api/v2/retail/tradeins/device/${id}/customer-status`;
    expect((await h.call('GET', cs('abc'))).json().code).toBe('B290002');
    expect((await h.call('GET', cs(99999999))).json()).toMatchObject({ code: 'N290001', message: "Trade-In Device with id: '99999999' was not found." });
    expect((await h.call('GET', cs(d.deviceId))).json()).toEqual({ TradeInDeviceId: d.deviceId, CustomerStatus: 'NotSet', Status: 'Registered' });
    expect((await h.call('PUT', cs('x'), { CustomerStatus: 'Approved' })).json().code).toBe('B280001');
    expect((await h.call('PUT', cs(99999999), { CustomerStatus: 'Approved' })).json().code).toBe('N280002');
    expect((await h.call('PUT', cs(d.deviceId), {})).json().code).toBe('B280003');
    expect((await h.call('PUT', cs(d.deviceId), { CustomerStatus: 'Maybe' })).json()).toMatchObject({
      code: 'B280004',
      message: "New customer status 'Maybe' is invalid.",
    });
    expect((await h.call('PUT', cs(d.deviceId), { CustomerStatus: 'Approved' })).json().code).toBe('B280004');
  });
});

describe('CLI receiving by scan (a handheld scanner, no screen)', () => {
  it('tradein facility receive prints one line per scan: received, unexpected', async () => {
    const d = await h.shipped();
    const lines: string[] = [];
    const rt: CliRuntime = {
      config: () => h.t.config,
      withContainer: (fn) => fn(h.t.c),
      withTenant: async (slug, fn) => fn(await h.t.c.tenantCtx(slug), h.t.c),
      out: (l) => lines.push(l),
    };
    await buildProgram(rt).parseAsync(['node', 'tradein', 'facility', 'receive', '--tenant', h.tt.tenant.slug, d.imei, '990000000000019']);
    expect(lines).toHaveLength(2);
    expect(lines[0].split('\t').slice(0, 4)).toEqual([d.imei, 'received', String(d.deviceId), 'Received']);
    expect(lines[1].split('\t').slice(0, 2)).toEqual(['990000000000019', 'unexpected']);
    expect((await h.t.c.modules.tradeins.getDevice(h.tt.ctx, d.deviceId))!.status).toBe('Received');
  });
});

describe('erasure, TAC learning, analytics', () => {
  it('records NIST SP 800-88 erasure and issues a certificate PDF; the bench confirms TAC → model', async () => {
    const d = await h.shipped();
    await receive([d.imei]);
    const bad = await inspect(d.deviceId, {
      grading_form: { Answers: answersWith(h) },
      erasure: { method: 'Format', tool: 'x', operator: 'y', verification: 'Passed' },
    });
    expect(bad.json().code).toBe('B400016');
    const res = await inspect(d.deviceId, {
      grading_form: { Answers: answersWith(h) },
      erasure: { method: 'Purge', tool: 'Blancco Mobile 7', operator: 'Tea Tech', verification: 'Passed', performed_at: '2026-06-01T09:30:00Z' },
      identifier: d.imei,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ erasure_certificate: true });
    expect(['learned', 'confirmed']).toContain(res.json().tac);
    const pdf = await h.call('GET', h.adminUrl(`/devices/${d.deviceId}/erasure-certificate`));
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const { text } = await readPdf(pdf.rawPayload);
    expect(text).toContain('Data erasure certificate');
    expect(text).toContain('Purge');
    expect(text).toContain(d.imei);
    expect(text).toContain('Blancco Mobile 7');
    expect(text).toContain('2026-06-01 09:30 UTC');

    const map = (await h.call('GET', h.adminUrl('/tac-map'))).json().results;
    expect(map).toContainEqual(expect.objectContaining({ tac: d.imei.slice(0, 8), variant_id: h.model.variantId }));
    const imported = await h.call('POST', h.adminUrl('/tac-map/import'), {
      csv: `tac,variant_id\n${d.imei.slice(0, 8)},${h.model.variantId + 1}\n35999999,${h.model.variantId}\n`,
    });
    expect(imported.json()).toEqual({ learned: 1, confirmed: 0, conflicts: 1 });
    const after = (await h.call('GET', h.adminUrl('/tac-map'))).json().results.find((r: { tac: string }) => r.tac === d.imei.slice(0, 8));
    expect(after).toMatchObject({ variant_id: h.model.variantId, conflicts: [h.model.variantId + 1] });
  });

  it('discrepancy analytics per model, and as CSV', async () => {
    const res = (await h.call('GET', h.adminUrl('/analytics/discrepancies?by=model'))).json();
    const row = res.results.find((r: { key: string }) => r.key === String(h.model.variantId));
    expect(row.devices).toBeGreaterThanOrEqual(3);
    expect(row.adjusted).toBeGreaterThanOrEqual(2);
    expect(row.top_questions[0].label).toBeTruthy();
    const csv = await h.call('GET', h.adminUrl('/analytics/discrepancies.csv?by=month'));
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\n')[0]).toBe('month,name,devices,adjusted,adjustment_rate,average_adjustment,average_adjustment_minor,currency,top_questions');
  });
});

describe('time-driven steps (ManualClock)', () => {
  it('reminders on the tenant schedule, a last notice that names the fallback, and only then the fallback', async () => {
    const clock = h.t.clock as ManualClock;
    const d = await h.shipped();
    await receive([d.imei]);
    const q = h.questions[0];
    const photo = await h.uploadPhoto();
    await inspect(d.deviceId, { grading_form: { Answers: answersWith(h, { [q.Id]: 'last' }) }, photos: [{ photo_id: photo, question_id: q.Id }] });
    const email = `customer-${d.deviceId}@example.com`;
    expect((await h.call('PUT', h.adminUrl(`/devices/${d.deviceId}/contact`), { email, locale: 'sv' })).statusCode).toBe(200);
    await value(d.deviceId);
    const mails = async () =>
      await h.t.c.db.query<{ template: string; text: string }>(
        `SELECT payload->>'template' AS template, payload->>'text' AS text FROM outbox_messages WHERE topic = 'email.send' AND payload->>'to' = $1 ORDER BY id`,
        [email],
      );
    const status = async () => (await h.t.c.modules.tradeins.getDevice(h.tt.ctx, d.deviceId))!.status;
    await h.t.c.outbox.drain();
    expect((await mails()).map((m) => m.template)).toEqual(['facility.valuation']);
    expect((await mails())[0].text).toContain('/api/v2/public/devices/');

    clock.advance(2 * DAY);
    await h.t.c.outbox.drain();
    expect(await mails()).toHaveLength(1);
    clock.advance(1 * DAY);
    await h.t.c.outbox.drain();
    expect((await mails()).map((m) => m.template)).toEqual(['facility.valuation', 'facility.reminder']);
    clock.advance(4 * DAY);
    await h.t.c.outbox.drain();
    expect((await mails()).map((m) => m.template)).toEqual(['facility.valuation', 'facility.reminder', 'facility.reminder']);
    clock.advance(3 * DAY);
    await h.t.c.outbox.drain();
    const last = (await mails()).at(-1)!;
    expect(last.template).toBe('facility.last_notice');
    expect(last.text).toContain('skickar vi tillbaka enheten');
    clock.advance(3 * DAY);
    await h.t.c.outbox.drain();
    expect(await status()).toBe('Valuated');
    clock.advance(1 * DAY);
    await h.t.c.outbox.drain();
    expect(await status()).toBe('ReturnRequested');
    expect((await mails()).at(-1)!.template).toBe('facility.fallback_applied');
    const decision = await h.t.c.db.query<{ channel: string }>(`SELECT channel FROM facility_decisions WHERE tenant_id = $1 AND device_id = $2`, [
      h.tt.tenant.id,
      d.deviceId,
    ]);
    expect(decision).toEqual([{ channel: 'fallback' }]);
  });

  it('a device shipped longer ago than the deadline is marked Missing once, and can still be received', async () => {
    const clock = h.t.clock as ManualClock;
    await h.relogin();
    const d = await h.shipped();
    clock.advance(13 * DAY);
    await h.relogin();
    const first = await h.call('POST', h.adminUrl('/missing-sweep'));
    expect(first.statusCode, first.body).toBe(200);
    expect((await h.call('POST', h.adminUrl('/missing-sweep'))).json().missing).not.toContain(d.deviceId);
    clock.advance(2 * DAY);
    await h.relogin();
    expect((await h.call('POST', h.adminUrl('/missing-sweep'))).json().missing).toContain(d.deviceId);
    expect((await h.call('POST', h.adminUrl('/missing-sweep'))).json().missing).not.toContain(d.deviceId);
    expect((await h.t.c.modules.tradeins.getDevice(h.tt.ctx, d.deviceId))!.status).toBe('Missing');
    const missing = (await h.call('GET', h.adminUrl('/discrepancies?kind=missing')))
      .json()
      .results.filter((x: { device_id: number }) => x.device_id === d.deviceId);
    expect(missing).toHaveLength(1);
    expect((await receive([d.imei])).json().results[0]).toMatchObject({ outcome: 'received', status: 'Received' });
  });
});
