import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imeiFromTac } from '../../src/modules/catalog/index.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { createTenant, login, registerCustomer, type Session, type TestTenant } from '../helpers/factories.js';

let t: TestApp;
let tt: TestTenant;
let tac: string;

beforeAll(async () => {
  t = await createTestApp();
  tt = await createTenant(t);
  await t.c.modules.pricing.seedDemoPrices(tt.ctx);
  await t.c.modules.datafields.seedDemo(tt.ctx);
  for (let n = 99_100_001; !tac; n++) {
    if ((await t.c.db.query('SELECT 1 FROM tac_codes WHERE tac = $1', [String(n)])).length === 0) tac = String(n);
  }
});
afterAll(() => t.close());

const url = (path: string) => `/api/${tt.tenant.slug}${path}`;

async function quoteFor(s: Session | null, term = 'iphone 13 pro') {
  const headers = s ? s.headers : {};
  const models = await t.app.inject({ method: 'GET', url: url(`/catalog/models?term=${encodeURIComponent(term)}`), headers });
  expect(models.statusCode, models.body).toBe(200);
  const model = models.json().results[0];
  const form = (await t.app.inject({ method: 'GET', url: url(`/catalog/models/${model.id}/grading_form`), headers })).json();
  const answers = Object.fromEntries(form.questions.map((q: { id: number; answers: { id: number }[] }) => [String(q.id), [q.answers[0].id]]));
  const quote = await t.app.inject({ method: 'POST', url: url('/price_quotes'), headers, payload: { model_id: model.id, answers } });
  expect(quote.statusCode, quote.body).toBe(200);
  return { model, quote: quote.json() };
}

async function dataFields(s: Session, values: Record<string, string>) {
  const list = (await t.app.inject({ method: 'GET', url: url('/data_fields'), headers: { cookie: s.cookie } })).json().results as {
    id: number;
    name: string;
    scope: string;
  }[];
  return list.filter((f) => values[f.name]).map((f) => ({ id: f.id, value: values[f.name] }));
}

