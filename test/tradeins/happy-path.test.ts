import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imeiFromTac } from '../../src/modules/catalog/index.js';
import { appleVariantsWithTac } from '../helpers/catalog-fixtures.js';
import type { ManualClock } from '../../src/platform/clock/index.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { createTenant, type TestTenant } from '../helpers/factories.js';
import { readPdf } from './pdf-helpers.js';

let t: TestApp;
let tt: TestTenant;
let model: { variantId: number; tac: string };
let headers: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  tt = await createTenant(t);
  headers = { 'x-apikey': tt.apiKey };
  [model] = await appleVariantsWithTac(t.c.db, 1);
  await t.c.modules.pricing.upsertBasePrices(tt.ctx, [{ variantId: model.variantId, amountMinor: 50000 }]);
});
afterAll(() => t.close());

const call = (method: 'GET' | 'POST', url: string, payload?: object) => t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

describe('seed 003 happy path with the real modules', () => {
  it('search → grading form → quote → due diligence → quote with SystemExtra → register → PDF', async () => {
    const variant = (await t.c.modules.catalog.getVariant(tt.ctx, model.variantId))!;
    const search = await call('GET', `/api/v2/retail/models?term=${encodeURIComponent(variant.productName)}&api-version=2.0`);
    expect(search.statusCode, search.body).toBe(200);
    expect(search.json().Data.map((m: { Id: number }) => m.Id)).toContain(model.variantId);

    const form = await call('GET', `/api/v2/retail/models/${model.variantId}/grading-form?api-version=2.0`);
    expect(form.statusCode, form.body).toBe(200);
    const answers: Record<number, number[]> = {};
    for (const q of form.json().Questions as { Id: number; Answers: { Id: number }[] }[]) answers[q.Id] = [q.Answers[0].Id];
    const quoteBody = (systemExtras: number[], identifier: string | null) => ({
      GradingForm: { Answers: answers, Extras: [], SystemExtras: systemExtras, GradingDifferenceImages: {} },
      ModelId: model.variantId,
      ItemIdentifier: identifier,
      LocationId: null,
      AgentId: null,
      TradeInChannel: 0,
      TradeInType: 0,
      CampaignId: 0,
    });
    const first = await call('POST', '/api/v2/retail/price-quote', quoteBody([0], null));
    expect(first.statusCode, first.body).toBe(200);

    const imei = imeiFromTac(model.tac, '424242');
    const check = await call('POST', '/api/v2/retail/duediligence/check', { ModelId: model.variantId, ItemIdentifier: imei, FmipAttestation: 'Activated' });
    expect(check.statusCode, check.body).toBe(200);
    const report = (await call('GET', `/api/v2/retail/duediligence/report/${check.json()}`)).json();
    expect(report.FraudCheckResults.every((r: { Result: string }) => r.Result === 'Passed')).toBe(true);
    expect(report.FmipCheckResults[0].Result).toBe('Activated');

    // FMIP is on: the first quote (SystemExtra 0) is refused, a new one with SystemExtra 1 is lower.
    const refused = await call('POST', '/api/v2/retail/tradeins', { TradeInDevices: [{ PriceQuoteId: first.json().PriceQuoteId, DeviceIdentifier: imei }] });
    expect(refused.json().code).toBe('B090081');
    const second = await call('POST', '/api/v2/retail/price-quote', quoteBody([1], imei));
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json().OfferedPrice).toBeLessThan(first.json().OfferedPrice);

    const reg = await call('POST', '/api/v2/retail/tradeins', {
      TradeInDevices: [{ PriceQuoteId: second.json().PriceQuoteId, DeviceIdentifier: imei }],
      CustomDataFields: [],
      IsCorporate: false,
      ClientFirstName: 'Ayşe',
      ClientLastName: 'Yılmaz',
      TradeInRef: 'SEED-HAPPY-1',
    });
    expect(reg.statusCode, reg.body).toBe(200);
    const tradeIn = reg.json();
    expect(tradeIn.Status).toBe('Registered');
    expect(tradeIn.TradeInDevices[0]).toMatchObject({
      ProductName: variant.productName,
      Price: second.json().OfferedPrice,
      PriceQuoteId: second.json().PriceQuoteId,
      DeviceIdentifier: imei,
    });
    // The quote is now used.
    const reuse = await call('POST', '/api/v2/retail/tradeins', { TradeInDevices: [{ PriceQuoteId: second.json().PriceQuoteId, DeviceIdentifier: imei }] });
    expect(reuse.json().code).toBe('B090030');

    const link = (await call('GET', `/api/v2/retail/tradeins/${tradeIn.Id}/pdf?api-version=2.0`)).json();
    const pdf = await t.app.inject({ method: 'GET', url: new URL(link.DownloadUrl).pathname });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = (await readPdf(pdf.rawPayload)).text;
    expect(text).toContain(variant.productName);
    expect(text).toContain(`€${second.json().OfferedPrice.toFixed(2)}`);
    expect(text).toContain(String(tradeIn.Id));
    expect(text).toContain('Ayşe Yılmaz');
  });

  it('a blocklisted IMEI is Failed and registration refuses it with B090010', async () => {
    const imei = imeiFromTac(model.tac, '515151');
    await t.c.modules.diligence.blocklist.add(tt.ctx, { identifier: imei, reason: 'reported stolen', source: 'police' });
    const check = await call('POST', '/api/v2/retail/duediligence/check', { ModelId: model.variantId, ItemIdentifier: imei, FmipAttestation: 'NotActivated' });
    const report = (await call('GET', `/api/v2/retail/duediligence/report/${check.json()}`)).json();
    expect(report.FraudCheckResults.some((r: { Result: string }) => r.Result === 'Failed')).toBe(true);
    const form = (await call('GET', `/api/v2/retail/models/${model.variantId}/grading-form`)).json();
    const answers = Object.fromEntries((form.Questions as { Id: number; Answers: { Id: number }[] }[]).map((q) => [q.Id, [q.Answers[0].Id]]));
    const quote = (
      await call('POST', '/api/v2/retail/price-quote', {
        GradingForm: { Answers: answers, Extras: [], SystemExtras: [0] },
        ModelId: model.variantId,
        ItemIdentifier: imei,
        CampaignId: 0,
      })
    ).json();
    const res = await call('POST', '/api/v2/retail/tradeins', { TradeInDevices: [{ PriceQuoteId: quote.PriceQuoteId, DeviceIdentifier: imei }] });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'B090010', message: `Due diligence status Failed is not allowed for '${imei}' device.` });
  });

  it('required data fields are enforced by the real datafields module (B090031 or B090016)', async () => {
    await t.c.modules.datafields.create(tt.ctx, { name: 'ClientEmail', labels: { en: 'Customer email' }, isRequired: true });
    const imei = imeiFromTac(model.tac, '616161');
    await call('POST', '/api/v2/retail/duediligence/check', { ModelId: model.variantId, ItemIdentifier: imei, FmipAttestation: 'NotActivated' });
    const form = (await call('GET', `/api/v2/retail/models/${model.variantId}/grading-form`)).json();
    const answers = Object.fromEntries((form.Questions as { Id: number; Answers: { Id: number }[] }[]).map((q) => [q.Id, [q.Answers[0].Id]]));
    const quote = (
      await call('POST', '/api/v2/retail/price-quote', {
        GradingForm: { Answers: answers, Extras: [], SystemExtras: [0] },
        ModelId: model.variantId,
        ItemIdentifier: imei,
        CampaignId: 0,
      })
    ).json();
    const res = await call('POST', '/api/v2/retail/tradeins', { TradeInDevices: [{ PriceQuoteId: quote.PriceQuoteId, DeviceIdentifier: imei }] });
    expect(res.statusCode).toBe(400);
    expect(['B090031', 'B090016']).toContain(res.json().code);
    // Nothing was written: the quote is still free.
    expect((await t.c.modules.pricing.getQuote(tt.ctx, quote.PriceQuoteId))?.usedAt).toBeNull();
  });

  it('data fields that require validation: B090047 on register, B090049 on update, accepted after GET validate', async () => {
    const field = await t.c.modules.datafields.create(tt.ctx, { name: 'Voucher', labels: { en: 'Voucher' }, requiresValidation: true, isUnique: true });
    const quoteFor = async (suffix: string) => {
      const imei = imeiFromTac(model.tac, suffix);
      await call('POST', '/api/v2/retail/duediligence/check', { ModelId: model.variantId, ItemIdentifier: imei, FmipAttestation: 'NotActivated' });
      const form = (await call('GET', `/api/v2/retail/models/${model.variantId}/grading-form`)).json();
      const answers = Object.fromEntries((form.Questions as { Id: number; Answers: { Id: number }[] }[]).map((q) => [q.Id, [q.Answers[0].Id]]));
      const quote = (
        await call('POST', '/api/v2/retail/price-quote', {
          GradingForm: { Answers: answers, Extras: [], SystemExtras: [0] },
          ModelId: model.variantId,
          ItemIdentifier: imei,
          CampaignId: 0,
        })
      ).json();
      return { imei, quoteId: quote.PriceQuoteId as string };
    };
    const required = await t.c.db.query<{ id: number }>(`SELECT id FROM data_fields WHERE tenant_id = $1 AND is_required`, [tt.tenant.id]);
    const base = required.map((r) => ({ DataFieldId: r.id, DataFieldValue: 'someone@example.com' }));
    const a = await quoteFor('717171');
    const refused = await call('POST', '/api/v2/retail/tradeins', {
      TradeInDevices: [{ PriceQuoteId: a.quoteId, DeviceIdentifier: a.imei }],
      CustomDataFields: [...base, { DataFieldId: field.id, DataFieldValue: 'V-1' }],
    });
    expect(refused.json().code).toBe('B090047');
    expect((await call('GET', `/api/v2/retail/tradeins/datafields/validate?value=V-1&dataFieldId=${field.id}`)).json().Result).toBe('Valid');
    const ok = await call('POST', '/api/v2/retail/tradeins', {
      TradeInDevices: [{ PriceQuoteId: a.quoteId, DeviceIdentifier: a.imei }],
      CustomDataFields: [...base, { DataFieldId: field.id, DataFieldValue: 'V-1' }],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const update = await t.app.inject({
      method: 'PUT',
      url: `/api/v2/retail/tradeins/${ok.json().Id}`,
      headers,
      payload: { CustomDataFields: [{ DataFieldId: field.id, DataFieldValue: 'V-2' }] },
    });
    expect(update.json().code).toBe('B090049');
    // The unique value is taken until the trade-in is cancelled.
    const b = await quoteFor('727272');
    const taken = await call('POST', '/api/v2/retail/tradeins', {
      TradeInDevices: [{ PriceQuoteId: b.quoteId, DeviceIdentifier: b.imei }],
      CustomDataFields: [...base, { DataFieldId: field.id, DataFieldValue: 'V-1' }],
    });
    expect(taken.json().code).toBe('B090019');
    expect((await t.app.inject({ method: 'DELETE', url: `/api/v2/retail/tradeins/${ok.json().Id}`, headers })).statusCode).toBe(200);
    await call('GET', `/api/v2/retail/tradeins/datafields/validate?value=V-1&dataFieldId=${field.id}`);
    const reused = await call('POST', '/api/v2/retail/tradeins', {
      TradeInDevices: [{ PriceQuoteId: b.quoteId, DeviceIdentifier: b.imei }],
      CustomDataFields: [...base, { DataFieldId: field.id, DataFieldValue: 'V-1' }],
    });
    expect(reused.statusCode, reused.body).toBe(200);
  });

  it('with a real campaign: CampaignId and terms on the PDF, its device limit (B090021), and its end (B090034)', async () => {
    // A tenant of its own: the earlier tests gave the first one required data fields.
    const own = await createTenant(t);
    await t.c.modules.pricing.upsertBasePrices(own.ctx, [{ variantId: model.variantId, amountMinor: 50000 }]);
    const call = (method: 'GET' | 'POST', url: string, payload?: object) =>
      t.app.inject({ method, url, headers: { 'x-apikey': own.apiKey }, ...(payload ? { payload } : {}) });
    const now = t.clock.now().getTime();
    const campaign = await t.c.modules.campaigns.create(own.ctx, {
      name: 'Kış kampanyası +100',
      activeFrom: new Date(now - 3600_000),
      activeTo: new Date(now + 2 * 3600_000),
      termsAndConditions: 'Kampanya şartları geçerlidir.',
      maxDevicesPerTradeIn: 1,
      offers: [{ amount: 100, adjustmentType: 'Flat', offerType: 'Deal' }],
    });
    const form = (await call('GET', `/api/v2/retail/models/${model.variantId}/grading-form`)).json();
    const answers = Object.fromEntries((form.Questions as { Id: number; Answers: { Id: number }[] }[]).map((q) => [q.Id, [q.Answers[0].Id]]));
    const quoteFor = async (suffix: string) => {
      const imei = imeiFromTac(model.tac, suffix);
      await call('POST', '/api/v2/retail/duediligence/check', { ModelId: model.variantId, ItemIdentifier: imei, FmipAttestation: 'NotActivated' });
      const res = await call('POST', '/api/v2/retail/price-quote', {
        GradingForm: { Answers: answers, Extras: [], SystemExtras: [0] },
        ModelId: model.variantId,
        ItemIdentifier: imei,
        CampaignId: campaign.id,
      });
      expect(res.statusCode, res.body).toBe(200);
      return { PriceQuoteId: res.json().PriceQuoteId as string, DeviceIdentifier: imei };
    };
    const [a, b] = [await quoteFor('818181'), await quoteFor('828282')];
    expect((await call('POST', '/api/v2/retail/tradeins', { TradeInDevices: [a, b] })).json().code).toBe('B090021');
    const ok = await call('POST', '/api/v2/retail/tradeins', { TradeInDevices: [a] });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().CampaignId).toBe(campaign.id);
    const link = (await call('GET', `/api/v2/retail/tradeins/${ok.json().Id}/pdf`)).json();
    const text = (await readPdf((await t.app.inject({ method: 'GET', url: new URL(link.DownloadUrl).pathname })).rawPayload)).text;
    expect(text).toContain('Kış kampanyası +100');
    expect(text).toContain('Kampanya şartları geçerlidir.');
    (t.clock as ManualClock).advance(3 * 3600_000);
    try {
      const late = await call('POST', '/api/v2/retail/tradeins', { TradeInDevices: [b] });
      expect(late.statusCode).toBe(422);
      expect(late.json()).toMatchObject({ code: 'B090034', message: `Campaign with id '${campaign.id}' has already expired.` });
    } finally {
      (t.clock as ManualClock).advance(-3 * 3600_000);
    }
  });
});
