import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { imeiFromTac } from '../../src/modules/catalog/index.js';
import { appleVariantsWithTac } from '../helpers/catalog-fixtures.js';
import { createTenant, type TestTenant } from '../helpers/factories.js';
import { answersWith, facilityHarness, type FacilityHarness } from './helpers.js';

// The shared machine is slow; one app for every case of this file.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

let h: FacilityHarness;
let other: TestTenant;
let unknownTac: string;
let modelItemId: number;
let second: { variantId: number; itemId: number };
beforeAll(async () => {
  h = await facilityHarness({ settings: { facility: { requiredAngles: {} } } });
  other = await createTenant(h.t);
  // A TAC the shipped table lacks (the issue: no iPhone X, XR, Xs, 12, 14, 15 or 16 TAC resolves).
  for (let n = 35_999_990; ; n--) {
    const rows = await h.t.c.db.query('SELECT 1 FROM tac_codes WHERE tac = $1', [String(n)]);
    if (rows.length === 0) {
      unknownTac = String(n);
      break;
    }
  }
  modelItemId = (await h.t.c.modules.catalog.getVariant(h.tt.ctx, h.model.variantId))!.itemId;
  const [, y] = await appleVariantsWithTac(h.t.c.db, 2);
  second = { variantId: y.variantId, itemId: (await h.t.c.modules.catalog.getVariant(h.tt.ctx, y.variantId))!.itemId };
});
afterAll(() => h.t.close());

/** Seed 003 model search by IMEI (retail API key of the tenant, or of another tenant). */
async function retailSearch(imei: string, apiKey = h.tt.apiKey) {
  const res = await h.t.app.inject({ method: 'GET', url: `/api/v2/retail/models?api-version=2.0&term=${imei}`, headers: { 'x-apikey': apiKey } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { Data: { Id: number; ItemId: number }[]; Hint?: string };
}

/** The web app's search (staff session). */
async function webSearch(imei: string) {
  const res = await h.t.app.inject({ method: 'GET', url: `/api/${h.tt.tenant.slug}/catalog/models?term=${imei}`, headers: h.admin.headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { results: { id: number; item_id: number }[]; hint: string | null; matched_by: string };
}

describe('the catalog learns TACs from the bench', () => {
  it('an IMEI of an unknown TAC resolves once an inspection confirmed it, for that tenant only', async () => {
    const imei = imeiFromTac(unknownTac, '424242');
    const before = await retailSearch(imei);
    expect(before.Data).toEqual([]);
    expect(before.Hint).toContain(unknownTac);
    expect((await webSearch(imei)).results).toEqual([]);

    // The device registers under the model (an unknown TAC passes due diligence), then the bench reads the same IMEI.
    const d = await h.shipped({ imei });
    expect((await h.call('POST', h.adminUrl('/receive'), { codes: [imei] })).statusCode).toBe(200);
    const insp = await h.call('POST', h.adminUrl(`/devices/${d.deviceId}/inspection`), {
      grading_form: { Answers: answersWith(h) },
      fmip_found: 'NotActivated',
      identifier: imei,
    });
    expect(insp.statusCode, insp.body).toBe(200);
    expect(insp.json().tac).toBe('learned');

    const after = await retailSearch(imei);
    expect(after.Hint).toBeUndefined();
    expect(after.Data.length).toBeGreaterThan(0);
    expect(after.Data.map((m) => m.Id)).toContain(h.model.variantId);
    expect(new Set(after.Data.map((m) => m.ItemId))).toEqual(new Set([modelItemId]));
    const web = await webSearch(imei);
    expect(web.matched_by).toBe('imei');
    expect(web.hint).toBeNull();
    expect(web.results.map((m) => m.id)).toContain(h.model.variantId);

    // Another tenant learned nothing: still unknown there.
    const elsewhere = await retailSearch(imei, other.apiKey);
    expect(elsewhere.Data).toEqual([]);
    expect(elsewhere.Hint).toContain(unknownTac);
  });

  it('an imported TAC is searchable at once, and a learned model comes above the reference table’s', async () => {
    const imported = imeiFromTac(String(Number(unknownTac) - 1).padStart(8, '0'), '000007');
    const known = imeiFromTac(h.model.tac, '000008');
    // The reference table knows the harness model's TAC.
    expect((await retailSearch(known)).Data[0].ItemId).toBe(modelItemId);
    const res = await h.call('POST', h.adminUrl('/tac-map/import'), {
      csv: `tac,variant_id\n${imported.slice(0, 8)},${second.variantId}\n${h.model.tac},${second.variantId}\n`,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ learned: 2, confirmed: 0, conflicts: 0 });

    const found = await retailSearch(imported);
    expect(new Set(found.Data.map((m) => m.ItemId))).toEqual(new Set([second.itemId]));
    expect((await webSearch(imported)).results.map((m) => m.item_id)).toContain(second.itemId);

    // Learned first, then the reference table's family — for this tenant; the other tenant sees the reference only.
    const both = (await retailSearch(known)).Data.map((m) => m.ItemId);
    const firstReference = both.indexOf(modelItemId);
    expect(both[0]).toBe(second.itemId);
    expect(firstReference).toBeGreaterThan(0);
    expect(both.slice(firstReference).every((id) => id === modelItemId)).toBe(true);
    const web = (await webSearch(known)).results.map((m) => m.item_id);
    expect(web[0]).toBe(second.itemId);
    expect(web).toContain(modelItemId);
    expect(new Set((await retailSearch(known, other.apiKey)).Data.map((m) => m.ItemId))).toEqual(new Set([modelItemId]));

    // A conflicting import is flagged and changes nothing in the search.
    const conflict = await h.call('POST', h.adminUrl('/tac-map/import'), { csv: `tac,variant_id\n${imported.slice(0, 8)},${h.model.variantId}\n` });
    expect(conflict.json()).toEqual({ learned: 0, confirmed: 0, conflicts: 1 });
    expect(new Set((await retailSearch(imported)).Data.map((m) => m.ItemId))).toEqual(new Set([second.itemId]));
  });
});
