import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyBackendSignature } from '../../src/modules/notifications/index.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { login } from '../helpers/factories.js';
import { testDbKind } from '../helpers/test-db.js';
import { createShop, customer, FakeTradeIns, sf, type Shop } from './helpers.js';

let t: TestApp;
let fake: FakeTradeIns;
let shop: Shop;
let quoteSeq = 0;

const phone = { product_sku: 'IP15-128', product_name: 'iPhone 15 128GB', price: '999.00', quantity: 1 };

function nextQuote(): string {
  quoteSeq++;
  return `00000000-0000-4000-8000-${String(quoteSeq).padStart(12, '0')}`;
}

/** Customer with an order whose trade-in (offered 250.00) was valuated at 180.00 by the facility. */
async function valuatedItem(s: Shop, email: string, opts: { valuate?: boolean; locale?: string } = {}) {
  const session = await customer(t, s, email);
  const q = nextQuote();
  fake.offers.set(q, 250_00);
  const order = (
    await sf(t, s, 'POST', '/orders/checkout/', {
      session,
      payload: {
        items: [{ ...phone, tradein: { price_quote_id: q, device_identifier: '355358080543351' } }],
        ...(opts.locale ? { language_code: opts.locale } : {}),
      },
    })
  ).json();
  const item = order.orderitem_set[0];
  const deviceId: number = item.attributes.tradein.tradein_device_id;
  if (opts.valuate !== false) {
    const admin = await login(t, s.tt.tenant.slug, s.tt.admin.email, s.tt.adminPassword, s.cookieName);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/${s.tt.tenant.slug}/admin/tradein-devices/${deviceId}/final-valuation`,
      headers: admin.headers,
      payload: { price: '180.00', grade: 'Fair', reason: 'Cracked back glass' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ changed: true, final_price: '180.00', offered_price: '250.00' });
    await t.c.outbox.drain();
  }
  return { session, order, item, deviceId };
}

async function emails(s: Shop, to: string) {
  const admin = await login(t, s.tt.tenant.slug, s.tt.admin.email, s.tt.adminPassword, s.cookieName);
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/${s.tt.tenant.slug}/admin/emails?to=${encodeURIComponent(to)}`,
    headers: { cookie: admin.cookie },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().results as { subject: string; text: string; html: string; template: string; status: string; locale: string }[];
}

function linksOf(text: string): { approve: string; reject: string } {
  const urls = [...text.matchAll(/https?:\/\/\S+/g)].map((m) => m[0]);
  return { approve: urls.find((u) => u.includes('tradein_approved'))!, reject: urls.find((u) => u.includes('tradein_rejected'))! };
}

const path = (u: string) => u.replace(/^https?:\/\/[^/]+/, '');
const approveUrl = (id: number) => `/users/order_item/${id}/tradein_approved/`;
const rejectUrl = (id: number) => `/users/order_item/${id}/tradein_rejected/`;

beforeAll(async () => {
  t = await createTestApp();
  fake = new FakeTradeIns();
  t.c.modules.commerce.setTradeIns(fake);
  shop = await createShop(t);
});
afterAll(() => t.close());

describe('final valuation email', () => {
  it('emails offered vs final value, the reason and absolute approve/reject links (stays in the outbox without SMTP)', async () => {
    const { item } = await valuatedItem(shop, 'val@example.com');
    const mails = await emails(shop, 'val@example.com');
    expect(mails).toHaveLength(1);
    const m = mails[0];
    expect(m.template).toBe('tradein.final_valuation');
    // On PostgreSQL the files share one schema and the SMTP test's worker may deliver it.
    if (testDbKind() === 'pglite') expect(m.status).toBe('pending');
    expect(m.subject).toContain('Test Programme');
    expect(m.text).toContain('€250.00');
    expect(m.text).toContain('€180.00');
    expect(m.text).toContain('Cracked back glass');
    const links = linksOf(m.text);
    expect(links.approve.startsWith(`http://tradein.test/users/order_item/${item.id}/tradein_approved/?token=`)).toBe(true);
    expect(links.reject.startsWith(`http://tradein.test/users/order_item/${item.id}/tradein_rejected/?token=`)).toBe(true);
    expect(m.html).toContain('href="http://tradein.test/users/order_item/');
  });

  it("is written in the order's language (then the decision email too)", async () => {
    const { session, item } = await valuatedItem(shop, 'svensk@example.com', { locale: 'sv-se' });
    const [m] = await emails(shop, 'svensk@example.com');
    expect(m.locale).toBe('sv');
    expect(m.subject).toContain('slutlig värdering');
    expect(m.text).toContain('Godkänn det slutliga värdet');
    expect((await sf(t, shop, 'GET', rejectUrl(item.id), { session })).statusCode).toBe(200);
    const [decision] = await emails(shop, 'svensk@example.com');
    expect(decision).toMatchObject({ template: 'tradein.rejected', locale: 'sv' });
    expect(decision.text).toContain('Vi skickar tillbaka enheten till dig.');
  });

  it('no email when the final value equals the offer', async () => {
    const session = await customer(t, shop, 'same@example.com');
    const q = nextQuote();
    fake.offers.set(q, 250_00);
    const order = (
      await sf(t, shop, 'POST', '/orders/checkout/', { session, payload: { items: [{ ...phone, tradein: { price_quote_id: q, device_identifier: '1' } }] } })
    ).json();
    const admin = await login(t, shop.tt.tenant.slug, shop.tt.admin.email, shop.tt.adminPassword);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/${shop.tt.tenant.slug}/admin/tradein-devices/${order.orderitem_set[0].attributes.tradein.tradein_device_id}/final-valuation`,
      headers: admin.headers,
      payload: { price: 250, grade: 'Good' },
    });
    expect(res.json().changed).toBe(false);
    await t.c.outbox.drain();
    expect(await emails(shop, 'same@example.com')).toHaveLength(0);
  });

  it('final valuation needs a staff role and an existing device', async () => {
    const s = await customer(t, shop, 'notstaff@example.com');
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/${shop.tt.tenant.slug}/admin/tradein-devices/1/final-valuation`,
      headers: s.headers,
      payload: { price: 1, grade: 'A' },
    });
    expect(res.statusCode).toBe(403);
    const admin = await login(t, shop.tt.tenant.slug, shop.tt.admin.email, shop.tt.adminPassword);
    const missing = await t.app.inject({
      method: 'POST',
      url: `/api/${shop.tt.tenant.slug}/admin/tradein-devices/999999/final-valuation`,
      headers: admin.headers,
      payload: { price: 1, grade: 'A' },
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('N300002');
  });
});

describe('approve / reject (seed 000)', () => {
  it('owner approves: 200 with a JSON string (no Accept, as the seed example sends), decision recorded, confirmation email; every later attempt is the same 404', async () => {
    const { session, item, deviceId } = await valuatedItem(shop, 'owner@example.com');
    const ok = await sf(t, shop, 'GET', approveUrl(item.id), { session });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.headers['content-type']).toMatch(/^application\/json/);
    expect(ok.json()).toBe('Your approval has been submitted.');
    expect(await fake.committedDecision(shop.tt.ctx, deviceId)).toBe('approved');
    const mails = await emails(shop, 'owner@example.com');
    expect(mails.map((m) => m.template)).toEqual(['tradein.approved', 'tradein.final_valuation']);

    const order = (await sf(t, shop, 'GET', `/users/orders/${item.order}/`, { session })).json();
    expect(order.orderitem_set[0].attributes.tradein).toMatchObject({ review_status: 'approved', final_price: '180.00' });

    const again = await sf(t, shop, 'GET', approveUrl(item.id), { session });
    const rejectAfter = await sf(t, shop, 'GET', rejectUrl(item.id), { session });
    const other = await customer(t, shop, 'intruder@example.com');
    const foreign = await sf(t, shop, 'GET', approveUrl(item.id), { session: other });
    const anonymous = await sf(t, shop, 'GET', approveUrl(item.id));
    const missing = await sf(t, shop, 'GET', approveUrl(987654), { session });
    for (const r of [again, rejectAfter, foreign, anonymous, missing]) {
      expect(r.statusCode).toBe(404);
      expect(r.body).toBe(again.body);
    }
    expect(await emails(shop, 'owner@example.com')).toHaveLength(2);
  });

  it('404 for an item without trade-in data and for one not yet valuated (same body)', async () => {
    const session = await customer(t, shop, 'plain@example.com');
    const order = (await sf(t, shop, 'POST', '/orders/checkout/', { session, payload: { items: [phone] } })).json();
    const plain = await sf(t, shop, 'GET', approveUrl(order.orderitem_set[0].id), { session });
    expect(plain.statusCode).toBe(404);
    const { session: s2, item } = await valuatedItem(shop, 'early@example.com', { valuate: false });
    const early = await sf(t, shop, 'GET', rejectUrl(item.id), { session: s2 });
    expect(early.statusCode).toBe(404);
    expect(early.body).toBe(plain.body);
    expect(plain.json()).toEqual({ detail: 'Not found.' });
  });

  it('owner rejects: the device enters the return flow', async () => {
    const { session, item, deviceId } = await valuatedItem(shop, 'rejecter@example.com');
    const res = await sf(t, shop, 'GET', rejectUrl(item.id), { session, headers: { 'accept-language': 'tr', accept: 'text/plain' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toBe('Reddetme işleminiz gönderilmiştir.');
    expect(fake.devices.get(deviceId)!.status).toBe('ReturnRequested');
    expect((await sf(t, shop, 'GET', approveUrl(item.id), { session })).statusCode).toBe(404);
  });

  it('answers in four locales; browsers get a localized HTML page', async () => {
    const expected = {
      en: ['Your approval has been submitted.', 'Your rejection has been submitted.'],
      tr: ['Onaylama isleminiz gönderilmiştir.', 'Reddetme işleminiz gönderilmiştir.'],
      sv: ['Ditt godkännande har skickats.', 'Ditt avböjande har skickats.'],
      de: ['Ihre Zustimmung wurde übermittelt.', 'Ihre Ablehnung wurde übermittelt.'],
    };
    for (const [locale, [approved, rejected]] of Object.entries(expected)) {
      const a = await valuatedItem(shop, `a-${locale}@example.com`);
      const ra = await sf(t, shop, 'GET', approveUrl(a.item.id), {
        session: a.session,
        headers: { 'accept-language': `${locale};q=1, en;q=0.5`, accept: 'application/json' },
      });
      expect(ra.json()).toBe(approved);
      const r = await valuatedItem(shop, `r-${locale}@example.com`);
      const rr = await sf(t, shop, 'GET', rejectUrl(r.item.id), {
        session: r.session,
        headers: { 'accept-language': locale, accept: 'text/html,application/xhtml+xml' },
      });
      expect(rr.statusCode).toBe(200);
      expect(rr.headers['content-type']).toMatch(/^text\/html/);
      expect(rr.body).toContain(`<html lang="${locale}">`);
      expect(rr.body).toContain(rejected);
    }
  });

  it('works with the tenant cookie name osessionid', async () => {
    const oshop = await createShop(t, { cookieName: 'osessionid' });
    const { session, item } = await valuatedItem(oshop, 'o@example.com');
    expect(session.cookie).toMatch(/^osessionid=/);
    const res = await sf(t, oshop, 'GET', approveUrl(item.id), { session });
    expect(res.statusCode).toBe(200);
  });

  it('fifty concurrent approve/reject requests: one 200, one decision, one email', async () => {
    const { session, item, deviceId } = await valuatedItem(shop, 'race@example.com');
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => sf(t, shop, 'GET', (i % 2 ? rejectUrl : approveUrl)(item.id), { session })));
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(1);
    expect(results.filter((r) => r.statusCode === 404)).toHaveLength(49);
    expect(fake.calls.filter((c) => c.endsWith(`:${deviceId}`) && !c.startsWith('register'))).toHaveLength(1);
    const decisionMails = (await emails(shop, 'race@example.com')).filter((m) => m.template !== 'tradein.final_valuation');
    expect(decisionMails).toHaveLength(1);
  });
});

describe('links in an inbox', () => {
  it('a prefetching scanner (GET with the token, no session) never decides; the button (POST) does, once', async () => {
    const { item, deviceId } = await valuatedItem(shop, 'inbox@example.com');
    const links = linksOf((await emails(shop, 'inbox@example.com'))[0].text);
    for (let i = 0; i < 3; i++) {
      const scan = await sf(t, shop, 'GET', path(links.approve), { headers: { accept: '*/*' } });
      expect(scan.statusCode).toBe(200);
      expect(scan.headers['content-type']).toMatch(/^text\/html/);
      expect(scan.body).toContain('<form method="post"');
    }
    const page = await sf(t, shop, 'GET', path(links.approve), { headers: { accept: 'text/html', 'accept-language': 'sv' } });
    expect(page.body).toContain('Godkänner du den slutliga värderingen');
    expect(fake.devices.get(deviceId)!.decision).toBeNull();
    expect(await fake.committedDecision(shop.tt.ctx, deviceId)).toBeNull();

    // The reject token does not approve.
    const token = new URL(links.approve).searchParams.get('token')!;
    const rejectToken = new URL(links.reject).searchParams.get('token')!;
    const swapped = await t.app.inject({
      method: 'POST',
      url: approveUrl(item.id),
      headers: { host: shop.host, 'content-type': 'application/x-www-form-urlencoded' },
      payload: `token=${encodeURIComponent(rejectToken)}`,
    });
    expect(swapped.statusCode).toBe(404);

    const press = await t.app.inject({
      method: 'POST',
      url: approveUrl(item.id),
      headers: { host: shop.host, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
      payload: `token=${encodeURIComponent(token)}`,
    });
    expect(press.statusCode, press.body).toBe(200);
    expect(press.body).toContain('Your approval has been submitted.');
    expect(await fake.committedDecision(shop.tt.ctx, deviceId)).toBe('approved');
    const replay = await t.app.inject({
      method: 'POST',
      url: approveUrl(item.id),
      headers: { host: shop.host, 'content-type': 'application/x-www-form-urlencoded' },
      payload: `token=${encodeURIComponent(token)}`,
    });
    expect(replay.statusCode).toBe(404);
    const rejectLater = await t.app.inject({
      method: 'POST',
      url: rejectUrl(item.id),
      headers: { host: shop.host, 'content-type': 'application/x-www-form-urlencoded' },
      payload: `token=${encodeURIComponent(rejectToken)}`,
    });
    expect(rejectLater.statusCode).toBe(404);
  });

  it('a browser without session and token is sent to log in and back; a forged token decides nothing', async () => {
    const { item } = await valuatedItem(shop, 'browser@example.com');
    const res = await sf(t, shop, 'GET', approveUrl(item.id), { headers: { accept: 'text/html' } });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe(`/login?next=${encodeURIComponent(approveUrl(item.id))}`);
    const forged = await sf(t, shop, 'GET', `${approveUrl(item.id)}?token=eyJrIjoidGRjIn0.bad`, { headers: { accept: 'text/html' } });
    expect(forged.statusCode).toBe(302);
    const forgedPost = await t.app.inject({
      method: 'POST',
      url: approveUrl(item.id),
      headers: { host: shop.host },
      payload: { token: 'eyJrIjoidGRjIn0.bad' },
    });
    expect(forgedPost.statusCode).toBe(404);
  });

  it('HEAD and browser prefetches never decide, even with the owner session', async () => {
    const { session, deviceId, item } = await valuatedItem(shop, 'prefetch@example.com');
    const head = await t.app.inject({ method: 'HEAD', url: approveUrl(item.id), headers: { host: shop.host, cookie: session.cookie } });
    expect(head.statusCode).toBe(404);
    const prefetches: Record<string, string>[] = [
      { 'sec-purpose': 'prefetch' },
      { 'sec-purpose': 'prefetch;prerender' },
      { purpose: 'prefetch' },
      { 'x-moz': 'prefetch' },
    ];
    for (const headers of prefetches) {
      const res = await sf(t, shop, 'GET', approveUrl(item.id), { session, headers });
      expect(res.statusCode).toBe(503);
    }
    expect(await fake.committedDecision(shop.tt.ctx, deviceId)).toBeNull();
    expect((await sf(t, shop, 'GET', approveUrl(item.id), { session })).statusCode).toBe(200);
  });

  it('a POST with only the session cookie (cross-site form) decides nothing', async () => {
    const { session, deviceId, item } = await valuatedItem(shop, 'csrf-decide@example.com');
    const res = await t.app.inject({ method: 'POST', url: approveUrl(item.id), headers: { host: shop.host, cookie: session.cookie } });
    expect(res.statusCode, res.body).toBe(404);
    expect(await fake.committedDecision(shop.tt.ctx, deviceId)).toBeNull();
  });
});

describe('backend notification', () => {
  let server: http.Server;
  let url = '';
  let failing = false;
  const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
  const secret = 'backend-secret-0123456789';

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.statusCode = failing ? 500 : 204;
        res.end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('asynchronous (default): queued with the decision, delivered signed with HMAC-SHA256', async () => {
    const s = await createShop(t, { settings: { development: { allowPrivateOutbound: true }, notifications: { backendUrl: url, backendSecret: secret } } });
    const { session, item } = await valuatedItem(s, 'async@example.com');
    received.length = 0;
    expect((await sf(t, s, 'GET', approveUrl(item.id), { session })).statusCode).toBe(200);
    expect(received).toHaveLength(0);
    await t.c.outbox.drain();
    expect(received).toHaveLength(1);
    const { headers, body } = received[0];
    expect(verifyBackendSignature(secret, String(headers['x-tradein-timestamp']), body, String(headers['x-tradein-signature']))).toBe(true);
    expect(verifyBackendSignature('wrong-secret-0123456789', String(headers['x-tradein-timestamp']), body, String(headers['x-tradein-signature']))).toBe(false);
    expect(JSON.parse(body)).toMatchObject({
      event: 'tradein.approved',
      data: { order_item: item.id, decision: 'approved', final_price_minor: 180_00, amount_due_minor: 70_00 },
    });
  });

  it('synchronous: a failing backend means no decision and the seed 404; a working one records it', async () => {
    const s = await createShop(t, {
      settings: { development: { allowPrivateOutbound: true }, notifications: { backendUrl: url, backendSecret: secret, backendMode: 'sync' } },
    });
    const { session, item, deviceId } = await valuatedItem(s, 'sync@example.com');
    failing = true;
    const res = await sf(t, s, 'GET', approveUrl(item.id), { session });
    expect(res.statusCode).toBe(404);
    expect(await fake.committedDecision(s.tt.ctx, deviceId)).toBeNull();
    expect((await emails(s, 'sync@example.com')).map((m) => m.template)).toEqual(['tradein.final_valuation']);
    const order = (await sf(t, s, 'GET', `/users/orders/${item.order}/`, { session })).json();
    expect(order.orderitem_set[0].attributes.tradein.review_status).toBeNull();
    // The amount the decision would leave due was rolled back with it.
    expect(order).toMatchObject({ discount_amount: '250.00', amount: '749.00', is_payable: false, extra_field: { amount_due: '0.00' } });
    expect(order.discountitem_set).toHaveLength(1);

    failing = false;
    received.length = 0;
    const ok = await sf(t, s, 'GET', approveUrl(item.id), { session });
    expect(ok.statusCode).toBe(200);
    expect(received).toHaveLength(1);
    expect(await fake.committedDecision(s.tt.ctx, deviceId)).toBe('approved');
  });
});
