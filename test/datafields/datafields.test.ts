import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { createTenant, type TestTenant } from '../helpers/factories.js';
import { withTransaction } from '../../src/platform/context.js';

let t: TestApp;
let a: TestTenant;
let b: TestTenant;
const ids: Record<string, number> = {};

/** Creates a field through the admin API (its snake_case body). */
async function field(tenant: TestTenant, body: { name: string } & Record<string, unknown>): Promise<number> {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/${tenant.tenant.slug}/admin/data-fields`,
    headers: { 'x-apikey': tenant.adminKey },
    payload: body,
  });
  if (res.statusCode !== 201) throw new Error(`create field: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

const validate = (tenant: TestTenant, query: string, lang = 'en') =>
  t.app.inject({ method: 'GET', url: `/api/v2/retail/tradeins/datafields/validate?${query}`, headers: { 'x-apikey': tenant.apiKey, 'accept-language': lang } });

beforeAll(async () => {
  t = await createTestApp();
  a = await createTenant(t);
  b = await createTenant(t);
  await t.c.modules.datafields.seedDemo(a.ctx);
  const all = await t.c.modules.datafields.list(a.ctx);
  for (const f of all) ids[f.name] = f.id;
  ids.number = await field(a, { name: 'Voucher amount', template_type: 'Number' });
  ids.phone = await field(a, { name: 'Alt phone', template_type: 'Phone' });
  ids.date = await field(a, { name: 'Purchase date', template_type: 'Date' });
  ids.check = await field(a, { name: 'Newsletter', template_type: 'Checkbox' });
  ids.list = await field(a, {
    name: 'Colour',
    template_type: 'List',
    list_options: [{ value: 'black', labels: { en: 'Black', sv: 'Svart' } }, { value: 'white' }],
  });
  ids.regex = await field(a, { name: 'Store code', regex: '[A-Z]{2}\\d{3}' });
  ids.unique = await field(a, { name: 'Receipt number', is_unique: true });
  ids.limited = await field(a, { name: 'Promo code', max_uses_per_value: 2 });
  ids.prevalidated = await field(a, { name: 'Voucher', requires_validation: true });
  ids.campaign = await field(a, { name: 'NextGenApp', is_campaign_field: true, is_required: true, is_visible: false, scope: [] });
  ids.inactive = await field(a, { name: 'Old field', is_active: false });
});
afterAll(() => t.close());

describe('GET /api/v2/retail/configurations/data-fields (seed §7)', () => {
  it('lists the seeded fields in the seed shape, labels localized', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v2/retail/configurations/data-fields?api-version=2.0',
      headers: { 'x-apikey': a.apiKey, 'accept-language': 'sv' },
    });
    expect(res.statusCode).toBe(200);
    const list = res.json() as Record<string, unknown>[];
    const email = list.find((f) => f.DataFieldName === 'ClientEmail');
    expect(email).toEqual({
      IsCampaignField: false,
      IsRequired: true,
      IsVisible: true,
      Scope: 'Corporate, Private',
      Label: 'Kundens e-post',
      SortOrder: 3,
      DataFieldId: ids.ClientEmail,
      DataFieldName: 'ClientEmail',
      DataFieldTemplateType: 'Email',
      DataFieldType: 'Literal',
      ListOptions: [],
    });
    expect(list.find((f) => f.DataFieldName === 'Organization name')).toMatchObject({ Scope: 'Corporate', IsRequired: true, SortOrder: 0 });
    expect(list.find((f) => f.DataFieldName === 'NextGenApp')).toMatchObject({ IsCampaignField: true, IsVisible: false, Scope: '' });
    expect(list.find((f) => f.DataFieldName === 'Colour')!.ListOptions).toEqual([
      { Value: 'black', Label: 'Svart' },
      { Value: 'white', Label: 'white' },
    ]);
    expect(list.some((f) => f.DataFieldName === 'Old field')).toBe(false);
    expect(list.map((f) => f.DataFieldName)).toEqual(expect.arrayContaining(['ClientPhone', 'ClientEmail', 'Organization name', 'First name', 'Last name']));
  });

  it('searches by term: B040002 when empty, B040001 when shorter than three characters', async () => {
    const url = (term: string) => `/api/v2/retail/configurations/data-fields?term=${encodeURIComponent(term)}`;
    const found = await t.app.inject({ method: 'GET', url: url('name'), headers: { 'x-apikey': a.apiKey } });
    expect(
      found
        .json()
        .map((f: { DataFieldName: string }) => f.DataFieldName)
        .sort(),
    ).toEqual(['First name', 'Last name', 'Organization name']);
    const byLabel = await t.app.inject({ method: 'GET', url: url('svart'), headers: { 'x-apikey': a.apiKey } });
    expect(byLabel.json()).toEqual([]);
    const empty = await t.app.inject({ method: 'GET', url: url(''), headers: { 'x-apikey': a.apiKey } });
    expect(empty.statusCode).toBe(400);
    expect(empty.json()).toMatchObject({ code: 'B040002', Message: 'Term is required.' });
    const short = await t.app.inject({ method: 'GET', url: url('na'), headers: { 'x-apikey': a.apiKey, 'accept-language': 'de' } });
    expect(short.statusCode).toBe(400);
    expect(short.json()).toMatchObject({ code: 'B040001', message: 'Der Suchbegriff muss mindestens drei Zeichen enthalten.' });
  });

  it("reads one field, N040002 for another tenant's", async () => {
    const ok = await t.app.inject({ method: 'GET', url: `/api/v2/retail/configurations/data-fields/${ids.ClientEmail}`, headers: { 'x-apikey': a.apiKey } });
    expect(ok.json().DataFieldName).toBe('ClientEmail');
    const other = await t.app.inject({ method: 'GET', url: `/api/v2/retail/configurations/data-fields/${ids.ClientEmail}`, headers: { 'x-apikey': b.apiKey } });
    expect(other.statusCode).toBe(404);
    expect(other.json().code).toBe('N040002');
  });

  it('another tenant sees none of these fields', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v2/retail/configurations/data-fields', headers: { 'x-apikey': b.apiKey } });
    expect(res.json()).toEqual([]);
  });
});

