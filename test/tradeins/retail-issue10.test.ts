import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import type { CliRuntime } from '../../src/cli/runtime.js';
import { buildApp } from '../../src/http/app.js';
import { createContainer, type Container } from '../../src/main/container.js';
import { imeiFromTac } from '../../src/modules/catalog/index.js';
import { appleVariantsWithTac } from '../helpers/catalog-fixtures.js';
import { createTestApp, uniqueSlug, type TestApp } from '../helpers/test-app.js';
import { createTenant, type TestTenant } from '../helpers/factories.js';
import { readPdf } from './pdf-helpers.js';

/** Issue 10, seed 003 items 4–7 and 9 through the real modules. */
let t: TestApp;
let tt: TestTenant;
let model: { variantId: number; tac: string };
let serial = 100;
let fields: Record<string, number>;
let campaignId: number;

const call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object, key = tt.apiKey) =>
  t.app.inject({ method, url, headers: { 'x-apikey': key }, ...(payload ? { payload } : {}) });

/** A fresh device: checked (no Find-My provider: Not checked) and quoted with SystemExtras [0]. */
async function device(opts: { tradeInType?: number; campaignId?: number; key?: string } = {}) {
  const imei = imeiFromTac(model.tac, String(++serial).padStart(6, '0'));
  const key = opts.key ?? tt.apiKey;
  const check = await call('POST', '/api/v2/retail/duediligence/check', { ModelId: model.variantId, ItemIdentifier: imei }, key);
  expect(check.statusCode, check.body).toBe(200);
  const form = (await call('GET', `/api/v2/retail/models/${model.variantId}/grading-form`, undefined, key)).json();
  const answers: Record<number, number[]> = {};
  for (const q of form.Questions as { Id: number; Answers: { Id: number }[] }[]) answers[q.Id] = [q.Answers[0].Id];
  const quote = await call(
    'POST',
    '/api/v2/retail/price-quote',
    {
      GradingForm: { Answers: answers, Extras: [], SystemExtras: [0], GradingDifferenceImages: {} },
      ModelId: model.variantId,
      ItemIdentifier: imei,
      TradeInChannel: 0,
      TradeInType: opts.tradeInType ?? 0,
      CampaignId: opts.campaignId ?? 0,
    },
    key,
  );
  expect(quote.statusCode, quote.body).toBe(200);
  return { PriceQuoteId: quote.json().PriceQuoteId as string, DeviceIdentifier: imei, quote: quote.json() };
}

const email = { DataFieldId: 0, DataFieldValue: 'client@example.com' };

beforeAll(async () => {
  t = await createTestApp();
  tt = await createTenant(t);
  [model] = await appleVariantsWithTac(t.c.db, 1);
  await t.c.modules.pricing.upsertBasePrices(tt.ctx, [{ variantId: model.variantId, amountMinor: 50_000 }]);
  await t.c.modules.datafields.seedDemo(tt.ctx);
  await t.c.modules.campaigns.seedDemo(tt.ctx);
  const list = (await call('GET', '/api/v2/retail/configurations/data-fields')).json() as { DataFieldId: number; DataFieldName: string }[];
  fields = Object.fromEntries(list.map((f) => [f.DataFieldName, f.DataFieldId]));
  email.DataFieldId = fields.ClientEmail;
  campaignId = ((await call('GET', '/api/v2/retail/campaigns/list')).json().Data as { Id: number; Status: string }[]).find((c) => c.Status === 'Active')!.Id;
});
afterAll(() => t.close());

