import { expect } from 'vitest';
import { answersWith, cents, type FacilityHarness } from '../facility/helpers.js';

export interface Scenario {
  a: { deviceId: number; price: number };
  b: { deviceId: number; price: number };
  c: { deviceId: number; price: number };
  /** A's final price (minor units), paid out as store credit. */
  finalA: number;
  questionLabel: string;
  modelName: string;
  facilityId: number;
}

/**
 * Three trade-ins through the real API: A (with a campaign) and B registered, then `advance(24 h)`,
 * A shipped and C registered, `advance(2 h)`, A received and inspected worse with a photo,
 * `advance(1 h)`, A valuated lower, approved and paid out. B and C stay Registered.
 * `advance` moves the clock (a ManualClock) and signs in again; the browser test passes none.
 */
export async function lifecycleScenario(h: FacilityHarness, advance: (ms: number) => Promise<void> = async () => {}): Promise<Scenario> {
  const HOUR = 3_600_000;
  const now = h.t.clock.now();
  const facilityId = (
    await h.t.c.modules.org.locations.create(h.tt.ctx, {
      name: 'Facility',
      kind: 'facility',
      address: { street1: 'Dock 1', city: 'Göteborg', postCode: '41755', countryCode: 'SE' },
    })
  ).id;
  const campaign = await h.t.c.modules.campaigns.create(h.tt.ctx, {
    name: 'Summer bonus',
    activeFrom: new Date(now.getTime() - 30 * 24 * HOUR),
    activeTo: new Date(now.getTime() + 200 * 24 * HOUR),
    offers: [{ amount: 25, adjustmentType: 'Flat', offerType: 'Device' }],
  });
  const a = await h.register({ campaignId: campaign.id });
  const b = await h.register();
  await advance(24 * HOUR);
  expect(await h.t.c.modules.tradeins.transitionDevice(h.tt.ctx, a.deviceId, 'Shipped', { source: 'logistics' })).toBe(true);
  const c = await h.register();
  await advance(2 * HOUR);
  const rec = await h.call('POST', h.adminUrl('/receive'), { codes: [a.imei], location_id: facilityId });
  expect(rec.json().results[0].status, rec.body).toBe('Received');
  const q = h.questions[0];
  const photo = await h.uploadPhoto('front');
  const insp = await h.call('POST', h.adminUrl(`/devices/${a.deviceId}/inspection`), {
    grading_form: { Answers: answersWith(h, { [q.Id]: 'last' }) },
    fmip_found: 'NotActivated',
    photos: [{ photo_id: photo, question_id: q.Id }],
  });
  expect(insp.statusCode, insp.body).toBe(200);
  await advance(HOUR);
  const val = await h.call('POST', h.adminUrl(`/devices/${a.deviceId}/final-valuation`), {});
  expect(val.statusCode, val.body).toBe(200);
  expect((await h.call('POST', h.adminUrl(`/devices/${a.deviceId}/decision`), { decision: 'approved' })).statusCode).toBe(200);
  const pay = await h.call('POST', h.adminUrl(`/devices/${a.deviceId}/payout`), { method: 'store_credit', customer_ref: `dash-${a.deviceId}` });
  expect(pay.statusCode, pay.body).toBe(200);
  const modelName = (await h.t.c.db.query<{ product_name: string }>('SELECT product_name FROM trade_in_devices WHERE id = $1', [a.deviceId]))[0].product_name;
  return { a, b, c, finalA: cents(val.json().final_price), questionLabel: val.json().difference_report.lines[0].label, modelName, facilityId };
}