describe('GET /api/v2/retail/tradeins/datafields/validate', () => {
  it('missing parameters and unknown or inactive fields are coded errors', async () => {
    const noId = await validate(a, 'value=1');
    expect([noId.statusCode, noId.json().code]).toEqual([400, 'B050002']);
    const noValue = await validate(a, `dataFieldId=${ids.number}`);
    expect([noValue.statusCode, noValue.json().code]).toEqual([400, 'B050001']);
    const blank = await validate(a, `dataFieldId=${ids.number}&value=%20`);
    expect(blank.json().code).toBe('B050001');
    const unknown = await validate(a, 'dataFieldId=999999&value=1');
    expect([unknown.statusCode, unknown.json().code]).toEqual([404, 'N050001']);
    expect(unknown.json().message).toBe("DataField with '999999' id does not exist in DB.");
    const notNumber = await validate(a, 'dataFieldId=abc&value=1');
    expect(notNumber.json().code).toBe('N050001');
    const otherTenant = await validate(b, `dataFieldId=${ids.number}&value=1`);
    expect(otherTenant.json().code).toBe('N050001');
    const inactive = await validate(a, `dataFieldId=${ids.inactive}&value=x`);
    expect([inactive.statusCode, inactive.json().code]).toEqual([400, 'B050004']);
  });

  it('answers Valid, or Invalid with the seed message, per template type', async () => {
    const cases: [number, string, string | null][] = [
      [ids.number, '5555', null],
      [ids.number, '55x', 'Data Field value is not valid numeric.'],
      [ids.ClientEmail, 'ada@example.com', null],
      [ids.ClientEmail, 'ada@', `Data field '${ids.ClientEmail}' value 'ada@' is not accepted.`],
      [ids.phone, '+46 70 123 45 67', null],
      [ids.phone, 'phone', `Data field '${ids.phone}' value 'phone' is not accepted.`],
      [ids.date, '2026-06-01', null],
      [ids.date, '2026-13-01', `Data field '${ids.date}' value '2026-13-01' is not accepted.`],
      [ids.check, 'true', null],
      [ids.check, 'maybe', `Data field '${ids.check}' value 'maybe' is not accepted.`],
      [ids.list, 'black', null],
      [ids.list, 'red', `Data field '${ids.list}' value 'red' is unknown.`],
      [ids.regex, 'SE123', null],
      [ids.regex, 'SE1234', `Data field '${ids.regex}' value 'SE1234' does not match Regex '[A-Z]{2}\\d{3}'.`],
      [ids['First name'], 'x'.repeat(501), `Data field '${ids['First name']}' value can not be more than 500 symbols.`],
    ];
    for (const [id, value, message] of cases) {
      const res = await validate(a, `dataFieldId=${id}&value=${encodeURIComponent(value)}&api-version=2.0`);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual(message === null ? { Result: 'Valid', ResultType: 0, Message: '' } : { Result: 'Invalid', ResultType: 1, Message: message });
    }
    const localized = await validate(a, `dataFieldId=${ids.number}&value=x`, 'tr');
    expect(localized.json().Message).toBe('Veri alanı değeri geçerli bir sayı değil.');
  });
});