describe('say a name once (item 5)', () => {
  it('top-level names fill the name data fields, so no B090016', async () => {
    const d = await device();
    const res = await call('POST', '/api/v2/retail/tradeins', {
      TradeInDevices: [{ PriceQuoteId: d.PriceQuoteId, DeviceIdentifier: d.DeviceIdentifier }],
      CustomDataFields: [email],
      IsCorporate: false,
      ClientFirstName: 'Ayşe',
      ClientLastName: 'Yılmaz',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().CustomDataFields).toEqual(
      expect.arrayContaining([
        { DataFieldId: fields['First name'], DataFieldValue: 'Ayşe' },
        { DataFieldId: fields['Last name'], DataFieldValue: 'Yılmaz' },
      ]),
    );
  });

  it('name data fields fill the top-level names; a corporate OrganizationName fills its field; PUT renames both', async () => {
    const d = await device();
    const res = await call('POST', '/api/v2/retail/tradeins', {
      TradeInDevices: [{ PriceQuoteId: d.PriceQuoteId, DeviceIdentifier: d.DeviceIdentifier }],
      CustomDataFields: [email, { DataFieldId: fields['First name'], DataFieldValue: 'Erik' }, { DataFieldId: fields['Last name'], DataFieldValue: 'Berg' }],
      IsCorporate: true,
      OrganizationName: 'Berg AB',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ ClientFirstName: 'Erik', ClientLastName: 'Berg', OrganizationName: 'Berg AB', IsCorporate: true });
    expect(res.json().CustomDataFields).toContainEqual({ DataFieldId: fields['Organization name'], DataFieldValue: 'Berg AB' });
    const put = await call('PUT', `/api/v2/retail/tradeins/${res.json().Id}`, { ClientLastName: 'Lund' });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().ClientLastName).toBe('Lund');
    expect(put.json().CustomDataFields).toContainEqual({ DataFieldId: fields['Last name'], DataFieldValue: 'Lund' });
  });

  it('without any name the required field is still refused', async () => {
    const d = await device();
    const res = await call('POST', '/api/v2/retail/tradeins', {
      TradeInDevices: [{ PriceQuoteId: d.PriceQuoteId, DeviceIdentifier: d.DeviceIdentifier }],
      CustomDataFields: [email],
    });
    expect(res.json().code).toBe('B090016');
  });
});

describe('IsCorporate decides the VAT treatment (item 6)', () => {
  it('marginal VAT: a private quote registered as corporate is refused with B090083; matching types register with their scheme', async () => {
    const tenant = (await t.c.modules.org.tenants.findById(t.c.db, tt.tenant.id))!;
    await t.c.modules.org.tenants.updateSettings(t.c.db, tenant, { pricing: { vat: { mode: 'marginal', ratePct: 25 } } });
    try {
      const names = { ClientFirstName: 'A', ClientLastName: 'B' };
      const priv = await device({ tradeInType: 0 });
      const refused = await call('POST', '/api/v2/retail/tradeins', {
        TradeInDevices: [priv],
        CustomDataFields: [email],
        IsCorporate: true,
        OrganizationName: 'X AB',
        ...names,
      });
      expect([refused.statusCode, refused.json().code]).toEqual([422, 'B090083']);
      expect(refused.json().message).toContain('TradeInType 1');
      const ok = await call('POST', '/api/v2/retail/tradeins', { TradeInDevices: [priv], CustomDataFields: [email], IsCorporate: false, ...names });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json().VatScheme).toBe('marginal');

      const biz = await device({ tradeInType: 1 });
      expect(biz.quote.OfferedPrice).toBeLessThan(priv.quote.OfferedPrice); // business: net of VAT
      // IsCorporate omitted: the quotes' customer type.
      const corp = await call('POST', '/api/v2/retail/tradeins', { TradeInDevices: [biz], CustomDataFields: [email], OrganizationName: 'Y AB', ...names });
      expect(corp.statusCode, corp.body).toBe(200);
      expect(corp.json()).toMatchObject({ IsCorporate: true, VatScheme: 'standard' });
      const flip = await call('PATCH', `/api/v2/retail/tradeins/${corp.json().Id}`, { IsCorporate: false });
      expect(flip.json().code).toBe('B090083');
    } finally {
      await t.c.modules.org.tenants.updateSettings(t.c.db, (await t.c.modules.org.tenants.findById(t.c.db, tt.tenant.id))!, {
        pricing: { vat: { mode: 'none' } },
      });
    }
  });
});

