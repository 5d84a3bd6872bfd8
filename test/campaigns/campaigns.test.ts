import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { createTenant, login, type Session, type TestTenant } from '../helpers/factories.js';
import type { ManualClock } from '../../src/platform/clock/index.js';
import { quoteBody, setPrice, variantOf } from '../pricing/helpers.js';

let t: TestApp;
let tt: TestTenant;
let s: Session;
let phone: number;

beforeAll(async () => {
  t = await createTestApp();
  tt = await createTenant(t);
  s = await login(t, tt.tenant.slug, tt.admin.email, tt.adminPassword);
  phone = await variantOf(t, 'mobiles');
  await setPrice(t, tt, phone, 40000);
});
afterAll(() => t.close());

const offers = [
  { amount: 30, offer_code: 'D30', adjustment_type: 'Flat', grade: '', offer_type: 'Device' },
  { amount: 10, offer_code: 'P10', adjustment_type: 'Percent', grade: '', offer_type: 'Device' },
  { amount: 100, offer_code: 'DEAL', adjustment_type: 'Flat', grade: '', offer_type: 'Deal' },
  { amount: 500, offer_code: 'EXC', adjustment_type: 'Flat', grade: 'Excellent', offer_type: 'Device' },
];

async function createCampaign(body: Record<string, unknown>) {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/${tt.tenant.slug}/admin/campaigns`,
    headers: s.headers,
    payload: { name: 'C', active_from: '2026-05-01T00:00:00Z', active_to: '2026-07-01T00:00:00Z', offers, ...body },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const quote = (campaignId: number) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v2/retail/price-quote',
    headers: { 'x-apikey': tt.apiKey },
    payload: quoteBody(phone, undefined, { CampaignId: campaignId }),
  });

describe('campaigns', () => {
  it('list and details carry the seed fields; Status comes from the clock', async () => {
    // A campaign may name only the tenant's own data fields (issue 18; another id is B180002).
    const field = await t.app.inject({
      method: 'POST',
      url: `/api/${tt.tenant.slug}/admin/data-fields`,
      headers: { 'x-apikey': tt.adminKey },
      payload: { name: 'NextGenApp', is_campaign_field: true },
    });
    expect(field.statusCode, field.body).toBe(201);
    const c = await createCampaign({
      name: '+100€ campaign bonus',
      description: 'Info for staff',
      promo_code: 'PROMO',
      max_devices_per_trade_in: 1,
      strategy: 'Max',
      data_field_ids: [field.json().id],
    });
    const list = await t.app.inject({ method: 'GET', url: '/api/v2/retail/campaigns/list?api-version=2.0', headers: { 'x-apikey': tt.apiKey } });
    expect(list.statusCode).toBe(200);
    const item = list.json().Data.find((x: { Id: number }) => x.Id === c.id);
    const alias = await t.app.inject({ method: 'GET', url: '/api/v2/retail/campaigns/', headers: { 'x-apikey': tt.apiKey } });
    expect(alias.json()).toEqual(list.json());
    expect(item).toEqual({
      Id: c.id,
      Name: '+100€ campaign bonus',
      ActiveFrom: '2026-05-01T00:00:00Z',
      ActiveTo: '2026-07-01T00:00:00Z',
      Description: 'Info for staff',
      OverrideVendorTC: false,
      TermsAndConditions: '',
      PromoCode: 'PROMO',
      HasFmipDeduction: true,
      MaxDevicesPerTradeIn: 1,
      Status: 'Active',
      Strategy: 'Max',
    });
    const details = (await t.app.inject({ method: 'GET', url: `/api/v2/retail/campaigns/details/${c.id}`, headers: { 'x-apikey': tt.apiKey } })).json();
    expect(details.Offers[0]).toEqual({ Amount: 30, OfferCode: 'D30', AdjustmentType: 'Flat', Grade: '', OfferType: 'Device' });
    expect(Array.isArray(details.DataFields)).toBe(true);
    expect(details.Status).toBe('Active');

    const clock = t.clock as ManualClock;
    const now = clock.now();
    try {
      clock.set('2026-04-30T23:59:59Z');
      expect((await t.app.inject({ method: 'GET', url: `/api/v2/retail/campaigns/details/${c.id}`, headers: { 'x-apikey': tt.apiKey } })).json().Status).toBe(
        'Upcoming',
      );
      clock.set('2026-07-01T00:00:01Z');
      expect((await t.app.inject({ method: 'GET', url: `/api/v2/retail/campaigns/details/${c.id}`, headers: { 'x-apikey': tt.apiKey } })).json().Status).toBe(
        'Expired',
      );
    } finally {
      clock.set(now);
    }
  });

  it('details of an unknown or foreign campaign → N180001', async () => {
    const c = await createCampaign({ name: 'mine' });
    const other = await createTenant(t);
    for (const [id, key] of [
      [999999, tt.apiKey],
      [c.id, other.apiKey],
    ] as const) {
      const res = await t.app.inject({ method: 'GET', url: `/api/v2/retail/campaigns/details/${id}`, headers: { 'x-apikey': key, 'accept-language': 'tr' } });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: 'N180001', message: 'Kampanya bulunamadı' });
    }
  });

  it('Sum adds every applicable offer; Max only the largest (documented results)', async () => {
    const sum = await createCampaign({ name: 'sum', strategy: 'Sum' });
    const max = await createCampaign({ name: 'max', strategy: 'Max' });
    const qs = (await quote(sum.id)).json();
    // Working grade (the Excellent offer does not apply): device 30 + 10 % of 400 = 70, deal 100.
    expect(qs.OfferedPrice).toBe(470);
    expect(qs.PotentialCampaign).toEqual({ DeviceBonusInclVat: 70, DealBonusInclVat: 100, CampaignId: sum.id });
    expect(qs.Breakdown.find((l: { Code: string }) => l.Code === 'campaign').Amount).toBe(70);
    const qm = (await quote(max.id)).json();
    // Max: the largest single offer is the 100 deal bonus — not part of the device price.
    expect(qm.OfferedPrice).toBe(400);
    expect(qm.PotentialCampaign).toEqual({ DeviceBonusInclVat: 0, DealBonusInclVat: 100, CampaignId: max.id });
  });

  it('campaign window: B070011 before, B070012 after (time travel), N070005 unknown', async () => {
    const c = await createCampaign({ name: 'window', active_from: '2026-06-10T00:00:00Z', active_to: '2026-06-20T00:00:00Z' });
    const clock = t.clock as ManualClock;
    const now = clock.now();
    try {
      let res = await quote(c.id);
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ code: 'B070011', message: `Campaign with id '${c.id}' has not started yet.` });
      clock.set('2026-06-15T00:00:00Z');
      expect((await quote(c.id)).statusCode).toBe(200);
      clock.set('2026-06-21T00:00:00Z');
      res = await quote(c.id);
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ code: 'B070012', message: `Campaign with id '${c.id}' has already expired.` });
    } finally {
      clock.set(now);
    }
    const unknown = await quote(987654);
    expect(unknown.json()).toMatchObject({ code: 'N070005', message: "Campaign was not found by id '987654'" });
  });

  it('a campaign without Find-My deduction waives it', async () => {
    const c = await createCampaign({ name: 'no-fmip', has_fmip_deduction: false, offers: [] });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v2/retail/price-quote',
      headers: { 'x-apikey': tt.apiKey },
      payload: {
        ...quoteBody(phone, undefined, { CampaignId: c.id }),
        GradingForm: { Answers: { 0: [0], 1: [0], 2: [0], 3: [0], 4: [0] }, SystemExtras: [1] },
      },
    });
    expect(res.json().OfferedPrice).toBe(400);
  });

  it('admin update, delete and validation', async () => {
    const c = await createCampaign({ name: 'edit me' });
    const upd = await t.app.inject({
      method: 'PUT',
      url: `/api/${tt.tenant.slug}/admin/campaigns/${c.id}`,
      headers: s.headers,
      payload: { name: 'edited', active_from: '2026-01-01', active_to: '2026-12-31', offers: [] },
    });
    expect(upd.statusCode, upd.body).toBe(200);
    expect(upd.json().name).toBe('edited');
    const bad = await t.app.inject({
      method: 'POST',
      url: `/api/${tt.tenant.slug}/admin/campaigns`,
      headers: s.headers,
      payload: { name: 'x', active_from: '2026-12-31', active_to: '2026-01-01' },
    });
    expect(bad.statusCode).toBe(400);
    const badDate = await t.app.inject({
      method: 'POST',
      url: `/api/${tt.tenant.slug}/admin/campaigns`,
      headers: s.headers,
      payload: { name: 'x', active_from: 'soon', active_to: '2026-01-01' },
    });
    expect(badDate.statusCode).toBe(400);
    const del = await t.app.inject({ method: 'DELETE', url: `/api/${tt.tenant.slug}/admin/campaigns/${c.id}`, headers: s.headers });
    expect(del.statusCode).toBe(204);
    const gone = await t.app.inject({ method: 'GET', url: `/api/v2/retail/campaigns/details/${c.id}`, headers: { 'x-apikey': tt.apiKey } });
    expect(gone.statusCode).toBe(404);
  });
});