describe('web session routes over the trade-in use cases', () => {
  it('search, grading form and quote work without signing in; registration needs a session', async () => {
    const { model, quote } = await quoteFor(null);
    expect(model.product_name).toMatch(/iPhone 13 Pro/);
    expect(quote.breakdown.length).toBeGreaterThan(0);
    const anon = await t.app.inject({
      method: 'POST',
      url: url('/tradeins'),
      payload: { devices: [{ price_quote_id: quote.id, device_identifier: imeiFromTac(tac, '000009') }] },
    });
    expect(anon.statusCode).toBe(401);
  });

  it('a customer registers their own trade-in and sees only their own; others get 404', async () => {
    const s = await registerCustomer(t, tt.tenant.slug, 'own@example.com');
    const { model, quote } = await quoteFor(s);
    const imei = imeiFromTac(tac, '000001');
    const check = await t.app.inject({
      method: 'POST',
      url: url('/due_diligence/checks'),
      headers: s.headers,
      payload: { model_id: model.id, item_identifier: imei, fmip_attestation: 'NotActivated' },
    });
    expect(check.statusCode, check.body).toBe(200);
    expect(check.json().fraud).toBe('Passed');
    const fields = await dataFields(s, { ClientEmail: 'own@example.com', 'First name': 'Cem', 'Last name': 'Customer' });
    expect(fields.length).toBe(3);
    const reg = await t.app.inject({
      method: 'POST',
      url: url('/tradeins'),
      headers: s.headers,
      payload: { devices: [{ price_quote_id: quote.id, device_identifier: imei }], custom_data_fields: fields },
    });
    expect(reg.statusCode, reg.body).toBe(201);
    const ti = reg.json();
    expect(ti).toMatchObject({ kind: 'final', status: 'Registered', client_first_name: 'Cem' });

    const mine = (await t.app.inject({ method: 'GET', url: url('/tradeins'), headers: { cookie: s.cookie } })).json().results;
    expect(mine.map((x: { id: number }) => x.id)).toEqual([ti.id]);
    const pdf = await t.app.inject({ method: 'GET', url: url(`/tradeins/${ti.id}/pdf_link`), headers: { cookie: s.cookie } });
    expect(pdf.json().url).toMatch(/^\/api\/v2\/public\/tradeins\/pdf\//);

    const other = await registerCustomer(t, tt.tenant.slug, 'other@example.com');
    expect((await t.app.inject({ method: 'GET', url: url(`/tradeins/${ti.id}`), headers: { cookie: other.cookie } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: url(`/tradeins/${ti.id}/pdf_link`), headers: { cookie: other.cookie } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: url('/tradeins'), headers: { cookie: other.cookie } })).json().results).toEqual([]);
    // Customers cannot cancel or register temporary trade-ins.
    expect((await t.app.inject({ method: 'POST', url: url(`/tradeins/${ti.id}/cancel`), headers: s.headers })).statusCode).toBe(403);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: url('/tradeins?temporary=true'),
          headers: s.headers,
          payload: { devices: [{ price_quote_id: quote.id, device_identifier: imei }] },
        })
      ).statusCode,
    ).toBe(403);
    // Without the CSRF header an unsafe call is refused.
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: url('/tradeins'),
          headers: { cookie: s.cookie },
          payload: { devices: [{ price_quote_id: quote.id, device_identifier: imei }] },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('a store agent works at their location: today, cancel, temporary confirm, signatures; another store sees none of it', async () => {
    const { org } = t.c.modules;
    await org.users.create(tt.ctx, {
      email: 'agent@shop.test',
      password: 'agent-password-1',
      role: 'agent',
      firstName: 'Sam',
      lastName: 'Agent',
      locationIds: [tt.location.id],
    });
    const other = await org.locations.create(tt.ctx, { name: 'Other Store', kind: 'store', address: { city: 'Malmö', countryCode: 'SE' } });
    await org.users.create(tt.ctx, {
      email: 'agent2@shop.test',
      password: 'agent-password-1',
      role: 'agent',
      firstName: 'Kim',
      lastName: 'Agent',
      locationIds: [other.id],
    });
    const a = await login(t, tt.tenant.slug, 'agent@shop.test', 'agent-password-1');
    const b = await login(t, tt.tenant.slug, 'agent2@shop.test', 'agent-password-1');

    const register = async (serial: string, temporary: boolean) => {
      const { model, quote } = await quoteFor(a);
      const imei = imeiFromTac(tac, serial);
      await t.app.inject({
        method: 'POST',
        url: url('/due_diligence/checks'),
        headers: a.headers,
        payload: { model_id: model.id, item_identifier: imei, fmip_attestation: 'NotActivated' },
      });
      const fields = await dataFields(a, { ClientEmail: 'walkin@example.com', 'First name': 'Walk', 'Last name': 'In' });
      const res = await t.app.inject({
        method: 'POST',
        url: url(`/tradeins?temporary=${temporary}`),
        headers: a.headers,
        payload: {
          devices: [{ price_quote_id: quote.id, device_identifier: imei }],
          client_first_name: 'Walk',
          client_last_name: 'In',
          custom_data_fields: fields,
        },
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json();
    };
    const final = await register('000002', false);
    expect(final.location_id).toBe(tt.location.id);
    const temp = await register('000003', true);
    expect(temp).toMatchObject({ kind: 'temporary', status: 'Temporary' });

    const today = (await t.app.inject({ method: 'GET', url: url('/tradeins?today=true'), headers: { cookie: a.cookie } })).json().results;
    expect(today.map((x: { id: number }) => x.id).sort()).toEqual([final.id, temp.id].sort());
    expect((await t.app.inject({ method: 'GET', url: url('/tradeins?today=true'), headers: { cookie: b.cookie } })).json().results).toEqual([]);
    expect((await t.app.inject({ method: 'POST', url: url(`/tradeins/${final.id}/cancel`), headers: b.headers })).statusCode).toBe(404);

    const confirmed = await t.app.inject({ method: 'POST', url: url(`/tradeins/temp/${temp.id}/confirm`), headers: a.headers });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({ kind: 'final', status: 'Registered' });

    const cancelled = await t.app.inject({ method: 'POST', url: url(`/tradeins/${final.id}/cancel`), headers: a.headers });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json().status).toBe('Cancelled');
    // Cancelled once: the second time is a clear refusal, not a 5xx.
    const again = await t.app.inject({ method: 'POST', url: url(`/tradeins/${final.id}/cancel`), headers: a.headers });
    expect(again.statusCode).toBeGreaterThanOrEqual(400);
    expect(again.statusCode).toBeLessThan(500);
  });

  it('data field values are validated as typed, with the localized message', async () => {
    const s = await registerCustomer(t, tt.tenant.slug, 'typing@example.com');
    const list = (await t.app.inject({ method: 'GET', url: url('/data_fields'), headers: { cookie: s.cookie } })).json().results as {
      id: number;
      name: string;
    }[];
    const email = list.find((f) => f.name === 'ClientEmail')!;
    const bad = await t.app.inject({
      method: 'GET',
      url: url(`/data_fields/${email.id}/validate?value=nope`),
      headers: { cookie: s.cookie, 'accept-language': 'de' },
    });
    expect(bad.json()).toMatchObject({ valid: false });
    expect(bad.json().message.length).toBeGreaterThan(3);
    expect((await t.app.inject({ method: 'GET', url: url(`/data_fields/${email.id}/validate?value=a@b.se`), headers: { cookie: s.cookie } })).json()).toEqual({
      valid: true,
      message: '',
    });
  });

  it('the web config carries the tenant branding; bad branding settings are refused', async () => {
    const cfg = await t.app.inject({ method: 'GET', url: url('/web/config') });
    expect(cfg.json()).toMatchObject({ slug: tt.tenant.slug, branding: { primary_color: '#0b5cad', logo_url: null } });
    await expect(t.c.modules.org.tenants.updateSettings(t.c.db, tt.tenant, { branding: { primaryColor: 'red' } })).rejects.toThrow();
    await t.c.modules.org.tenants.updateSettings(t.c.db, tt.tenant, { branding: { primaryColor: '#7a1f5c', logoUrl: '/logo.svg' } });
  });
});