describe('campaign deal bonus (item 7)', () => {
  it('is recorded on the trade-in, returned and printed on the PDF', async () => {
    const d = await device({ campaignId });
    const deal = d.quote.PotentialCampaign.DealBonusInclVat;
    expect(deal).toBe(50);
    const res = await call('POST', '/api/v2/retail/tradeins', {
      TradeInDevices: [{ PriceQuoteId: d.PriceQuoteId, DeviceIdentifier: d.DeviceIdentifier }],
      CustomDataFields: [email],
      ClientFirstName: 'D',
      ClientLastName: 'B',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ CampaignId: campaignId, DealBonusInclVat: 50 });
    expect(res.json().TradeInDevices[0]).toMatchObject({ DealBonusInclVat: 50, DeviceBonusInclVat: 25 });
    expect((await call('GET', `/api/v2/retail/tradeins/${res.json().Id}`)).json().DealBonusInclVat).toBe(50);
    const link = (await call('GET', `/api/v2/retail/tradeins/${res.json().Id}/pdf`)).json();
    const pdf = await t.app.inject({ method: 'GET', url: new URL(link.DownloadUrl).pathname });
    expect((await readPdf(pdf.rawPayload)).text).toContain('Campaign deal bonus (on the next purchase): €50.00');
  });
});

