import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { escapeHtml } from '../../src/modules/notifications/index.js';
import { answersWith, cents, facilityHarness, type FacilityHarness } from './helpers.js';

// The shared machine is slow; these tests walk a device through the whole lifecycle.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

let h: FacilityHarness;
let facilityId: number;
beforeAll(async () => {
  h = await facilityHarness();
  // Devices are received at the tenant's facility (returns leave from there).
  facilityId = (
    await h.t.c.modules.org.locations.create(h.tt.ctx, {
      name: 'Facility',
      kind: 'facility',
      address: { street1: 'Dock 1', city: 'Göteborg', postCode: '41755', countryCode: 'SE' },
    })
  ).id;
});
afterAll(() => h.t.close());

async function receivedAndInspectedWorse() {
  const d = await h.shipped();
  const rec = await h.call('POST', h.adminUrl('/receive'), { codes: [d.imei], location_id: facilityId });
  expect(rec.statusCode, rec.body).toBe(200);
  expect(rec.json().results[0]).toMatchObject({ outcome: 'received', device_id: d.deviceId, status: 'Received' });
  const q = h.questions[0];
  // A worse answer without a photo of the defect is refused, and nothing changes.
  const noPhoto = await h.call('POST', h.adminUrl(`/devices/${d.deviceId}/inspection`), {
    grading_form: { Answers: answersWith(h, { [q.Id]: 'last' }) },
    fmip_found: 'NotActivated',
  });
  expect(noPhoto.statusCode).toBe(400);
  expect(noPhoto.json().code).toBe('B400004');
  const photo = await h.uploadPhoto('front');
  const insp = await h.call('POST', h.adminUrl(`/devices/${d.deviceId}/inspection`), {
    grading_form: { Answers: answersWith(h, { [q.Id]: 'last' }) },
    fmip_found: 'NotActivated',
    functional_tests: [{ name: 'touch', result: 'pass' }],
    photos: [{ photo_id: photo, question_id: q.Id }],
    identifier: d.imei,
  });
  expect(insp.statusCode, insp.body).toBe(200);
  expect(insp.json()).toMatchObject({ status: 'Inspected', fmip_declared: 'NotActivated', fmip_found: 'NotActivated' });
  return { ...d, photo, question: q };
}

