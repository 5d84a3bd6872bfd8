import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { login, type Session } from '../helpers/factories.js';
import { answersWith, facilityHarness, type FacilityHarness } from './helpers.js';

// The shared machine is slow; these tests walk devices through receiving and inspection.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

let h: FacilityHarness;
let otherStore: number;
let agent: Session;
beforeAll(async () => {
  h = await facilityHarness();
  const { org } = h.t.c.modules;
  await org.locations.create(h.tt.ctx, {
    name: 'Facility',
    kind: 'facility',
    address: { street1: 'Dock 1', city: 'Göteborg', postCode: '41755', countryCode: 'SE' },
  });
  otherStore = (await org.locations.create(h.tt.ctx, { name: 'Other Store', kind: 'store', address: { city: 'Malmö', countryCode: 'SE' } })).id;
  await org.users.create(h.tt.ctx, {
    email: 'agent@desk.test',
    password: 'Agent-desk-pass-2026',
    role: 'agent',
    firstName: 'A',
    lastName: 'Gent',
    locationIds: [h.tt.location.id],
  });
  agent = await login(h.t, h.tt.tenant.slug, 'agent@desk.test', 'Agent-desk-pass-2026');
});
afterAll(() => h.t.close());

const desk = (path: string) => `/api/${h.tt.tenant.slug}/admin/logistics${path}`;
const asAgent = (method: 'GET' | 'POST', url: string, payload?: object) => h.call(method, url, payload, agent.headers);

/** The report part of a status page (amounts and lines), photo addresses left out. */
const reportPart = (html: string) =>
  html
    .slice(html.indexOf('<table>'), html.indexOf('<form') < 0 ? html.indexOf('<h2>') : html.indexOf('<form'))
    .replace(/(src|href)="[^"]*\/photos\/([0-9a-f-]+)"/g, '$1="photo:$2"');

describe('the bench’s queues and the customer’s page previewed', () => {
  it('lists devices by facility status, previews exactly the report the customer then gets, serves inspection photos to staff', async () => {
    const d = await h.shipped();
    expect((await h.call('GET', h.adminUrl('/devices?status=Received'))).json().results).toEqual([]);
    expect((await h.call('GET', h.adminUrl('/devices?status=Registered'))).statusCode).toBe(400);
    await h.call('POST', h.adminUrl('/receive'), { codes: [d.imei] });
    const queue = (await h.call('GET', h.adminUrl('/devices?status=Received'))).json();
    expect(queue.results.map((x: { device_id: number }) => x.device_id)).toContain(d.deviceId);

    const form = (await h.call('GET', h.adminUrl(`/devices/${d.deviceId}/inspection-form`))).json();
    expect(form.form.questions.map((q: { id: number }) => q.id)).toEqual(h.questions.map((q) => q.Id));
    expect(form.said).toEqual(Object.fromEntries(h.questions.map((q) => [String(q.Id), [q.Answers[0].Id]])));

    // No inspection yet: nothing to preview.
    expect((await h.call('GET', h.adminUrl(`/devices/${d.deviceId}/report-preview`))).json().code).toBe('B400007');
    const q = h.questions[0];
    const photo = await h.uploadPhoto('front');
    const insp = await h.call('POST', h.adminUrl(`/devices/${d.deviceId}/inspection`), {
      grading_form: { Answers: answersWith(h, { [q.Id]: 'last' }) },
      fmip_found: 'NotActivated',
      photos: [{ photo_id: photo, question_id: q.Id }],
    });
    expect(insp.statusCode, insp.body).toBe(200);

    const preview = await h.call('GET', h.adminUrl(`/devices/${d.deviceId}/report-preview?lang=de`));
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(preview.headers['content-security-policy']).not.toContain('script-src');
    expect(preview.body).toContain('Vorschau für Mitarbeitende');
    expect(preview.body).not.toContain('action=');
    // Nothing was saved or sent: the device is still Inspected.
    expect((await h.call('GET', h.adminUrl(`/devices/${d.deviceId}`))).json().status).toBe('Inspected');
    const thumb = await h.call('GET', h.adminUrl(`/devices/${d.deviceId}/photos/${photo}`));
    expect(thumb.statusCode).toBe(200);
    expect(thumb.headers['content-type']).toBe('image/jpeg');
    const stranger = await h.uploadPhoto();
    expect((await h.call('GET', h.adminUrl(`/devices/${d.deviceId}/photos/${stranger}`))).statusCode).toBe(404);

    // Sent in the language the preview was read in (the back office sends both in the UI's language).
    await h.call('POST', h.adminUrl(`/devices/${d.deviceId}/final-valuation`), {}, { 'accept-language': 'de' });
    const link = new URL((await h.call('POST', h.adminUrl(`/devices/${d.deviceId}/status-link`))).json().url).pathname;
    const page = await h.t.app.inject({ method: 'GET', url: `${link}?lang=de` });
    expect(page.statusCode).toBe(200);
    expect(reportPart(preview.body)).toBe(reportPart(page.body));
    expect(reportPart(page.body)).toContain(`photo:${photo}`);
  });
});