describe('temporary trade-ins are identical to final ones (item 4)', () => {
  it('list, get, PUT/PATCH, pdf, signatures, public link, cancel — same shapes as the final counterparts', async () => {
    const d = await device();
    const reg = await call('POST', '/api/v2/retail/tradeins/temp', {
      TradeInDevices: [{ PriceQuoteId: d.PriceQuoteId, DeviceIdentifier: d.DeviceIdentifier }],
      CustomDataFields: [email],
      ClientFirstName: 'T',
      ClientLastName: 'Emp',
    });
    expect(reg.statusCode, reg.body).toBe(200);
    const id = reg.json().Id;
    const final = await device();
    const fin = (
      await call('POST', '/api/v2/retail/tradeins', {
        TradeInDevices: [{ PriceQuoteId: final.PriceQuoteId, DeviceIdentifier: final.DeviceIdentifier }],
        CustomDataFields: [email],
        ClientFirstName: 'F',
        ClientLastName: 'In',
      })
    ).json();
    expect(Object.keys(reg.json()).sort()).toEqual(Object.keys(fin).sort());

    const list = await call('GET', '/api/v2/retail/tradeins/temp?PageSize=100');
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().Data.map((x: { Id: number }) => x.Id)).toContain(id);
    expect(list.json().Data.every((x: { Status: string }) => ['Temporary', 'Confirmed', 'Cancelled'].includes(x.Status))).toBe(true);
    const finals = (await call('GET', '/api/v2/retail/tradeins?PageSize=100')).json();
    expect(finals.Data.map((x: { Id: number }) => x.Id)).toContain(fin.Id);
    expect(finals.Data.map((x: { Id: number }) => x.Id)).not.toContain(id);

    expect((await call('GET', `/api/v2/retail/tradeins/temp/${id}`)).json().Status).toBe('Temporary');
    const put = await call('PUT', `/api/v2/retail/tradeins/temp/${id}`, { TradeInRef: 'TEMP-REF-1' });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json().TradeInRef).toBe('TEMP-REF-1');
    const patch = await call('PATCH', `/api/v2/retail/tradeins/temp/${id}`, { ClientFirstName: 'Tina' });
    expect(patch.json()).toMatchObject({ ClientFirstName: 'Tina', TradeInRef: 'TEMP-REF-1' });
    expect((await call('PATCH', `/api/v2/retail/tradeins/temp/${id}`, {})).json().code).toBe('B090048');

    const png = await sharp({ create: { width: 300, height: 100, channels: 3, background: '#ffffff' } })
      .png()
      .toBuffer();
    for (const role of ['client', 'agent']) {
      const boundary = 'x-sig-boundary';
      const body = Buffer.concat([
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="s.png"\r\nContent-Type: image/png\r\n\r\n`),
        png,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      const sig = await t.app.inject({
        method: 'POST',
        url: `/api/v2/retail/tradeins/temp/${id}/signature/${role}`,
        headers: { 'x-apikey': tt.apiKey, 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: body,
      });
      expect(sig.statusCode, sig.body).toBe(200);
      expect(sig.json()).toMatchObject({ TradeInId: id, Role: role, Width: 300, Height: 100 });
    }
    const link = await call('GET', `/api/v2/retail/tradeins/temp/${id}/pdf`);
    expect(Object.keys(link.json())).toEqual(['DownloadUrl', 'ExpirationDate']);
    const pdf = await t.app.inject({ method: 'GET', url: new URL(link.json().DownloadUrl).pathname });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const read = await readPdf(pdf.rawPayload);
    expect(read.text).toContain('TEMP-REF-1');
    expect(read.images).toBeGreaterThanOrEqual(3); // barcode + two signatures

    const pub = await call('POST', `/api/v2/retail/tradeins/temp/${id}/public-url`);
    expect(pub.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: new URL(pub.json().Url).pathname })).json().Id).toBe(id);

    expect((await call('GET', `/api/v2/retail/tradeins/temp/${fin.Id}`)).json().code).toBe('N090013');
    const del = await call('DELETE', `/api/v2/retail/tradeins/temp/${id}`);
    expect(del.json().Status).toBe('Cancelled');
    expect((await call('PUT', `/api/v2/retail/tradeins/temp/${id}`, { TradeInRef: 'X-2' })).json().code).toBe('B090040');
  });
});

describe('API keys with scopes and owners (item 9)', () => {
  it('a key cannot be bound to a customer; an admin key needs an admin', async () => {
    const customer = await t.c.modules.org.users.create(tt.ctx, { email: `c-${serial}@x.test`, role: 'customer', locationIds: [] });
    await expect(t.c.modules.org.apiKeys.create(tt.ctx, { userId: customer.id })).rejects.toMatchObject({ code: 'B010020' });
    const agent = await t.c.modules.org.users.create(tt.ctx, { email: `a-${serial}@x.test`, role: 'agent', locationIds: [] });
    await expect(t.c.modules.org.apiKeys.create(tt.ctx, { userId: agent.id, scope: 'admin' })).rejects.toMatchObject({ code: 'B010021' });
  });

  it('an admin key serves the admin API only; a retail key the retail API only', async () => {
    const admin = await t.app.inject({ method: 'GET', url: `/api/${tt.tenant.slug}/admin/settings`, headers: { 'x-apikey': tt.adminKey } });
    expect(admin.statusCode).toBe(200);
    const retail = await t.app.inject({ method: 'GET', url: '/api/v2/users', headers: { 'x-apikey': tt.adminKey } });
    expect([retail.statusCode, retail.json().code]).toEqual([403, 'F010002']);
    const wrong = await t.app.inject({ method: 'GET', url: `/api/${tt.tenant.slug}/admin/settings`, headers: { 'x-apikey': tt.apiKey } });
    expect([wrong.statusCode, wrong.json().code]).toEqual([403, 'F010002']);
  });

  it('deactivating the key user (or revoking the key) refuses it at once, also in another process', async () => {
    const agent = await t.c.modules.org.users.create(tt.ctx, { email: `d-${serial}@x.test`, role: 'agent', locationIds: [tt.location.id] });
    const { key, record } = await t.c.modules.org.apiKeys.create(tt.ctx, { userId: agent.id, locationId: tt.location.id });
    // A second server process on the same database (its own caches, the shared CacheBus channel).
    const other: Container = await createContainer(t.config, { db: t.c.db, clock: t.clock, migrate: false });
    const otherApp = await buildApp(t.config, other, { logger: false });
    try {
      const users = (app: typeof otherApp) => app.inject({ method: 'GET', url: '/api/v2/users', headers: { 'x-apikey': key } });
      expect((await users(t.app)).statusCode).toBe(200);
      expect((await users(otherApp)).statusCode).toBe(200); // cached there now
      const off = await t.app.inject({
        method: 'PATCH',
        url: `/api/${tt.tenant.slug}/admin/users/${agent.id}`,
        headers: { 'x-apikey': tt.adminKey },
        payload: { is_active: false },
      });
      expect(off.statusCode, off.body).toBe(200);
      expect(off.json().is_active).toBe(false);
      await new Promise((r) => setTimeout(r, 50)); // the NOTIFY round trip
      expect((await users(t.app)).statusCode).toBe(401);
      expect((await users(otherApp)).statusCode).toBe(401);
      await t.c.modules.org.setUserActive(tt.ctx, agent.id, true);
      expect((await users(otherApp)).statusCode).toBe(200);
      await t.c.modules.org.apiKeys.revoke(tt.ctx, record.id);
      await new Promise((r) => setTimeout(r, 50));
      expect((await users(otherApp)).statusCode).toBe(401);
    } finally {
      await otherApp.close();
      await other.cache.stop();
    }
  });

  it('a location-bound key sees and changes only its location’s trade-ins unless the tenant allows more', async () => {
    const second = await t.c.modules.org.locations.create(tt.ctx, { name: 'Second Store', kind: 'store', address: { city: 'Göteborg', countryCode: 'SE' } });
    const agent = await t.c.modules.org.users.create(tt.ctx, { email: `l-${serial}@x.test`, role: 'agent', locationIds: [second.id] });
    const { key: secondKey } = await t.c.modules.org.apiKeys.create(tt.ctx, { userId: agent.id, locationId: second.id });
    const d = await device();
    const mine = (
      await call('POST', '/api/v2/retail/tradeins', { TradeInDevices: [d], CustomDataFields: [email], ClientFirstName: 'L', ClientLastName: 'One' })
    ).json();
    expect(mine.LocationId).toBe(tt.location.id);
    expect((await call('GET', `/api/v2/retail/tradeins/${mine.Id}`, undefined, secondKey)).json().code).toBe('N090001');
    expect((await call('DELETE', `/api/v2/retail/tradeins/${mine.Id}`, undefined, secondKey)).statusCode).toBe(404);
    const devices = (await call('GET', '/api/v2/retail/tradeins/device?PageSize=500', undefined, secondKey)).json();
    expect(devices.Data.map((x: { TradeInId: number }) => x.TradeInId)).not.toContain(mine.Id);
    const d2 = await device({ key: secondKey });
    const elsewhere = await call(
      'POST',
      '/api/v2/retail/tradeins',
      { TradeInDevices: [d2], CustomDataFields: [email], ClientFirstName: 'L', ClientLastName: 'Two', LocationId: tt.location.id },
      secondKey,
    );
    expect([elsewhere.statusCode, elsewhere.json().code]).toEqual([403, 'F090001']);

    const tenant = (await t.c.modules.org.tenants.findById(t.c.db, tt.tenant.id))!;
    await t.c.modules.org.tenants.updateSettings(t.c.db, tenant, { tradeins: { apiKeyLocationScope: 'tenant' } });
    try {
      expect((await call('GET', `/api/v2/retail/tradeins/${mine.Id}`, undefined, secondKey)).statusCode).toBe(200);
    } finally {
      await t.c.modules.org.tenants.updateSettings(t.c.db, (await t.c.modules.org.tenants.findById(t.c.db, tt.tenant.id))!, {
        tradeins: { apiKeyLocationScope: 'location' },
      });
    }
  });

  it('tradein apikey create works on a new tenant before any user exists (a service user of the key), retail by default', async () => {
    const slug = uniqueSlug('keys');
    await t.c.modules.org.tenants.create(t.c.db, { slug, name: 'Keys', currency: 'EUR', defaultLocale: 'en' });
    const lines: string[] = [];
    const rt: CliRuntime = {
      config: () => t.config,
      withContainer: (fn) => fn(t.c),
      withTenant: async (s, fn) => fn(await t.c.tenantCtx(s), t.c),
      out: (line) => lines.push(line),
    };
    await buildProgram(rt).parseAsync(['node', 'tradein', 'apikey', 'create', '--tenant', slug]);
    expect(lines[0]).toMatch(/^retail api key .* \(service user created for the key\)/);
    const retailKey = lines.at(-1)!;
    expect((await t.app.inject({ method: 'GET', url: '/api/v2/users', headers: { 'x-apikey': retailKey } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `/api/${slug}/admin/settings`, headers: { 'x-apikey': retailKey } })).statusCode).toBe(403);

    await buildProgram(rt).parseAsync(['node', 'tradein', 'apikey', 'create', '--tenant', slug, '--scope', 'admin']);
    const adminKey = lines.at(-1)!;
    expect((await t.app.inject({ method: 'GET', url: `/api/${slug}/admin/settings`, headers: { 'x-apikey': adminKey } })).statusCode).toBe(200);
    await expect(buildProgram(rt).parseAsync(['node', 'tradein', 'apikey', 'create', '--tenant', slug, '--user', 'nobody@x.test'])).rejects.toMatchObject({
      code: 'N010001',
    });
  });
});

export type { TestTenant };
