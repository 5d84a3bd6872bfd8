import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { imeiFromTac } from '../../src/modules/catalog/index.js';
import { registerCustomer } from '../helpers/factories.js';
import { createTestApp } from '../helpers/test-app.js';
import { startSmtp, type ReceivedMail } from '../notifications/smtp-helper.js';
import { answersWith, facilityHarness, type FacilityHarness } from './helpers.js';

// The shared machine is slow; one app (and one local SMTP server) for every case of this file.
vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

let h: FacilityHarness;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let host: string;
beforeAll(async () => {
  smtp = await startSmtp();
  const t = await createTestApp({ env: { SMTP_URL: smtp.url, MAIL_FROM: 'Tradein <no-reply@mail.tradein.test>' } });
  h = await facilityHarness({ t, settings: { facility: { requiredAngles: {} } } });
  host = `${h.tt.tenant.slug}.shop.test`;
  await t.c.modules.org.tenants.addHost(t.c.db, h.tt.tenant, host);
});
afterAll(async () => {
  await h.t.close();
  await smtp.close();
});

/** Receive, inspect with the first question answered worst (photo of the defect), value by the rules. */
async function inspectWorseAndValue(deviceId: number, imei: string) {
  expect(await h.t.c.modules.tradeins.transitionDevice(h.tt.ctx, deviceId, 'Shipped', { source: 'logistics' })).toBe(true);
  expect((await h.call('POST', h.adminUrl('/receive'), { codes: [imei] })).statusCode).toBe(200);
  const q = h.questions[0];
  const photo = await h.uploadPhoto('front');
  const insp = await h.call('POST', h.adminUrl(`/devices/${deviceId}/inspection`), {
    grading_form: { Answers: answersWith(h, { [q.Id]: 'last' }) },
    fmip_found: 'NotActivated',
    photos: [{ photo_id: photo, question_id: q.Id }],
  });
  expect(insp.statusCode, insp.body).toBe(200);
  const val = await h.call('POST', h.adminUrl(`/devices/${deviceId}/final-valuation`), {});
  expect(val.statusCode, val.body).toBe(200);
  return { photo, question: q, report: val.json().difference_report as { lines: { label: string; effect: string }[] } };
}

/** Delivers what the outbox holds (two rounds: commerce's handler queues the e-mail); the `n`th mail to `to`. */
async function deliver(to: string, n = 1): Promise<ReceivedMail> {
  await h.t.c.outbox.drain();
  await h.t.c.outbox.drain();
  const mine = smtp.mails.filter((m) => m.to.includes(to));
  expect(mine).toHaveLength(n);
  return mine[n - 1];
}

/** The HTML part of a received mail (decoded) and its text part. */
function parts(mail: ReceivedMail): { html: string; text: string } {
  const html = mail.decoded.match(/<!doctype html>[\s\S]*<\/html>/i)?.[0] ?? '';
  const text = mail.decoded.split(/Content-Type: text\/plain[^\n]*\n/i)[1]?.split(/\r?\n--/)[0] ?? '';
  return { html, text };
}

/** Opens a link of the e-mail against the app (links carry the configured public URL). */
async function open(url: string) {
  expect(url.startsWith(h.t.config.publicUrl)).toBe(true);
  return h.t.app.inject({ method: 'GET', url: url.slice(h.t.config.publicUrl.length) });
}

