import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { seedDemo, type DemoCredentials } from '../../src/main/seed-demo.js';
import { imeiFromTac } from '../../src/modules/catalog/index.js';
import { appleVariantsWithTac } from '../helpers/catalog-fixtures.js';
import { login, type Session } from '../helpers/factories.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { cents, uploadPhoto } from './helpers.js';

// Issue 13 "Done when": on the demo tenant (as `npm start` seeds it), the path works through HTTP
// with the printed key and login; the status page shows the photo and the changed answer.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

let t: TestApp;
let creds: DemoCredentials;
let admin: Session;
let facilityId: number;
const slug = 'demo';
beforeAll(async () => {
  t = await createTestApp();
  creds = (await seedDemo(t.c, slug)).credentials!;
  admin = await login(t, slug, creds.adminEmail, creds.adminPassword);
  const ctx = await t.c.tenantCtx(slug);
  facilityId = (await t.c.modules.org.locations.list(ctx)).find((l) => l.kind === 'facility')!.id;
});
afterAll(() => t.close());

const retail = (method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: { 'x-apikey': creds.apiKey }, ...(payload ? { payload } : {}) });
const adminCall = (method: 'GET' | 'POST' | 'PUT', path: string, payload?: object) =>
  t.app.inject({ method, url: `/api/${slug}/admin/facility${path}`, headers: admin.headers, ...(payload ? { payload } : {}) });

const photo = (angle: string) => uploadPhoto(t, slug, admin.headers, angle);

describe('issue 13 done when (demo tenant)', () => {
  it('the demo has a facility; register → receive there → inspect worse with photos → valuation → status page → approve → store credit', async () => {
    expect(facilityId).toBeGreaterThan(0);
    // A demo-priced Apple model whose TAC is its own.
    let model: { variantId: number; tac: string } | null = null;
    let quote: { PriceQuoteId: string; OfferedPrice: number } | null = null;
    let questions: { Id: number; Answers: { Id: number }[] }[] = [];
    const imeiOf = (tac: string) => imeiFromTac(tac, '770001');
    for (const candidate of await appleVariantsWithTac(t.c.db, 4)) {
      const form = await retail('GET', `/api/v2/retail/models/${candidate.variantId}/grading-form?api-version=2.0`);
      if (form.statusCode !== 200) continue;
      questions = form.json().Questions;
      const best = Object.fromEntries(questions.map((q) => [q.Id, [q.Answers[0].Id]]));
      const dd = await retail('POST', '/api/v2/retail/duediligence/check', {
        ModelId: candidate.variantId,
        ItemIdentifier: imeiOf(candidate.tac),
        FmipAttestation: 'NotActivated',
      });
      if (dd.statusCode !== 200) continue;
      const q = await retail('POST', '/api/v2/retail/price-quote', {
        GradingForm: { Answers: best, Extras: [], SystemExtras: [0] },
        ModelId: candidate.variantId,
        ItemIdentifier: imeiOf(candidate.tac),
        CampaignId: 0,
      });
      if (q.statusCode === 200 && q.json().OfferedPrice > 0) {
        model = candidate;
        quote = q.json();
        break;
      }
    }
    expect(model, 'a demo-priced Apple model').not.toBeNull();
    const imei = imeiOf(model!.tac);
    // The demo's required data fields: the customer's e-mail (the facility writes to it) and names.
    const fields = (await retail('GET', '/api/v2/retail/configurations/data-fields')).json() as { DataFieldId: number; DataFieldName: string }[];
    const clientEmail = { DataFieldId: fields.find((f) => f.DataFieldName === 'ClientEmail')!.DataFieldId, DataFieldValue: 'demo.kund@example.com' };
    const reg = await retail('POST', '/api/v2/retail/tradeins', {
      TradeInDevices: [{ PriceQuoteId: quote!.PriceQuoteId, DeviceIdentifier: imei }],
      CustomDataFields: [clientEmail],
      ClientFirstName: 'Demo',
      ClientLastName: 'Kund',
    });
    expect(reg.statusCode, reg.body).toBe(200);
    const deviceId = reg.json().TradeInDevices[0].TradeInDeviceId as number;

    // Brought to the demo facility by hand: received there by scan.
    const rec = await adminCall('POST', '/receive', { codes: [imei], location_id: facilityId });
    expect(rec.json().results[0]).toMatchObject({ outcome: 'received', device_id: deviceId, status: 'Received' });
    // The worst answer to the first question, with its photo and the demo's required sides (front, back).
    const q0 = questions[0];
    const defect = await photo('front');
    const back = await photo('back');
    const answers = Object.fromEntries(questions.map((q) => [String(q.Id), [q.Id === q0.Id ? q.Answers[q.Answers.length - 1].Id : q.Answers[0].Id]]));
    const insp = await adminCall('POST', `/devices/${deviceId}/inspection`, {
      grading_form: { Answers: answers },
      fmip_found: 'NotActivated',
      photos: [
        { photo_id: defect, question_id: q0.Id, angle: 'front' },
        { photo_id: back, angle: 'back' },
      ],
      identifier: imei,
    });
    expect(insp.statusCode, insp.body).toBe(200);
    const val = await adminCall('POST', `/devices/${deviceId}/final-valuation`, {});
    expect(val.statusCode, val.body).toBe(200);
    const report = val.json().difference_report;
    expect(cents(report.registered_price)).toBe(Math.round(quote!.OfferedPrice * 100));
    const sum = report.lines.reduce((s: number, l: { price_effect: string }) => s + cents(l.price_effect), 0);
    expect(cents(report.registered_price) + sum).toBe(cents(report.final_price));
    expect(cents(report.final_price)).toBeLessThan(cents(report.registered_price));

    // The customer was e-mailed at the address the store entered, with the report and the status page.
    await t.c.outbox.drain();
    const mails = (await t.app.inject({ method: 'GET', url: `/api/${slug}/admin/emails?to=demo.kund@example.com`, headers: { cookie: admin.cookie } })).json()
      .results as { template: string }[];
    expect(mails.map((m) => m.template)).toEqual(['facility.valuation']);

    // The customer's status page: the changed answer, its photo, amounts; approve there.
    const link = await adminCall('POST', `/devices/${deviceId}/status-link`);
    const path = new URL(link.json().url).pathname;
    const page = await t.app.inject({ method: 'GET', url: path });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(report.lines[0].found[0].replace(/&/g, '&amp;').replace(/</g, '&lt;'));
    expect(page.body).toContain(`${path}/photos/${defect}`);
    expect((await t.app.inject({ method: 'GET', url: `${path}/photos/${defect}` })).headers['content-type']).toBe('image/jpeg');
    const decided = await t.app.inject({ method: 'POST', url: `${path}/decision`, payload: { decision: 'approved' } });
    expect(decided.statusCode).toBe(303);
    const paid = await adminCall('POST', `/devices/${deviceId}/payout`, { method: 'store_credit', customer_ref: 'demo-kund' });
    expect(paid.statusCode, paid.body).toBe(200);
    const credit = await adminCall('GET', '/store-credit/demo-kund');
    expect(credit.statusCode, credit.body).toBe(200);
    expect(JSON.stringify(credit.json())).toContain(report.final_price);
    const view = (await adminCall('GET', `/devices/${deviceId}`)).json();
    expect(view.device?.status ?? view.status).toBe('Completed');
  });
});
