import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import type { ManualClock } from '../../src/platform/clock/index.js';
import { customer, portal, requiredPhotos, type Portal } from './helpers.js';

let t: TestApp;
let p: Portal;

beforeAll(async () => {
  t = await createTestApp();
  p = await portal(t, 400);
});
afterAll(() => t.close());

const isSnake = (v: unknown): boolean => {
  if (Array.isArray(v)) return v.every(isSnake);
  if (v && typeof v === 'object')
    return Object.entries(v).every(([k, x]) => /^[a-z0-9_]+$/.test(k) && (k === 'submission_counts' || k === 'counts' || isSnake(x)));
  return true;
};

async function pdfText(bytes: Buffer): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(bytes) }).promise;
  const page = await doc.getPage(1);
  const content = await page.getTextContent();
  return content.items.map((i) => ('str' in i ? i.str : '')).join(' ');
}

describe('seed 001 flow through HTTP, on both base URLs', () => {
  it('draft → submitted → offered → accepted → shipped → received → inspected → completed', async () => {
    const c = await customer(t, p);
    const base = `/${p.slug}/upgrade/api`; // the seed's base URL; /api/{tenant} is the same handlers
    const photos = await requiredPhotos(t, p.slug, c);
    const created = await t.app.inject({
      method: 'POST',
      url: `${base}/submissions`,
      headers: c.headers,
      payload: { product_id: `prod_${p.variantId}`, serial_number: 'SN-12345678', condition: 'good', description: 'Minor scratches on grip', photos },
    });
    expect(created.statusCode, created.body).toBe(201);
    const sub = created.json();
    expect(sub.id).toMatch(/^sub_[0-9a-f]{20}$/);
    expect(sub).toMatchObject({ status: 'draft', product_id: `prod_${p.variantId}`, condition: 'good', serial_number: 'SN-12345678' });
    expect(sub.photos.map((x: { id: string }) => x.id).sort()).toEqual([...photos].sort());
    // Seed 001 condition pricing: 400 × 80 % (good).
    expect(sub.valuation).toEqual({ base_value: 400, condition: 'good', modifier_percent: 80, suggested_offer: 320, currency: 'EUR' });
    expect(isSnake(sub)).toBe(true);

    const listed = await t.app.inject({ method: 'GET', url: `/api/${p.slug}/submissions`, headers: c.headers });
    expect(listed.json().results.map((s: { id: string }) => s.id)).toEqual([sub.id]);

    const submitted = await t.app.inject({ method: 'POST', url: `${base}/submissions/${sub.id}`, headers: c.headers, payload: {} });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json().status).toBe('submitted');

    const offered = await t.app.inject({
      method: 'POST',
      url: `${base}/offers`,
      headers: p.admin.headers,
      payload: { submission_id: sub.id, amount: 350.0, notes: 'Based on good condition assessment', expires_at: '2026-06-20T00:00:00Z' },
    });
    expect(offered.statusCode, offered.body).toBe(201);
    const offer = offered.json();
    expect(offer).toMatchObject({ submission_id: sub.id, amount: 350, suggested_amount: 320, status: 'open', expires_at: '2026-06-20T00:00:00.000Z' });
    expect(offer.id).toMatch(/^offer_/);
    expect((await t.app.inject({ method: 'GET', url: `/api/${p.slug}/submissions/${sub.id}`, headers: c.headers })).json().status).toBe('offered');

    const accepted = await t.app.inject({ method: 'POST', url: `${base}/offers/${offer.id}`, headers: c.headers, payload: { action: 'accept' } });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const acc = accepted.json();
    expect(acc.offer.status).toBe('accepted');
    expect(acc.submission).toMatchObject({ status: 'accepted', accepted_amount: 350 });
    expect(acc.submission.shipping_kit.label_url).toContain(`/submissions/${sub.id}/kit`);
    expect(acc.submission.device_id).toBeGreaterThan(0);

    // The fallback kit: a PDF with the reference and its barcode.
    const kit = await t.app.inject({ method: 'GET', url: `/api/${p.slug}/submissions/${sub.id}/kit`, headers: c.headers });
    expect(kit.statusCode).toBe(200);
    expect(kit.headers['content-type']).toBe('application/pdf');
    expect(await pdfText(kit.rawPayload)).toContain(sub.id);

    const device = await t.c.modules.tradeins.getDevice(p.tt.ctx, acc.submission.device_id);
    expect(device).toMatchObject({ status: 'Registered', offeredPriceMinor: 35000, deviceIdentifier: 'SN12345678' }); // normalized like every identifier

    const shipped = await t.app.inject({ method: 'POST', url: `${base}/submissions/${sub.id}/ship`, headers: p.admin.headers, payload: {} });
    expect(shipped.statusCode, shipped.body).toBe(200);
    expect(shipped.json().status).toBe('shipped');

    const received = await t.app.inject({ method: 'POST', url: `${base}/submissions/${sub.id}/receive`, headers: p.admin.headers, payload: {} });
    expect(received.json().status).toBe('received');

    const started = await t.app.inject({
      method: 'POST',
      url: `${base}/submissions/${sub.id}/inspect`,
      headers: p.admin.headers,
      payload: { action: 'start' },
    });
    expect(started.json()).toMatchObject({ status: 'received' });
    expect(started.json().inspection_started_at).not.toBeNull();

    const inspected = await t.app.inject({
      method: 'POST',
      url: `${base}/submissions/${sub.id}/inspect`,
      headers: p.admin.headers,
      payload: { action: 'complete', final_amount: 350 },
    });
    expect(inspected.statusCode, inspected.body).toBe(200);
    expect(inspected.json()).toMatchObject({ status: 'inspected', final_amount: 350 });

    // Completed by the system (credit issued) once the outbox runs.
    await t.c.outbox.drain();
    const done = (await t.app.inject({ method: 'GET', url: `${base}/submissions/${sub.id}`, headers: c.headers })).json();
    expect(done.status).toBe('completed');
    expect(done.payout).toMatchObject({ amount: 350, method: 'store_credit' });
    expect(done.history.map((h: { status: string }) => h.status)).toEqual([
      'draft',
      'submitted',
      'offered',
      'accepted',
      'shipped',
      'received',
      'inspected',
      'completed',
    ]);
    expect(isSnake(done)).toBe(true);
    expect((await t.c.modules.tradeins.deviceHistory(p.tt.ctx, done.device_id)).map((e) => e.toStatus)).toEqual([
      'Registered',
      'Shipped',
      'Received',
      'Inspected',
      'Valuated',
      'Accepted',
      'Completed',
    ]);

    // Each status change e-mailed the customer, with the submission's page link.
    const mails = await t.c.db.query<{ payload: { to: string; template: string; text: string } }>(
      `SELECT payload FROM outbox_messages WHERE tenant_id = $1 AND topic = 'email.send' ORDER BY id`,
      [p.tt.tenant.id],
    );
    const templates = mails.map((m) => m.payload.template);
    for (const s of ['submitted', 'offered', 'accepted', 'shipped', 'received', 'inspected', 'completed']) expect(templates).toContain(`submission.${s}`);
    expect(mails.every((m) => m.payload.text.includes(`/${p.slug}/upgrade/submissions/${sub.id}`))).toBe(true);
    // Domain events for webhooks.
    const events = await t.c.db.query<{ type: string }>(
      `SELECT payload->>'type' AS type FROM outbox_messages WHERE tenant_id = $1 AND topic = 'domain.event' ORDER BY id`,
      [p.tt.tenant.id],
    );
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining([
        'submission.created',
        'submission.submitted',
        'submission.offered',
        'offer.accepted',
        'submission.shipped',
        'submission.completed',
      ]),
    );

    // Stats count it; the customer list shows it.
    const stats = (await t.app.inject({ method: 'GET', url: `${base}/admin/stats`, headers: p.admin.headers })).json();
    expect(stats.counts.completed).toBe(1);
    expect(stats.offers).toMatchObject({ accepted: 1, declined: 0, acceptance_rate: 1 });
    expect(stats.totals).toMatchObject({ offered: 350, final: 350 });
    expect(stats.payouts).toMatchObject({ count: 1, total: 350 });
    expect(Object.keys(stats.average_days)).toContain('received_to_inspected');
    const past = (await t.app.inject({ method: 'GET', url: `${base}/admin/stats?from=2020-01-01&to=2020-02-01`, headers: p.admin.headers })).json();
    expect(past).toMatchObject({ total: 0, payouts: { count: 0 }, offers: { acceptance_rate: null } });
    const customers = (await t.app.inject({ method: 'GET', url: `/api/${p.slug}/admin/customers?q=cem`, headers: p.admin.headers })).json();
    expect(customers.results[0]).toMatchObject({ submission_count: 1, submission_counts: { completed: 1 } });
  });

  it('a final value below the accepted offer is a final offer the customer answers', async () => {
    const c = await customer(t, p);
    const photos = await requiredPhotos(t, p.slug, c);
    const api = `/api/${p.slug}`;
    const sub = (
      await t.app.inject({
        method: 'POST',
        url: `${api}/submissions`,
        headers: c.headers,
        payload: { product_id: p.variantId, serial_number: 'SN-LOWER-1', condition: 'excellent', photos },
      })
    ).json();
    await t.app.inject({ method: 'POST', url: `${api}/submissions/${sub.id}`, headers: c.headers });
    const offer = (await t.app.inject({ method: 'POST', url: `${api}/offers`, headers: p.admin.headers, payload: { submission_id: sub.id } })).json();
    expect(offer.amount).toBe(400); // suggested: 400 × 100 %
    await t.app.inject({ method: 'POST', url: `${api}/offers/${offer.id}`, headers: c.headers, payload: { action: 'accept' } });
    await t.app.inject({ method: 'POST', url: `${api}/submissions/${sub.id}/receive`, headers: p.admin.headers, payload: {} });
    const inspected = (
      await t.app.inject({
        method: 'POST',
        url: `${api}/submissions/${sub.id}/inspect`,
        headers: p.admin.headers,
        payload: { action: 'complete', final_amount: 250, condition: 'fair', notes: 'Cracked back' },
      })
    ).json();
    expect(inspected.status).toBe('inspected');
    expect(inspected.current_offer).toMatchObject({ kind: 'final', amount: 250, status: 'open' });
    await t.c.outbox.drain();
    expect((await t.app.inject({ method: 'GET', url: `${api}/submissions/${sub.id}`, headers: c.headers })).json().status).toBe('inspected');
    const declined = await t.app.inject({
      method: 'POST',
      url: `${api}/offers/${inspected.current_offer.id}`,
      headers: c.headers,
      payload: { action: 'decline', reason: 'Too low' },
    });
    expect(declined.json().submission).toMatchObject({ status: 'declined', declined_by: 'customer' });
    expect(declined.json().submission.return_label_url).toContain('kind=return');
    const returned = await t.app.inject({ method: 'POST', url: `${api}/submissions/${sub.id}/ship`, headers: p.admin.headers, payload: {} });
    expect(returned.json().status).toBe('declined');
    const label = await t.app.inject({ method: 'GET', url: `${api}/submissions/${sub.id}/kit?kind=return`, headers: c.headers });
    expect(label.statusCode).toBe(200);
    expect(await pdfText(label.rawPayload)).toContain(sub.id);
  });

  it('photos are re-encoded without EXIF/GPS and have thumbnails', async () => {
    const c = await customer(t, p);
    const [id] = await requiredPhotos(t, p.slug, c, ['front']);
    const full = await t.app.inject({ method: 'GET', url: `/${p.slug}/upgrade/api/photos/${id}`, headers: c.headers });
    expect(full.statusCode).toBe(200);
    expect(full.headers['content-type']).toBe('image/jpeg');
    const meta = await sharp(full.rawPayload).metadata();
    expect(meta.exif).toBeUndefined();
    const thumb = await sharp((await t.app.inject({ method: 'GET', url: `/api/${p.slug}/photos/${id}?size=thumb`, headers: c.headers })).rawPayload).metadata();
    expect(Math.max(thumb.width!, thumb.height!)).toBe(360);
  });
});

