import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imeiFromTac } from '../../src/modules/catalog/index.js';
import { seedDemo } from '../../src/main/seed-demo.js';
import { admin, login, retail, TradeinApiError, unwrap, verifyWebhook } from '../../packages/sdk/src/index.js';
import { signWebhook } from '../../src/modules/webhooks/index.js';
import { createTestApp, uniqueSlug, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let base: string;
let slug: string;
let apiKey: string;
let adminCreds: { adminEmail: string; adminPassword: string };
let tac: string;

beforeAll(async () => {
  t = await createTestApp();
  slug = uniqueSlug('sdk');
  const { credentials } = await seedDemo(t.c, slug);
  apiKey = credentials!.apiKey;
  adminCreds = credentials!;
  const rows = await t.c.db.query<{ tac: string }>(
    `SELECT t.tac FROM tac_codes t JOIN items i ON i.id = t.item_id JOIN manufacturers m ON m.id = i.manufacturer_id
      WHERE m.key = 'samsung' AND i.tenant_id IS NULL AND i.is_active AND i.name ILIKE 'Galaxy S2%'
        AND t.tac IN (SELECT tac FROM tac_codes GROUP BY tac HAVING count(*) = 1) ORDER BY t.tac LIMIT 1`,
  );
  tac = rows[0].tac.trim();
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
}, 180_000);
afterAll(() => t.close());

describe('@tradein/sdk against a running server', () => {
  it('runs the seed 003 flow with typed calls: search → grading form → quote → due diligence → register', async () => {
    const api = retail({ baseUrl: base, apiKey });
    const imei = imeiFromTac(tac, '000777');
    const { Data } = unwrap(await api.GET('/api/v2/retail/models', { params: { query: { term: imei } } }));
    const model = Data.find((m) => (m.Price ?? 0) > 0)!;
    expect(model).toBeTruthy();
    const form = unwrap(await api.GET('/api/v2/retail/models/{id}/grading-form', { params: { path: { id: model.Id } } }));
    const Answers = Object.fromEntries(form.Questions.map((q) => [q.Id, [[...q.Answers].sort((a, b) => b.Score - a.Score)[0].Id]]));
    const reportId = unwrap(await api.POST('/api/v2/retail/duediligence/check', { body: { ModelId: model.Id, ItemIdentifier: imei } }));
    expect(typeof reportId).toBe('string');
    const quote = unwrap(
      await api.POST('/api/v2/retail/price-quote', {
        body: { ModelId: model.Id, ItemIdentifier: imei, GradingForm: { Answers, Extras: [], SystemExtras: [] } },
      }),
    );
    expect(quote.OfferedPrice).toBeGreaterThan(0);
    const fields = unwrap(await api.GET('/api/v2/retail/configurations/data-fields'));
    const CustomDataFields = fields
      .filter((f) => f.IsRequired && !f.IsCampaignField && f.Scope.includes('Private') && !['First name', 'Last name'].includes(f.DataFieldName))
      .map((f) => ({ DataFieldId: f.DataFieldId, DataFieldValue: f.DataFieldName === 'ClientEmail' ? 'sdk@example.com' : 'x' }));
    const tradeIn = unwrap(
      await api.POST('/api/v2/retail/tradeins', {
        body: {
          TradeInDevices: [{ PriceQuoteId: quote.PriceQuoteId, DeviceIdentifier: imei }],
          CustomDataFields,
          IsCorporate: false,
          ClientFirstName: 'Sam',
          ClientLastName: 'Dev',
        },
      }),
    );
    expect(tradeIn.Status).toBe('Registered');
    // Errors come back with their stable code.
    const again = await api.POST('/api/v2/retail/tradeins', {
      body: { TradeInDevices: [{ PriceQuoteId: quote.PriceQuoteId, DeviceIdentifier: imei }], CustomDataFields },
    });
    expect(() => unwrap(again)).toThrow(TradeinApiError);
    try {
      unwrap(again);
    } catch (err) {
      expect((err as TradeinApiError).code).toMatch(/^B0900(04|30)$/);
    }
  });

  it('signs in for the admin API and verifies webhook signatures', async () => {
    const session = await login({ baseUrl: base, tenant: slug, email: adminCreds.adminEmail, password: adminCreds.adminPassword });
    const api = admin({ baseUrl: base, session });
    const hooks = unwrap(await api.GET('/api/{tenant}/admin/webhooks', { params: { path: { tenant: slug } } }));
    expect(hooks.count).toBe(0);
    await expect(login({ baseUrl: base, tenant: slug, email: adminCreds.adminEmail, password: 'wrong-password-123' })).rejects.toBeInstanceOf(TradeinApiError);

    const secret = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;
    const body = JSON.stringify({ type: 'webhook.test', timestamp: new Date().toISOString(), data: {} });
    const ts = Math.floor(Date.now() / 1000);
    const headers = { 'webhook-id': 'msg_1', 'webhook-timestamp': String(ts), 'webhook-signature': signWebhook(secret, 'msg_1', ts, body) };
    expect(verifyWebhook(secret, body, headers).type).toBe('webhook.test');
    expect(() => verifyWebhook(secret, body.replace('test', 'tist'), headers)).toThrow(/signature/);
    expect(() => verifyWebhook(secret, body, { ...headers, 'webhook-timestamp': String(ts - 3600) })).toThrow(/tolerance/);
  });
});
