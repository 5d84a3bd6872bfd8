import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imeiFromTac } from '../../src/modules/catalog/index.js';
import { seedDemo } from '../../src/main/seed-demo.js';
import { createTestApp, uniqueSlug, type TestApp } from '../helpers/test-app.js';
import { readPdf } from './pdf-helpers.js';

/**
 * Issue 10, "Done when": a client written from seed 003 alone (its field names, its order of
 * calls, its table of §4) registers an iPhone on a fresh demo tenant — what `npm start` seeds —
 * with the printed retail key, over real HTTP. Nothing here knows our extensions
 * (no FmipAttestation, no admin set-up): the demo tenant has no Find-My provider configured.
 */
class SeedRetailClient {
  constructor(
    private readonly base: string,
    private readonly apiKey: string,
  ) {}

  async call<T = unknown>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
    const sep = path.includes('?') ? '&' : '?';
    const res = await fetch(`${this.base}${path}${sep}api-version=2.0`, {
      method,
      headers: { 'x-apikey': this.apiKey, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
  }

  // §2 identification: IMEI in the one search box.
  models(term: string) {
    return this.call<{ Data: { Id: number; ProductName: string; Price: number; ManufacturerId: number }[] }>(
      'GET',
      `/api/v2/retail/models?term=${encodeURIComponent(term)}`,
    );
  }
  // §3 grading form, then the price quote with the answers.
  gradingForm(modelId: number) {
    return this.call<{ Questions: { Id: number; Answers: { Id: number; Name: string; Score: number }[] }[]; SystemExtras: { Id: number }[] }>(
      'GET',
      `/api/v2/retail/models/${modelId}/grading-form`,
    );
  }
  priceQuote(modelId: number, answers: Record<number, number[]>, systemExtras: number[], itemIdentifier: string | null) {
    return this.call<{ PriceQuoteId: string; OfferedPrice: number; Grade: string; PotentialCampaign: { DealBonusInclVat: number } }>(
      'POST',
      '/api/v2/retail/price-quote',
      {
        GradingForm: { Answers: answers, Extras: [], SystemExtras: systemExtras, GradingDifferenceImages: {} },
        ModelId: modelId,
        ItemIdentifier: itemIdentifier,
        LocationId: null,
        AgentId: null,
        TradeInChannel: 0,
        TradeInType: 0,
        CampaignId: 0,
      },
    );
  }
  // §4 due diligence: check, then the report.
  check(modelId: number, itemIdentifier: string) {
    return this.call<string>('POST', '/api/v2/retail/duediligence/check', { ModelId: modelId, ItemIdentifier: itemIdentifier });
  }
  report(reportId: string) {
    type R = { Provider: string; Result: string; ResultId: number }[];
    return this.call<{ FraudCheckResults: R; FmipCheckResults: R }>('GET', `/api/v2/retail/duediligence/report/${reportId}`);
  }
  // §7 data fields, §5 registration, PDF.
  dataFields() {
    return this.call<{ DataFieldId: number; DataFieldName: string; IsRequired: boolean; IsCampaignField: boolean; Scope: string }[]>(
      'GET',
      '/api/v2/retail/configurations/data-fields',
    );
  }
  register(body: object) {
    return this.call<{ Id: number; Status: string; TradeInDevices: { TradeInDeviceId: number; Price: number; FmipStatus: string; FmipSource: string }[] }>(
      'POST',
      '/api/v2/retail/tradeins',
      body,
    );
  }
  pdf(tradeInId: number) {
    return this.call<{ DownloadUrl: string }>('GET', `/api/v2/retail/tradeins/${tradeInId}/pdf`);
  }
}

let t: TestApp;
let slug: string;
let base: string;
let apiKey: string;
let tac: string;

beforeAll(async () => {
  t = await createTestApp();
  slug = uniqueSlug('demo');
  const { credentials } = await seedDemo(t.c, slug);
  apiKey = credentials!.apiKey;
  // An iPhone TAC that belongs to one model family only (the IMEI the customer reads off the phone).
  const rows = await t.c.db.query<{ tac: string }>(
    `WITH iphone AS (
       SELECT t.tac FROM tac_codes t JOIN items i ON i.id = t.item_id JOIN manufacturers m ON m.id = i.manufacturer_id
        WHERE m.key = 'apple' AND i.tenant_id IS NULL AND i.is_active AND i.name ILIKE 'iPhone%')
     SELECT tac FROM tac_codes WHERE tac IN (SELECT tac FROM iphone) GROUP BY tac HAVING count(*) = 1 ORDER BY tac LIMIT 1`,
  );
  tac = rows[0].tac.trim();
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
}, 180_000);
afterAll(() => t.close());

/** The seed's flow up to the due-diligence report, for one physical iPhone. */
async function identifyAndCheck(client: SeedRetailClient, serial: string) {
  const imei = imeiFromTac(tac, serial);
  const found = await client.models(imei);
  expect(found.status, JSON.stringify(found.body)).toBe(200);
  const model = found.body.Data.find((m) => m.ProductName.includes('iPhone') && m.Price > 0)!;
  expect(model).toBeTruthy();
  const form = await client.gradingForm(model.Id);
  expect(form.status).toBe(200);
  expect(form.body.SystemExtras.map((x) => x.Id)).toContain(1);
  // Best answer per question (the seed: "all questions answered as Yes" for the max price; ids can be 0 or 1).
  const answers: Record<number, number[]> = {};
  for (const q of form.body.Questions) answers[q.Id] = [[...q.Answers].sort((a, b) => b.Score - a.Score)[0].Id];
  const first = await client.priceQuote(model.Id, answers, [0], null);
  expect(first.status, JSON.stringify(first.body)).toBe(200);

  const check = await client.check(model.Id, imei);
  expect(check.status, JSON.stringify(check.body)).toBe(200);
  const report = await client.report(check.body);
  expect(report.status).toBe(200);
  return { imei, model, answers, first: first.body, report: report.body };
}

/** Required, non-campaign fields for a private customer, filled as a POS would (names go at the top level). */
async function requiredFields(client: SeedRetailClient) {
  const fields = await client.dataFields();
  expect(fields.status).toBe(200);
  return fields.body
    .filter((f) => f.IsRequired && !f.IsCampaignField && f.Scope.includes('Private'))
    .filter((f) => !['First name', 'Last name'].includes(f.DataFieldName))
    .map((f) => ({ DataFieldId: f.DataFieldId, DataFieldValue: f.DataFieldName === 'ClientEmail' ? 'ayse@example.com' : 'x' }));
}

describe('seed 003 client on a fresh demo tenant (issue 10)', () => {
  it('registers an iPhone: search → grading form → quote → due diligence → quote with SystemExtras [0] → register → PDF', async () => {
    const client = new SeedRetailClient(base, apiKey);
    const { imei, model, answers, first, report } = await identifyAndCheck(client, '000101');

    // The report speaks §4's language.
    expect(report.FraudCheckResults.length).toBeGreaterThan(0);
    expect(report.FraudCheckResults.every((r) => r.Result === 'Passed' && r.ResultId === 1)).toBe(true);
    expect(report.FmipCheckResults).toHaveLength(1);
    // No Find-My provider on the demo tenant: "Not checked"; the customer says Find My is off → SystemExtras [0].
    expect(report.FmipCheckResults[0]).toMatchObject({ Result: 'Not checked', ResultId: 6 });

    const quote = await client.priceQuote(model.Id, answers, [0], imei);
    expect(quote.status, JSON.stringify(quote.body)).toBe(200);
    expect(quote.body.OfferedPrice).toBe(first.OfferedPrice);

    const reg = await client.register({
      TradeInDevices: [{ PriceQuoteId: quote.body.PriceQuoteId, DeviceIdentifier: imei }],
      CustomDataFields: await requiredFields(client),
      IsCorporate: false,
      OrganizationName: null,
      ClientFirstName: 'Ayşe',
      ClientLastName: 'Yılmaz',
      AgentId: null,
      AgentRef: 'POS-7',
      LocationId: null,
      LocationRef: 'Store 1',
      TradeInRef: `SEED-${slug}`,
    });
    expect(reg.status, JSON.stringify(reg.body)).toBe(200);
    expect(reg.body.Status).toBe('Registered');
    expect(reg.body.TradeInDevices[0]).toMatchObject({ Price: quote.body.OfferedPrice, FmipStatus: 'Not activated', FmipSource: 'client' });

    const link = await client.pdf(reg.body.Id);
    expect(link.status).toBe(200);
    const pdf = await fetch(`${base}${new URL(link.body.DownloadUrl).pathname}`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const { text } = await readPdf(new Uint8Array(await pdf.arrayBuffer()));
    expect(text).toContain('Find My: not activated (declared by the client, to be verified on receipt)');
    expect(text).toContain('Ayşe Yılmaz');
  });

  it('with SystemExtras [1] the price carries the Find-My deduction and the device records "Activated" as declared', async () => {
    const client = new SeedRetailClient(base, apiKey);
    const { imei, model, answers, first } = await identifyAndCheck(client, '000202');
    const on = await client.priceQuote(model.Id, answers, [1], imei);
    expect(on.status).toBe(200);
    // Demo deduction: 30 % of the value (settings.pricing.fmipDeductionPct).
    expect(on.body.OfferedPrice).toBeCloseTo(first.OfferedPrice * 0.7, 0);
    const reg = await client.register({
      TradeInDevices: [{ PriceQuoteId: on.body.PriceQuoteId, DeviceIdentifier: imei }],
      CustomDataFields: await requiredFields(client),
      IsCorporate: false,
      ClientFirstName: 'Erik',
      ClientLastName: 'Svensson',
    });
    expect(reg.status, JSON.stringify(reg.body)).toBe(200);
    expect(reg.body.TradeInDevices[0]).toMatchObject({ Price: on.body.OfferedPrice, FmipStatus: 'Activated', FmipSource: 'client' });
  });

  it('the printed retail key is refused on the admin API (403)', async () => {
    for (const path of [`/api/${slug}/admin/settings`, `/api/${slug}/admin/api-keys`, `/api/${slug}/admin/users`]) {
      const res = await fetch(`${base}${path}`, { headers: { 'x-apikey': apiKey } });
      expect(res.status, path).toBe(403);
      expect(((await res.json()) as { code: string }).code).toBe('F010002');
    }
    const patch = await fetch(`${base}/api/${slug}/admin/settings`, {
      method: 'PATCH',
      headers: { 'x-apikey': apiKey, 'content-type': 'application/json' },
      body: JSON.stringify({ settings: { pricing: { fmipDeductionPct: 0 } } }),
    });
    expect(patch.status).toBe(403);
  });

  it('a tenant that requires a checked Find-My result refuses the declaration and says what to configure', async () => {
    const client = new SeedRetailClient(base, apiKey);
    const ctx = await t.c.tenantCtx(slug);
    const tenant = (await t.c.modules.org.tenants.findById(t.c.db, ctx.tenant.id))!;
    await t.c.modules.org.tenants.updateSettings(t.c.db, tenant, { tradeins: { requireCheckedFmip: true } });
    try {
      const { imei, model, answers } = await identifyAndCheck(client, '000303');
      const quote = await client.priceQuote(model.Id, answers, [0], imei);
      const reg = await client.register({
        TradeInDevices: [{ PriceQuoteId: quote.body.PriceQuoteId, DeviceIdentifier: imei }],
        CustomDataFields: await requiredFields(client),
        ClientFirstName: 'Ola',
        ClientLastName: 'Nordmann',
      });
      expect(reg.status).toBe(422);
      const body = reg.body as unknown as { code: string; message: string };
      expect(body.code).toBe('B090082');
      expect(body.message).toContain('settings.diligence.external');
      expect(body.message).toContain(`/api/${slug}/admin/settings`);
    } finally {
      await t.c.modules.org.tenants.updateSettings(t.c.db, (await t.c.modules.org.tenants.findById(t.c.db, ctx.tenant.id))!, {
        tradeins: { requireCheckedFmip: false },
      });
    }
  });
});