describe('validateForTradeIn and recordUses (registration contract)', () => {
  const base = () => [
    { DataFieldId: ids.ClientEmail, DataFieldValue: 'ada@example.com' },
    { DataFieldId: ids['First name'], DataFieldValue: 'Ada' },
    { DataFieldId: ids['Last name'], DataFieldValue: 'Lovelace' },
  ];
  const check = (
    values: { DataFieldId: number; DataFieldValue: string | null }[],
    extra: Partial<{ isCorporate: boolean; campaignId: number | null; mode: 'register' | 'update'; excludeTradeInId: number }> = {},
  ) => t.c.modules.datafields.validateForTradeIn(a.ctx, { values, isCorporate: false, campaignId: null, mode: 'register', ...extra });

  it('accepts a complete private registration and returns normalized values', async () => {
    const out = await check([...base(), { DataFieldId: ids.ClientPhone, DataFieldValue: ' +46 70 1 ' }]);
    expect(out.find((v) => v.dataFieldId === ids.ClientPhone)).toEqual({
      dataFieldId: ids.ClientPhone,
      name: 'ClientPhone',
      label: 'Customer phone',
      value: '+46 70 1',
    });
  });

  it('enforces required fields by scope: B090016 missing, B090031 empty', async () => {
    await expect(check(base().slice(1))).rejects.toMatchObject({ code: 'B090016', params: { name: 'ClientEmail' } });
    await expect(check([...base().slice(1), { DataFieldId: ids.ClientEmail, DataFieldValue: '  ' }])).rejects.toMatchObject({
      code: 'B090031',
      params: { id: ids.ClientEmail },
    });
    // Organization name is required for corporate trade-ins only, and refused on private ones.
    await expect(check(base(), { isCorporate: true })).rejects.toMatchObject({ code: 'B090016', params: { name: 'Organization name' } });
    await expect(check([...base(), { DataFieldId: ids['Organization name'], DataFieldValue: 'ACME' }], { isCorporate: true })).resolves.toHaveLength(4);
    await expect(check([...base(), { DataFieldId: ids['Organization name'], DataFieldValue: 'ACME' }])).rejects.toMatchObject({ code: 'B090018' });
    // update mode checks only what is sent
    await expect(check([{ DataFieldId: ids.ClientPhone, DataFieldValue: '123456' }], { mode: 'update' })).resolves.toHaveLength(1);
  });

  it('refuses duplicates, unknown, inactive and campaign fields without their campaign', async () => {
    await expect(check([...base(), base()[0]])).rejects.toMatchObject({ code: 'B090014' });
    await expect(check([...base(), { DataFieldId: 987654, DataFieldValue: 'x' }])).rejects.toMatchObject({ code: 'B090017' });
    await expect(check([...base(), { DataFieldId: 1.5, DataFieldValue: 'x' }])).rejects.toMatchObject({ code: 'B090017', params: { id: '1.5' } });
    await expect(check([...base(), { DataFieldId: ids.ClientPhone, DataFieldValue: 5 as unknown as string }])).rejects.toMatchObject({ code: 'B090017' });
    await expect(check([...base(), { DataFieldId: ids.inactive, DataFieldValue: 'x' }])).rejects.toMatchObject({ code: 'B090018' });
    await expect(check([...base(), { DataFieldId: ids.campaign, DataFieldValue: 'x' }])).rejects.toMatchObject({ code: 'B090018' });
  });

  it('uses the campaign source for campaign fields', async () => {
    const df = t.c.modules.datafields;
    df.setCampaignFieldSource({ dataFieldIdsFor: async (_ctx, id) => (id === 7 ? [ids.campaign] : id === 8 ? [] : null) });
    await expect(check(base(), { campaignId: 7 })).rejects.toMatchObject({ code: 'B090016', params: { name: 'NextGenApp' } });
    await expect(check([...base(), { DataFieldId: ids.campaign, DataFieldValue: 'yes' }], { campaignId: 7 })).resolves.toHaveLength(4);
    await expect(check([...base(), { DataFieldId: ids.campaign, DataFieldValue: 'yes' }], { campaignId: 8 })).rejects.toMatchObject({ code: 'B090018' });
    await expect(check(base(), { campaignId: 8 })).resolves.toHaveLength(3);
  });

  it('refuses values by type with the B090xxx codes', async () => {
    const one = (id: number, value: string) => check([...base(), { DataFieldId: id, DataFieldValue: value }]);
    await expect(one(ids.number, 'abc')).rejects.toMatchObject({ code: 'B090026', params: { type: 'Number' } });
    await expect(one(ids.date, '2026-02-30')).rejects.toMatchObject({ code: 'B090026', params: { type: 'Date' } });
    await expect(one(ids.list, 'red')).rejects.toMatchObject({ code: 'B090027' });
    await expect(one(ids.regex, 'bad')).rejects.toMatchObject({ code: 'B090025', params: { regex: '[A-Z]{2}\\d{3}' } });
    await expect(one(ids.ClientPhone, 'x'.repeat(501))).rejects.toMatchObject({ code: 'B090029' });
    await expect(one(ids.ClientPhone, 'x'.repeat(500))).resolves.toHaveLength(4);
  });

  it('unique values: B090019 once used by another trade-in, free again on its own update; validate says used', async () => {
    const values = [...base(), { DataFieldId: ids.unique, DataFieldValue: 'R-1' }];
    await check(values);
    await withTransaction(a.ctx, (tx) => t.c.modules.datafields.recordUses(tx, 101, values));
    await expect(check([...base(), { DataFieldId: ids.unique, DataFieldValue: 'r-1' }])).rejects.toMatchObject({
      code: 'B090019',
      params: { id: ids.unique, value: 'r-1' },
    });
    await expect(check(values, { mode: 'update', excludeTradeInId: 101 })).resolves.toHaveLength(4);
    const res = await validate(a, `dataFieldId=${ids.unique}&value=R-1`);
    expect(res.json()).toEqual({ Result: 'Invalid', ResultType: 1, Message: 'Value is already used.' });
    // recordUses re-checks under a lock: a racing second trade-in cannot take the value
    await expect(withTransaction(a.ctx, (tx) => t.c.modules.datafields.recordUses(tx, 102, values))).rejects.toMatchObject({ code: 'B090019' });
    // the other tenant is unaffected
    const otherField = await field(b, { name: 'Receipt number', is_unique: true });
    await expect(
      t.c.modules.datafields.validateForTradeIn(b.ctx, {
        values: [{ DataFieldId: otherField, DataFieldValue: 'R-1' }],
        isCorporate: false,
        campaignId: null,
        mode: 'register',
      }),
    ).resolves.toHaveLength(1);
  });

  it('two registrations racing for the last use of a value: exactly one records it', async () => {
    const raceField = await field(a, { name: 'Race code', is_unique: true });
    const values = [{ DataFieldId: raceField, DataFieldValue: 'RACE-1' }];
    for (let round = 0; round < 5; round++) {
      values[0].DataFieldValue = `RACE-${round}`;
      const outcomes = await Promise.allSettled(
        [301, 302, 303].map((tradeInId) => withTransaction(a.ctx, (tx) => t.c.modules.datafields.recordUses(tx, tradeInId + round * 10, values))),
      );
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      for (const o of outcomes) if (o.status === 'rejected') expect(o.reason).toMatchObject({ code: 'B090019' });
    }
    const rows = await t.c.db.query<{ n: number }>('SELECT count(*)::int AS n FROM data_field_uses WHERE tenant_id = $1 AND data_field_id = $2', [
      a.tenant.id,
      raceField,
    ]);
    expect(rows[0].n).toBe(5);
  });

  it('documents its routes in OpenAPI', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    for (const p of ['/api/v2/retail/configurations/data-fields', '/api/v2/retail/tradeins/datafields/validate', '/api/{tenant}/admin/data-fields/{id}']) {
      expect(spec.paths[p], p).toBeDefined();
    }
  });

  it('limits uses per value: B090043 after the limit', async () => {
    const values = [...base(), { DataFieldId: ids.limited, DataFieldValue: 'SUMMER' }];
    for (const tradeInId of [201, 202]) {
      await check(values);
      await withTransaction(a.ctx, (tx) => t.c.modules.datafields.recordUses(tx, tradeInId, values));
    }
    await expect(check(values)).rejects.toMatchObject({ code: 'B090043', params: { id: ids.limited } });
    expect((await validate(a, `dataFieldId=${ids.limited}&value=summer`)).json().Result).toBe('Invalid');
    // releasing a use (update with an empty value) frees one
    await withTransaction(a.ctx, (tx) => t.c.modules.datafields.recordUses(tx, 202, [{ DataFieldId: ids.limited, DataFieldValue: '' }]));
    await expect(check(values)).resolves.toHaveLength(4);
  });

  it('fields that require validation: B090047/B090049 until validated', async () => {
    const values = [...base(), { DataFieldId: ids.prevalidated, DataFieldValue: 'V-77' }];
    await expect(check(values)).rejects.toMatchObject({ code: 'B090047', params: { id: ids.prevalidated } });
    await expect(check(values, { mode: 'update' })).rejects.toMatchObject({ code: 'B090049' });
    expect((await validate(a, `dataFieldId=${ids.prevalidated}&value=V-77`)).json().Result).toBe('Valid');
    await expect(check(values)).resolves.toHaveLength(4);
  });

  it('describe gives the seed shape for campaign details, in the order asked', async () => {
    const list = await t.c.modules.datafields.describe(a.ctx, [ids.campaign, 424242, ids.ClientEmail]);
    expect(list.map((f) => f.DataFieldName)).toEqual(['NextGenApp', 'ClientEmail']);
    expect(list[0]).toMatchObject({ IsCampaignField: true, IsRequired: true, IsVisible: false });
    expect(await t.c.modules.datafields.describe(b.ctx, [ids.campaign])).toEqual([]);
  });
});

