import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { createTenant, login, type TestTenant } from '../helpers/factories.js';
import { BEST, quoteBody, setPrice, variantOf } from '../pricing/helpers.js';

let t: TestApp;
let tt: TestTenant;
let phone: number;

beforeAll(async () => {
  t = await createTestApp();
  tt = await createTenant(t, { locale: 'sv' });
  phone = await variantOf(t, 'mobiles');
});
afterAll(() => t.close());

const form = (id: number | string, lang?: string, key = tt.apiKey) =>
  t.app.inject({
    method: 'GET',
    url: `/api/v2/retail/models/${id}/grading-form?api-version=2.0`,
    headers: { 'x-apikey': key, ...(lang ? { 'accept-language': lang } : {}) },
  });

describe('GET /api/v2/retail/models/{id}/grading-form', () => {
  it('has the seed shape and texts (en)', async () => {
    const res = await form(phone, 'en');
    expect(res.statusCode, res.body).toBe(200);
    const f = res.json();
    expect(Object.keys(f)).toEqual(['Id', 'Name', 'Questions', 'Extras', 'SystemExtras', 'ScoringType']);
    expect(f.ScoringType).toBe(2);
    expect(f.SystemExtras).toEqual([{ Id: 1, IsVendorSelected: false, IsPartnerSelected: false, IsAffiliateSelected: false }]);
    const q0 = f.Questions[0];
    expect(q0).toMatchObject({ Id: 0, Name: 'Does the device turn on and stay on without a charger?', Label: 'Power', Info: '<p>&nbsp;</p>' });
    expect(q0.InfoCards[0]).toMatchObject({ Id: 0, Label: 'Info card 209', Images: [] });
    expect(q0.Answers).toEqual([
      { Id: 0, Name: 'Yes', Score: 100, InfoCards: [], IsVendorSelected: false, IsPartnerSelected: false, IsAffiliateSelected: false },
      { Id: 1, Name: 'No', Score: 5, InfoCards: [], IsVendorSelected: false, IsPartnerSelected: false, IsAffiliateSelected: false },
    ]);
    expect(f.Questions.map((q: { Label: string }) => q.Label)).toEqual(['Power', 'LCD', 'Body', 'Buttons', 'Cosmetics']);
    expect(f.Questions[1].InfoCards[0].Images).toHaveLength(4);
    expect(f.Questions[4].Answers[0].Name).toBe('No');
  });

  it('follows Accept-Language, falling back to the tenant default (sv)', async () => {
    expect((await form(phone, 'de')).json().Questions[3].Name).toBe('Sind alle Tasten vorhanden und funktionsfähig?');
    expect((await form(phone, 'tr')).json().Questions[0].Label).toBe('Güç');
    expect((await form(phone)).json().Questions[0].Label).toBe('Ström');
    expect((await form(phone, 'fr')).json().Questions[0].Answers[0].Name).toBe('Ja');
  });

  it('laptops have the power-adapter extra; watches and other groups have forms', async () => {
    const laptop = (await form(await variantOf(t, 'laptops'), 'en')).json();
    expect(laptop.Extras[0]).toMatchObject({ Id: 0, Label: 'Power adapter' });
    const watch = await form(await variantOf(t, 'watches'), 'en');
    expect(watch.statusCode).toBe(200);
  });

  it('unknown model → N170008', async () => {
    for (const id of [999999999, 0, 'abc']) {
      const res = await form(id);
      expect([400, 404]).toContain(res.statusCode);
      if (res.statusCode === 404) expect(res.json().code).toBe('N170008');
    }
    const res = await form(999999999, 'en');
    expect(res.json()).toMatchObject({ code: 'N170008', message: "Active grading form version for item variant '999999999' not found." });
  });
});

