import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../src/platform/context.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { login } from '../helpers/factories.js';
import { createShop, customer, FakeTradeIns, QUOTE, sf, type Shop } from '../commerce/helpers.js';
import { startSmtp } from './smtp-helper.js';

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let shop: Shop;
let fake: FakeTradeIns;

beforeAll(async () => {
  smtp = await startSmtp();
  t = await createTestApp({ env: { SMTP_URL: smtp.url, MAIL_FROM: 'Tradein <no-reply@mail.tradein.test>' } });
  fake = new FakeTradeIns();
  t.c.modules.commerce.setTradeIns(fake);
  shop = await createShop(t);
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

describe('email delivery over SMTP', () => {
  it('delivers a localized HTML + text email with the tenant name and an outbox-derived Message-ID, once', async () => {
    const { notifications } = t.c.modules;
    const id = await withTransaction(shop.tt.ctx, (tx) =>
      notifications.enqueueEmail(tx, {
        to: 'kunde@example.com',
        template: 'tradein.approved',
        locale: 'de',
        dedupeKey: `smtp-test:${shop.tt.tenant.id}`,
        data: {
          tenantName: shop.tt.tenant.name,
          customerName: 'Karl Kunde',
          orderNumber: '1234',
          productName: 'iPhone 13',
          offered: '100,00 €',
          final: '80,00 €',
        },
      }),
    );
    await t.c.outbox.drain();
    const mine = smtp.mails.filter((m) => m.to.includes('kunde@example.com'));
    expect(mine).toHaveLength(1);
    const m = mine[0];
    expect(m.messageId).toBe(`<tradein-${shop.tt.tenant.id}-${id}@mail.tradein.test>`);
    expect(m.raw).toMatch(/^From: Test Programme <no-reply@mail\.tradein\.test>/m);
    expect(m.raw).toMatch(/multipart\/alternative/);
    expect(m.raw).toMatch(/Content-Type: text\/plain/);
    expect(m.raw).toMatch(/Content-Type: text\/html/);
    expect(m.decoded).toContain('Sie haben den endgültigen Wert von 80,00 € für Ihr iPhone 13 angenommen.');
    expect(m.decoded).toContain('<html lang="de">');

    // Redelivering the same outbox message (worker died before marking it) sends nothing new.
    const [row] = await t.c.db.query<{ id: number; tenant_id: number; topic: string; payload: Record<string, unknown> }>(
      `SELECT id::int AS id, tenant_id, topic, payload FROM outbox_messages WHERE id = $1`,
      [id],
    );
    await notifications.deliverEmail({
      id: row.id,
      tenantId: row.tenant_id,
      topic: row.topic,
      payload: row.payload,
      dedupeKey: null,
      attempts: 2,
      status: 'pending',
      createdAt: new Date(),
    });
    expect(smtp.mails.filter((x) => x.to.includes('kunde@example.com'))).toHaveLength(1);

    const admin = await login(t, shop.tt.tenant.slug, shop.tt.admin.email, shop.tt.adminPassword);
    const list = await t.app.inject({ method: 'GET', url: `/api/${shop.tt.tenant.slug}/admin/emails?to=kunde@example.com`, headers: { cookie: admin.cookie } });
    expect(list.json()).toMatchObject({ count: 1, smtp_configured: true, results: [{ status: 'delivered', template: 'tradein.approved', locale: 'de' }] });
  });

  it('final valuation → one email with both links on the server → approve → 200 and a confirmation email', async () => {
    fake.offers.set(QUOTE, 300_00);
    const session = await customer(t, shop, 'flow@example.com');
    const order = (
      await sf(t, shop, 'POST', '/orders/checkout/', {
        session,
        payload: {
          items: [
            {
              product_sku: 'S24',
              product_name: 'Galaxy S24',
              price: '899.00',
              quantity: 1,
              tradein: { price_quote_id: QUOTE, device_identifier: '355358080543351' },
            },
          ],
        },
      })
    ).json();
    const item = order.orderitem_set[0];
    const admin = await login(t, shop.tt.tenant.slug, shop.tt.admin.email, shop.tt.adminPassword);
    const val = await t.app.inject({
      method: 'POST',
      url: `/api/${shop.tt.tenant.slug}/admin/tradein-devices/${item.attributes.tradein.tradein_device_id}/final-valuation`,
      headers: admin.headers,
      payload: { price: '210.00', grade: 'Fair', reason: 'Screen scratches' },
    });
    expect(val.statusCode).toBe(200);
    await t.c.outbox.drain();
    const first = smtp.mails.filter((m) => m.to.includes('flow@example.com'));
    expect(first).toHaveLength(1);
    expect(first[0].decoded).toContain('€300.00');
    expect(first[0].decoded).toContain('€210.00');
    expect(first[0].decoded).toContain('Screen scratches');
    const approve = first[0].decoded.match(/http:\/\/tradein\.test\/users\/order_item\/\d+\/tradein_approved\/\?token=[\w.%-]+/)![0];
    expect(first[0].decoded).toMatch(/http:\/\/tradein\.test\/users\/order_item\/\d+\/tradein_rejected\/\?token=/);

    const ok = await sf(t, shop, 'GET', new URL(approve).pathname, { session });
    expect(ok.statusCode).toBe(200);
    await t.c.outbox.drain();
    const all = smtp.mails.filter((m) => m.to.includes('flow@example.com'));
    expect(all).toHaveLength(2);
    expect(all[1].decoded).toContain('You approved the final value of €210.00');
    expect((await sf(t, shop, 'GET', new URL(approve).pathname, { session })).statusCode).toBe(404);
  });
});