describe('the logistics desk: an agent sees only their own stores', () => {
  it('packs and ships at their store, and another store’s location, package and shipment do not exist for them', async () => {
    const mine = await h.register();
    const theirs = await h.register();
    const locations = (await asAgent('GET', desk('/locations'))).json().results;
    expect(locations.map((l: { id: number }) => l.id)).toEqual([h.tt.location.id]);
    // The tenant's location list too: an agent's own stores only; an admin sees all.
    expect((await asAgent('GET', `/api/${h.tt.tenant.slug}/admin/locations`)).json().results.map((l: { id: number }) => l.id)).toEqual([h.tt.location.id]);
    expect((await h.call('GET', `/api/${h.tt.tenant.slug}/admin/locations`)).json().results.map((l: { id: number }) => l.id)).toContain(otherStore);
    const toPack = (await asAgent('GET', desk('/to-pack'))).json();
    expect(toPack.location_id).toBe(h.tt.location.id);
    expect(toPack.devices.map((x: { device_id: number }) => x.device_id)).toContain(mine.deviceId);
    const foreign = await asAgent('GET', desk(`/to-pack?location_id=${otherStore}`));
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().code).toBe('N610012');
    expect((await asAgent('POST', desk('/packages'), { location_id: otherStore, device_ids: [mine.deviceId] })).json().code).toBe('N610012');

    const pkg = await asAgent('POST', desk('/packages'), { location_id: h.tt.location.id, device_ids: [mine.deviceId] });
    expect(pkg.statusCode, pkg.body).toBe(200);
    const ship = await asAgent('POST', desk('/shipments'), { location_id: h.tt.location.id, package_ids: [pkg.json().id] });
    expect(ship.statusCode, ship.body).toBe(200);
    expect((await asAgent('GET', `/api/${h.tt.tenant.slug}/admin/shipments/${ship.json().id}/history`)).statusCode).toBe(200);

    // The admin packs at the other store: the agent's lists leave it out, direct calls find nothing.
    const otherPkg = (await h.call('POST', desk('/packages'), { location_id: otherStore, device_ids: [theirs.deviceId] })).json();
    const otherShip = await h.call('POST', desk('/shipments'), { location_id: otherStore, package_ids: [otherPkg.id] });
    expect(otherShip.statusCode, otherShip.body).toBe(200);
    const seen = (await asAgent('GET', desk('/packages'))).json().results.map((p: { id: number }) => p.id);
    expect(seen).toContain(pkg.json().id);
    expect(seen).not.toContain(otherPkg.id);
    expect((await asAgent('GET', desk('/shipments'))).json().results.map((s: { id: number }) => s.id)).not.toContain(otherShip.json().id);
    expect((await asAgent('POST', desk(`/packages/${otherPkg.id}/cancel`))).json().code).toBe('N060001');
    expect((await asAgent('POST', desk(`/shipments/${otherShip.json().id}/label`))).json().code).toBe('N080001');
    expect((await asAgent('GET', `/api/${h.tt.tenant.slug}/admin/shipments/${otherShip.json().id}/history`)).json().code).toBe('N260001');
    // A facility lead or admin sees every store.
    expect((await h.call('GET', desk(`/shipments?location_id=${otherStore}`))).json().results.map((s: { id: number }) => s.id)).toContain(otherShip.json().id);
  });
});