describe('admin grading forms', () => {
  it('a tenant form overrides the reference form; versions are immutable once a quote used them', async () => {
    const s = await login(t, tt.tenant.slug, tt.admin.email, tt.adminPassword);
    await setPrice(t, tt, phone, 10000);
    const definition = {
      name: { en: 'Simple phones', sv: 'Enkla telefoner' },
      questions: [
        {
          id: 7,
          name: 'Works?',
          label: 'Works',
          answers: [
            { id: 0, name: 'Yes', score: 100 },
            { id: 1, name: 'No', score: 10 },
          ],
        },
      ],
    };
    const created = await t.app.inject({
      method: 'POST',
      url: `/api/${tt.tenant.slug}/admin/grading-forms`,
      headers: s.headers,
      payload: { key: 'simple-mobiles', item_group_key: 'mobiles', definition },
    });
    expect(created.statusCode, created.body).toBe(201);
    const v1 = created.json();
    expect(v1.status).toBe('draft');
    // Drafts are not served.
    expect((await form(phone, 'en')).json().Questions).toHaveLength(5);
    const dup = await t.app.inject({
      method: 'POST',
      url: `/api/${tt.tenant.slug}/admin/grading-forms`,
      headers: s.headers,
      payload: { key: 'other', item_group_key: 'mobiles', definition },
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('B170103');
    const bad = await t.app.inject({
      method: 'POST',
      url: `/api/${tt.tenant.slug}/admin/grading-forms`,
      headers: s.headers,
      payload: { key: 'bad', item_group_key: 'tablets', definition: { ...definition, questions: [] } },
    });
    expect(bad.statusCode).toBe(400);

    const pub = await t.app.inject({ method: 'POST', url: `/api/${tt.tenant.slug}/admin/grading-form-versions/${v1.version_id}/publish`, headers: s.headers });
    expect(pub.statusCode, pub.body).toBe(200);
    const served = (await form(phone, 'sv')).json();
    expect(served.Name).toBe('Enkla telefoner');
    expect(served.Questions.map((q: { Id: number }) => q.Id)).toEqual([7]);
    // Another tenant still gets the reference form.
    const other = await createTenant(t);
    expect((await form(phone, 'en', other.apiKey)).json().Questions).toHaveLength(5);

    // Editable while unused…
    const edit = await t.app.inject({
      method: 'PUT',
      url: `/api/${tt.tenant.slug}/admin/grading-form-versions/${v1.version_id}`,
      headers: s.headers,
      payload: { definition: { ...definition, name: 'Simple' } },
    });
    expect(edit.statusCode, edit.body).toBe(200);
    // …frozen once a quote used it.
    const q = await t.app.inject({
      method: 'POST',
      url: '/api/v2/retail/price-quote',
      headers: { 'x-apikey': tt.apiKey },
      payload: quoteBody(phone, { 7: [1] }),
    });
    expect(q.statusCode, q.body).toBe(200);
    expect(q.json().OfferedPrice).toBe(10);
    const old = await t.app.inject({ method: 'POST', url: '/api/v2/retail/price-quote', headers: { 'x-apikey': tt.apiKey }, payload: quoteBody(phone, BEST) });
    expect(old.json().code).toBe('N070002');
    const frozen = await t.app.inject({
      method: 'PUT',
      url: `/api/${tt.tenant.slug}/admin/grading-form-versions/${v1.version_id}`,
      headers: s.headers,
      payload: { definition },
    });
    expect(frozen.statusCode).toBe(409);
    expect(frozen.json().code).toBe('B170102');

    // A new version (copy), edited and published, replaces it.
    const v2 = (
      await t.app.inject({ method: 'POST', url: `/api/${tt.tenant.slug}/admin/grading-forms/${v1.form_id}/versions`, headers: s.headers, payload: {} })
    ).json();
    expect(v2.version).toBe(2);
    await t.app.inject({
      method: 'PUT',
      url: `/api/${tt.tenant.slug}/admin/grading-form-versions/${v2.version_id}`,
      headers: s.headers,
      payload: {
        definition: {
          ...definition,
          questions: [
            {
              ...definition.questions[0],
              answers: [
                { id: 0, name: 'Yes', score: 100 },
                { id: 1, name: 'No', score: 50 },
              ],
            },
          ],
        },
      },
    });
    await t.app.inject({ method: 'POST', url: `/api/${tt.tenant.slug}/admin/grading-form-versions/${v2.version_id}/publish`, headers: s.headers });
    const q2 = await t.app.inject({
      method: 'POST',
      url: '/api/v2/retail/price-quote',
      headers: { 'x-apikey': tt.apiKey },
      payload: quoteBody(phone, { 7: [1] }),
    });
    expect(q2.json().OfferedPrice).toBe(50);
    const list = (await t.app.inject({ method: 'GET', url: `/api/${tt.tenant.slug}/admin/grading-forms/${v1.form_id}`, headers: s.headers })).json();
    expect(list.results.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
      [2, 'active'],
      [1, 'retired'],
    ]);
    // The first quote still reads back with its version.
    const back = await t.app.inject({ method: 'GET', url: `/api/v2/retail/price-quote/${q.json().PriceQuoteId}`, headers: { 'x-apikey': tt.apiKey } });
    expect(back.json().OfferedPrice).toBe(10);
  });

  it('speaks snake_case inside definitions, both ways, and names snake_case fields in validation errors', async () => {
    const s = await login(t, tt.tenant.slug, tt.admin.email, tt.adminPassword);
    const card = { id: 1, label: 'Where', text: 'Look at the back', images: [] };
    const definition = {
      name: 'Snake',
      scoring_type: 1,
      questions: [
        {
          id: 3,
          name: 'Scratches?',
          label: 'Scratches',
          info_cards: [card],
          multi_choice: true,
          answers: [
            { id: 0, name: 'None', score: 100, info_cards: [card] },
            { id: 1, name: 'Some', score: 80, is_partner_selected: true },
          ],
        },
      ],
      extras: [{ id: 1, name: 'Charger', value_pct: 5, is_vendor_selected: true }],
      system_extras: [{ id: 1, is_affiliate_selected: true }],
      grades: [
        { key: 'good', name: 'Good', min_score: 0, condition: 'good', ctia: { functional: 'Functional', cosmetic: 'B' } },
        { key: 'best', name: 'Best', min_score: 90, condition: 'excellent', ctia: { functional: 'Functional', cosmetic: 'A' } },
      ],
    };
    const created = await t.app.inject({
      method: 'POST',
      url: `/api/${tt.tenant.slug}/admin/grading-forms`,
      headers: s.headers,
      payload: { key: 'snake-tablets', item_group_key: 'tablets', definition },
    });
    expect(created.statusCode, created.body).toBe(201);
    const v = created.json();
    expect(v.item_group_key).toBe('tablets');
    expect(v.definition.scoring_type).toBe(1);
    expect(v.definition.questions[0]).toMatchObject({ info_cards: [{ id: 1, label: { en: 'Where' } }], multi_choice: true });
    expect(v.definition.questions[0].answers[1]).toMatchObject({ score: 80, info_cards: [], is_partner_selected: true, is_vendor_selected: false });
    expect(v.definition.extras[0]).toMatchObject({ value_pct: 5, is_vendor_selected: true, is_affiliate_selected: false });
    expect(v.definition.system_extras).toEqual([{ id: 1, is_vendor_selected: false, is_partner_selected: false, is_affiliate_selected: true }]);
    expect(v.definition.grades.map((g: { min_score: number }) => g.min_score)).toEqual([0, 90]);
    expect(created.body).not.toMatch(/"[a-z]+[A-Z][A-Za-z]*":/);

    const bad = await t.app.inject({
      method: 'PUT',
      url: `/api/${tt.tenant.slug}/admin/grading-form-versions/${v.version_id}`,
      headers: s.headers,
      payload: { definition: { ...definition, extras: [{ id: 1, name: 'Charger', value_pct: 500 }] } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields.map((f: { path: string }) => f.path)).toEqual(['definition.extras.0.value_pct']);
  });

  it('reference forms cannot be changed by a tenant', async () => {
    const s = await login(t, tt.tenant.slug, tt.admin.email, tt.adminPassword);
    const all = (await t.app.inject({ method: 'GET', url: `/api/${tt.tenant.slug}/admin/grading-forms`, headers: s.headers })).json();
    const ref = all.results.find((v: { is_reference: boolean }) => v.is_reference);
    const res = await t.app.inject({ method: 'POST', url: `/api/${tt.tenant.slug}/admin/grading-form-versions/${ref.version_id}/publish`, headers: s.headers });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('N170101');
  });
});