describe('OpenAPI', () => {
  it('documents every seed 001 endpoint', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    for (const path of [
      '/submissions',
      '/submissions/{id}',
      '/submissions/{id}/ship',
      '/submissions/{id}/receive',
      '/submissions/{id}/inspect',
      '/offers',
      '/offers/{id}',
      '/photos',
      '/photos/{id}',
      '/profile',
      '/admin/customers',
      '/admin/stats',
    ]) {
      expect(spec.paths[`/api/{tenant}${path}`], path).toBeDefined();
    }
  });
});

describe('offers expire', () => {
  it('an expired offer cannot be accepted; the submission can be offered again', async () => {
    const clock = t.clock as ManualClock;
    const c = await customer(t, p);
    const api = `/api/${p.slug}`;
    const photos = await requiredPhotos(t, p.slug, c);
    const sub = (
      await t.app.inject({
        method: 'POST',
        url: `${api}/submissions`,
        headers: c.headers,
        payload: { product_id: `prod_${p.variantId}`, serial_number: 'SN-EXPIRY-1', condition: 'fair', photos },
      })
    ).json();
    await t.app.inject({ method: 'POST', url: `${api}/submissions/${sub.id}`, headers: c.headers });
    const expiresAt = new Date(clock.now().getTime() + 3_600_000).toISOString();
    const first = (
      await t.app.inject({ method: 'POST', url: `${api}/offers`, headers: p.admin.headers, payload: { submission_id: sub.id, expires_at: expiresAt } })
    ).json();
    expect(first.amount).toBe(240); // 400 × 60 %
    clock.advance(2 * 3_600_000);
    const view = (await t.app.inject({ method: 'GET', url: `${api}/submissions/${sub.id}`, headers: c.headers })).json();
    expect(view.current_offer).toMatchObject({ id: first.id, status: 'expired' });
    const late = await t.app.inject({ method: 'POST', url: `${api}/offers/${first.id}`, headers: c.headers, payload: { action: 'accept' } });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('B410003');
    const past = await t.app.inject({
      method: 'POST',
      url: `${api}/offers`,
      headers: p.admin.headers,
      payload: { submission_id: sub.id, expires_at: '2020-01-01T00:00:00Z' },
    });
    expect(past.json().code).toBe('B410006');
    const second = (
      await t.app.inject({ method: 'POST', url: `${api}/offers`, headers: p.admin.headers, payload: { submission_id: sub.id, amount: 250 } })
    ).json();
    expect((await t.app.inject({ method: 'POST', url: `${api}/offers/${first.id}`, headers: c.headers, payload: { action: 'accept' } })).json()).toMatchObject({
      code: 'B410004',
      params: { status: 'superseded' },
    });
    const ok = await t.app.inject({ method: 'POST', url: `${api}/offers/${second.id}`, headers: c.headers, payload: { action: 'accept' } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().submission).toMatchObject({ status: 'accepted', accepted_amount: 250 });
  });
});

describe('condition modifiers are tenant settings', () => {
  it('PATCH settings changes the next suggested offer', async () => {
    const q = await portal(t, 500);
    const c = await customer(t, q);
    const sub = (
      await t.app.inject({
        method: 'POST',
        url: `/api/${q.slug}/submissions`,
        headers: c.headers,
        payload: { product_id: `prod_${q.variantId}`, condition: 'good' },
      })
    ).json();
    expect(sub.valuation).toMatchObject({ modifier_percent: 80, suggested_offer: 400 });
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/${q.slug}/admin/settings`,
      headers: q.admin.headers,
      payload: { settings: { pricing: { conditionModifiers: { good: 90 } } } },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const again = (await t.app.inject({ method: 'GET', url: `/api/${q.slug}/submissions/${sub.id}`, headers: c.headers })).json();
    expect(again.valuation).toMatchObject({ modifier_percent: 90, suggested_offer: 450 });
  });
});