describe('admin CRUD /api/{tenant}/admin/data-fields', () => {
  const url = (tenant: TestTenant, suffix = '') => `/api/${tenant.tenant.slug}/admin/data-fields${suffix}`;

  it('creates, reads, updates and deletes; refuses bad definitions', async () => {
    const h = { 'x-apikey': a.adminKey };
    const created = await t.app.inject({
      method: 'POST',
      url: url(a),
      headers: h,
      payload: { name: 'IBAN', regex: '[A-Z]{2}[0-9A-Z]{13,32}', scope: ['Private'] },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    expect(created.json()).toMatchObject({ name: 'IBAN', scope: ['Private'], template_type: 'Text', is_active: true });
    const dup = await t.app.inject({ method: 'POST', url: url(a), headers: h, payload: { name: 'iban' } });
    expect([dup.statusCode, dup.json().code]).toEqual([409, 'B050022']);
    const badRegex = await t.app.inject({ method: 'POST', url: url(a), headers: h, payload: { name: 'Bad', regex: '([a-z' } });
    expect([badRegex.statusCode, badRegex.json().code]).toEqual([400, 'B050020']);
    const listNoOptions = await t.app.inject({ method: 'POST', url: url(a), headers: h, payload: { name: 'L', template_type: 'List' } });
    expect(listNoOptions.json().code).toBe('B050021');
    const patched = await t.app.inject({ method: 'PATCH', url: url(a, `/${id}`), headers: h, payload: { is_required: true, labels: { en: 'Bank account' } } });
    expect(patched.json()).toMatchObject({ is_required: true, labels: { en: 'Bank account' }, regex: '[A-Z]{2}[0-9A-Z]{13,32}', scope: ['Private'] });
    expect((await t.app.inject({ method: 'GET', url: url(b, `/${id}`), headers: { 'x-apikey': b.adminKey } })).json().code).toBe('N040002');
    expect(
      (await t.app.inject({ method: 'PATCH', url: url(b, `/${id}`), headers: { 'x-apikey': b.adminKey }, payload: { is_required: false } })).statusCode,
    ).toBe(404);
    const del = await t.app.inject({ method: 'DELETE', url: url(a, `/${id}`), headers: h });
    expect(del.json()).toEqual({ result: 'deleted' });
    expect((await t.app.inject({ method: 'GET', url: url(a, `/${id}`), headers: h })).statusCode).toBe(404);
  });

  it('deactivates instead of deleting a field trade-ins have used', async () => {
    const res = await t.app.inject({ method: 'DELETE', url: url(a, `/${ids.unique}`), headers: { 'x-apikey': a.adminKey } });
    expect(res.json()).toEqual({ result: 'deactivated' });
    expect((await t.app.inject({ method: 'GET', url: url(a, `/${ids.unique}`), headers: { 'x-apikey': a.adminKey } })).json().is_active).toBe(false);
  });

  it('is for admins only', async () => {
    const { key } = await t.c.modules.org.apiKeys.create(a.ctx, {
      userId: (await t.c.modules.org.users.create(a.ctx, { email: 'agent@df.test', role: 'agent', firstName: 'A', lastName: 'B', locationIds: [] })).id,
    });
    const res = await t.app.inject({ method: 'POST', url: url(a), headers: { 'x-apikey': key }, payload: { name: 'Nope' } });
    expect(res.statusCode).toBe(403);
  });

  it('the demo seed is idempotent', async () => {
    await t.c.modules.datafields.seedDemo(a.ctx);
    const names = (await t.c.modules.datafields.list(a.ctx)).map((f) => f.name);
    expect(names.filter((n) => n === 'ClientEmail')).toHaveLength(1);
  });
});