async function expectWorkingPhotoLinks(html: string, text: string, photo: string) {
  const links = [...html.matchAll(/href="([^"]+\/photos\/[^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
  expect(links).toHaveLength(1);
  expect(links[0]).toContain(photo);
  expect(text).toContain(links[0]);
  const img = await open(links[0]);
  expect(img.statusCode).toBe(200);
  expect(img.headers['content-type']).toBe('image/jpeg');
  expect(img.rawPayload.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
  // The link is signed: a tampered token opens nothing.
  expect((await open(links[0].replace(/devices\/([^/]+)/, (_m, tok: string) => `devices/${tok.slice(0, -2)}xx`))).statusCode).toBe(404);
}

describe('the final-valuation e-mail shows the difference report', () => {
  it('storefront order (seed 000/002): offered vs final, the changed answer in a table, working photo links, in the customer’s language', async () => {
    const s = await registerCustomer(h.t, h.tt.tenant.slug, 'kundin@example.com');
    const identifier = imeiFromTac(h.model.tac, '555001');
    const dd = await h.call('POST', '/api/v2/retail/duediligence/check', {
      ModelId: h.model.variantId,
      ItemIdentifier: identifier,
      FmipAttestation: 'NotActivated',
    });
    expect(dd.statusCode, dd.body).toBe(200);
    const quote = await h.call('POST', '/api/v2/retail/price-quote', {
      GradingForm: { Answers: answersWith(h), Extras: [], SystemExtras: [0] },
      ModelId: h.model.variantId,
      ItemIdentifier: identifier,
      CampaignId: 0,
    });
    expect(quote.statusCode, quote.body).toBe(200);
    const order = await h.t.app.inject({
      method: 'POST',
      url: '/orders/checkout/',
      headers: { host, ...s.headers },
      payload: {
        language_code: 'de',
        items: [
          {
            product_sku: 'IP15',
            product_name: 'iPhone 15',
            price: '999.00',
            quantity: 1,
            tradein: { price_quote_id: quote.json().PriceQuoteId, device_identifier: identifier },
          },
        ],
      },
    });
    expect(order.statusCode, order.body).toBe(201);
    const deviceId = order.json().orderitem_set[0].attributes.tradein.tradein_device_id as number;

    const { photo, report } = await inspectWorseAndValue(deviceId, identifier);
    expect(report.lines.length).toBeGreaterThan(0);
    const mail = await deliver('kundin@example.com');
    const { html, text } = parts(mail);
    // German (the order's language): headings of the table, offered vs final.
    expect(html).toContain('lang="de"');
    for (const heading of ['Frage', 'Ihre Angabe', 'Unser Befund', 'Preisauswirkung', 'Fotos']) expect(html).toContain(`>${heading}</th>`);
    expect(html).toContain('Angebotener Wert');
    expect(html).toContain('Endgültiger Wert');
    expect(text).toContain('Unser Befund');
    // The changed answer's row: its question (in German when the form has it) and its price effect.
    const row = html.match(/<tbody>([\s\S]*?)<\/tbody>/)?.[1] ?? '';
    expect(row.match(/<tr>/g)).toHaveLength(1);
    expect(row).toMatch(/−|-/);
    await expectWorkingPhotoLinks(html, text, photo);

    // The photo links' status page shows the evidence but leaves the decision to the order's links
    // (commerce keeps the order's amounts right): no forms, and a posted decision is refused.
    const statusUrl = [...html.matchAll(/href="([^"]+)\/photos\/[^"]+"/g)][0][1];
    const page = await h.t.app.inject({ method: 'GET', url: statusUrl.slice(h.t.config.publicUrl.length), headers: { 'accept-language': 'de' } });
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('<form');
    expect(page.body).toContain('Links in unserer E-Mail zur Bestellung');
    const posted = await h.t.app.inject({ method: 'POST', url: `${statusUrl.slice(h.t.config.publicUrl.length)}/decision`, payload: { decision: 'approved' } });
    expect(posted.statusCode).toBe(409);
    expect(posted.json().code).toBe('B400018');
    expect((await h.t.c.modules.tradeins.getDevice(h.tt.ctx, deviceId))!.status).toBe('Valuated');
    // Through the order's link: decided, and the status page says so.
    const itemId = order.json().orderitem_set[0].id as number;
    expect(
      (await h.t.app.inject({ method: 'GET', url: `/users/order_item/${itemId}/tradein_approved/`, headers: { host, cookie: s.cookie } })).statusCode,
    ).toBe(200);
    expect((await h.t.c.modules.tradeins.getDevice(h.tt.ctx, deviceId))!.status).toBe('Accepted');
    const after = await h.t.app.inject({ method: 'GET', url: statusUrl.slice(h.t.config.publicUrl.length), headers: { 'accept-language': 'de' } });
    expect(after.body).toContain('Ihre Entscheidung: angenommen');
  });

  it('a trade-in without an order: the facility’s own notice carries the same table and photo links', async () => {
    const d = await h.register();
    expect((await h.call('PUT', h.adminUrl(`/devices/${d.deviceId}/contact`), { email: 'musteri@example.com', locale: 'tr' })).statusCode).toBe(200);
    const { photo } = await inspectWorseAndValue(d.deviceId, d.imei);
    const mail = await deliver('musteri@example.com');
    const { html, text } = parts(mail);
    expect(html).toContain('lang="tr"');
    for (const heading of ['Soru', 'Sizin beyanınız', 'Bizim tespitimiz', 'Fiyat etkisi', 'Fotoğraflar']) expect(html).toContain(`>${heading}</th>`);
    expect(text).toContain('Bizim tespitimiz');
    expect(text).toContain('Kayıtlı fiyat');
    await expectWorkingPhotoLinks(html, text, photo);

    // An override is marked as set by hand, with its reason, above the same evidence.
    const override = await h.call('POST', h.adminUrl(`/devices/${d.deviceId}/final-valuation`), { override: { price: '1.00', reason: 'Kasa <çatlak>' } });
    expect(override.statusCode, override.body).toBe(200);
    const second = parts(await deliver('musteri@example.com', 2));
    expect(second.html).toContain('Personelimiz tarafından elle belirlendi: Kasa &lt;çatlak&gt;');
    expect(second.text).toContain('Personelimiz tarafından elle belirlendi: Kasa <çatlak>');
    expect(second.html).toContain('>Bizim tespitimiz</th>');
  });
  it('a customer who registered signed in (web app) gets the notice at their account’s address, with no contact or data field set', async () => {
    const s = await registerCustomer(h.t, h.tt.tenant.slug, 'web-kunde@example.com');
    const url = (p: string) => `/api/${h.tt.tenant.slug}${p}`;
    const imei = imeiFromTac(h.model.tac, '555002');
    const answers = answersWith(h);
    const quote = await h.t.app.inject({ method: 'POST', url: url('/price_quotes'), headers: s.headers, payload: { model_id: h.model.variantId, answers } });
    expect(quote.statusCode, quote.body).toBe(200);
    const check = await h.t.app.inject({
      method: 'POST',
      url: url('/due_diligence/checks'),
      headers: s.headers,
      payload: { model_id: h.model.variantId, item_identifier: imei, fmip_attestation: 'NotActivated' },
    });
    expect(check.statusCode, check.body).toBe(200);
    const reg = await h.t.app.inject({
      method: 'POST',
      url: url('/tradeins'),
      headers: s.headers,
      payload: { devices: [{ price_quote_id: quote.json().id, device_identifier: imei }] },
    });
    expect(reg.statusCode, reg.body).toBe(201);
    const deviceId = reg.json().devices[0].id as number;
    const { photo } = await inspectWorseAndValue(deviceId, imei);
    const { html, text } = parts(await deliver('web-kunde@example.com'));
    expect(html).toContain('lang="en"');
    expect(html).toContain('>We found</th>');
    await expectWorkingPhotoLinks(html, text, photo);
  });
});