describe('the whole path through HTTP', () => {
  it('registration → shipped → received → inspected worse with a photo → valuation with report → customer rejects on the status page → return → returned', async () => {
    const d = await receivedAndInspectedWorse();
    const val = await h.call('POST', h.adminUrl(`/devices/${d.deviceId}/final-valuation`), {});
    expect(val.statusCode, val.body).toBe(200);
    const v = val.json();
    expect(v).toMatchObject({ status: 'Valuated', override: false, changed: true });
    const report = v.difference_report;
    expect(cents(report.registered_price)).toBe(Math.round(d.price * 100));
    expect(report.lines).toHaveLength(1);
    expect(report.lines[0]).toMatchObject({ question_id: d.question.Id, worse: true, photo_ids: [d.photo] });
    expect(cents(report.final_price)).toBeLessThan(cents(report.registered_price));
    // The amounts add up exactly.
    const sum = report.lines.reduce((s: number, l: { price_effect: string }) => s + cents(l.price_effect), 0);
    expect(cents(report.registered_price) + sum).toBe(cents(report.final_price));
    expect(cents(report.difference)).toBe(sum);

    const link = await h.call('POST', h.adminUrl(`/devices/${d.deviceId}/status-link`));
    expect(link.statusCode, link.body).toBe(200);
    const path = new URL(link.json().url).pathname;
    const page = await h.t.app.inject({ method: 'GET', url: path, headers: { 'accept-language': 'de' } });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['content-security-policy']).not.toContain('script-src');
    expect(page.body).not.toContain('<script');
    expect(page.body).toContain('Preis nach Prüfung');
    // The answer that changed, in the reader's language (the form's German labels), with the recorded effect.
    const formDe = (
      await h.call('GET', `/api/v2/retail/models/${h.model.variantId}/grading-form?api-version=2.0`, undefined, { 'accept-language': 'de' })
    ).json();
    const question = formDe.Questions.find((q: { Id: number }) => q.Id === report.lines[0].question_id);
    const foundDe = question.Answers[question.Answers.length - 1].Name as string;
    expect(page.body).toContain(escapeHtml(question.Label));
    expect(page.body).toContain(escapeHtml(foundDe));
    if (foundDe !== report.lines[0].found[0]) expect(page.body).not.toContain(`<td>${escapeHtml(report.lines[0].found[0])}</td>`);
    expect(page.body).toContain(`${path}/photos/${d.photo}`);
    const thumb = await h.t.app.inject({ method: 'GET', url: `${path}/photos/${d.photo}` });
    expect(thumb.statusCode).toBe(200);
    expect(thumb.headers['content-type']).toBe('image/jpeg');
    // A photo that is not this device's evidence is not served.
    const other = await h.uploadPhoto();
    expect((await h.t.app.inject({ method: 'GET', url: `${path}/photos/${other}` })).statusCode).toBe(404);

    const reject = await h.t.app.inject({
      method: 'POST',
      url: `${path}/decision`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'decision=rejected',
    });
    expect(reject.statusCode, reject.body).toBe(303);
    const again = await h.t.app.inject({
      method: 'POST',
      url: `${path}/decision`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'decision=approved',
    });
    expect(again.json().code).toBe('B400011');
    expect((await h.call('GET', `/api/v2/retail/tradeins/device/${d.deviceId}/customer-status`)).json()).toMatchObject({
      CustomerStatus: 'Rejected',
      Status: 'ReturnRequested',
    });

    // The return form starts with what is known: the customer's name from the trade-in, no street.
    const draft = await h.call('GET', h.adminUrl(`/devices/${d.deviceId}/return-address`));
    expect(draft.statusCode, draft.body).toBe(200);
    expect(draft.json()).toMatchObject({ name: 'Ayşe Yılmaz', street1: null, post_code: null, city: null, country_code: null });
    // An address without a street is refused (logistics' own check), and no return is recorded.
    const partial = await h.call('POST', h.adminUrl(`/devices/${d.deviceId}/return`), { to_address: { name: 'Ayşe Yılmaz', city: 'Stockholm' } });
    expect(partial.json().code, partial.body).toBe('B610009');

    // Logistics is wired: the return gets a shipment and a printable label to the customer.
    const ret = await h.call('POST', h.adminUrl(`/devices/${d.deviceId}/return`), {
      to_address: { name: 'Ayşe Yılmaz', street1: 'Gatan 1', city: 'Stockholm', post_code: '11151', country_code: 'SE' },
    });
    expect(ret.statusCode, ret.body).toBe(200);
    expect(ret.json()).toMatchObject({ manual: false, shipment_id: expect.any(Number), label_url: expect.stringMatching(/^http/) });
    // Once sent, the form would start from the address the label went to.
    expect((await h.call('GET', h.adminUrl(`/devices/${d.deviceId}/return-address`))).json()).toMatchObject({
      name: 'Ayşe Yılmaz',
      street1: 'Gatan 1',
      post_code: '11151',
      country_code: 'SE',
    });
    const returned = await h.call('POST', h.adminUrl(`/devices/${d.deviceId}/returned`));
    expect(returned.statusCode, returned.body).toBe(200);
    const view = (await h.call('GET', h.adminUrl(`/devices/${d.deviceId}`))).json();
    expect(view.status).toBe('Returned');
    expect(view.timeline.map((e: { to: string }) => e.to)).toEqual([
      'Registered',
      'Shipped',
      'Received',
      'Inspected',
      'Valuated',
      'ReturnRequested',
      'Returned',
    ]);
    const events = await h.t.c.db.query<{ type: string }>(
      `SELECT payload->>'type' AS type FROM outbox_messages WHERE tenant_id = $1 AND topic = 'domain.event' AND payload->'data'->>'deviceId' = $2 ORDER BY id`,
      [h.tt.tenant.id, String(d.deviceId)],
    );
    expect(events.map((e) => e.type)).toEqual([
      'device.received',
      'device.inspected',
      'device.valuated',
      'device.return_requested',
      'device.return_shipment_created',
      'device.returned',
    ]);
  });

  it('accept → completed → store credit, once per device', async () => {
    const d = await receivedAndInspectedWorse();
    const v = (await h.call('POST', h.adminUrl(`/devices/${d.deviceId}/final-valuation`), {})).json();
    const put = await h.call('PUT', `/api/v2/retail/tradeins/device/${d.deviceId}/customer-status`, { CustomerStatus: 'Approved' });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ TradeInDeviceId: d.deviceId, CustomerStatus: 'Approved', Status: 'Accepted' });
    expect((await h.call('PUT', `/api/v2/retail/tradeins/device/${d.deviceId}/customer-status`, { CustomerStatus: 'Rejected' })).json().code).toBe('B280005');
    const customer = `cust-${d.deviceId}`;
    const pay = await h.call('POST', h.adminUrl(`/devices/${d.deviceId}/payout`), { method: 'store_credit', customer_ref: customer });
    expect(pay.statusCode, pay.body).toBe(200);
    expect(pay.json()).toMatchObject({ method: 'store_credit', amount: v.final_price, status: 'issued', created: true });
    const twice = await h.call('POST', h.adminUrl(`/devices/${d.deviceId}/payout`), { method: 'gift_card', customer_ref: customer });
    expect(twice.json()).toMatchObject({ method: 'store_credit', created: false });
    const balance = await h.call('GET', h.adminUrl(`/store-credit/${customer}`));
    expect(balance.json().balances).toEqual([{ currency: 'EUR', balance: v.final_price }]);
    expect((await h.call('GET', h.adminUrl(`/devices/${d.deviceId}`))).json().status).toBe('Completed');
  });

  it('gift card payout with balance check, bank transfer record', async () => {
    const d = await receivedAndInspectedWorse();
    await h.call('POST', h.adminUrl(`/devices/${d.deviceId}/final-valuation`), {});
    await h.call('POST', h.adminUrl(`/devices/${d.deviceId}/decision`), { decision: 'approved' });
    const pay = (await h.call('POST', h.adminUrl(`/devices/${d.deviceId}/payout`), { method: 'gift_card', customer_ref: 'gc-customer' })).json();
    expect(pay.gift_card_code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    const card = (await h.call('GET', h.adminUrl(`/gift-cards/${pay.gift_card_code}`))).json();
    expect(card).toMatchObject({ balance: pay.amount, initial: pay.amount });
    const spend = await h.call('POST', h.adminUrl(`/gift-cards/${pay.gift_card_code}/redeem`), { amount: '1.00' });
    expect(spend.json().balance).toBe((cents(pay.amount) / 100 - 1).toFixed(2));
    const over = await h.call('POST', h.adminUrl(`/gift-cards/${pay.gift_card_code}/redeem`), { amount: '99999.00' });
    expect(over.statusCode).toBe(409);
    expect(over.json().code).toBe('B400015');

    const b = await receivedAndInspectedWorse();
    await h.call('POST', h.adminUrl(`/devices/${b.deviceId}/final-valuation`), {});
    await h.call('POST', h.adminUrl(`/devices/${b.deviceId}/decision`), { decision: 'approved' });
    expect((await h.call('POST', h.adminUrl(`/devices/${b.deviceId}/payout`), { method: 'bank_transfer' })).json().code).toBe('B400013');
    const bank = await h.call('POST', h.adminUrl(`/devices/${b.deviceId}/payout`), { method: 'bank_transfer', bank_account: 'SE4550000000058398257466' });
    expect(bank.json()).toMatchObject({ method: 'bank_transfer', status: 'pending_manual' });
  });
});
