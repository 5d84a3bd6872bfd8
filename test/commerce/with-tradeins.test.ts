import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock/index.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { login } from '../helpers/factories.js';
import { harness, type Harness } from '../tradeins/helpers.js';
import { customer, sf, type Shop } from './helpers.js';

// Commerce over the real trade-in core (pricing, diligence, campaigns and data fields are the
// trade-in tests' doubles). The clock runs a little ahead of the database: the trade-in core
// enqueues with the database's now(), the dispatcher compares with the clock.
let t: TestApp;
let h: Harness;
let shop: Shop;

beforeAll(async () => {
  t = await createTestApp({ clock: new ManualClock(new Date(Date.now() + 5 * 60_000)) });
  h = await harness({ t });
  const host = `${h.tt.tenant.slug}.shop.test`;
  await t.c.modules.org.tenants.addHost(t.c.db, h.tt.tenant, host);
  shop = { tt: h.tt, host, cookieName: 'sessionid' };
});
afterAll(() => t.close());

const phone = { product_sku: 'IP15', product_name: 'iPhone 15', price: '999.00', quantity: 1 };

describe('checkout with the real trade-in core', () => {
  it('registers the device (source order), lowers the total, and a used quote is refused with nothing created', async () => {
    const s = await customer(t, shop, 'real@example.com');
    const q = h.quote();
    const res = await sf(t, shop, 'POST', '/orders/checkout/', {
      session: s,
      payload: { items: [{ ...phone, tradein: { price_quote_id: q.id, device_identifier: q.identifier } }] },
    });
    expect(res.statusCode, res.body).toBe(201);
    const order = res.json();
    expect(order).toMatchObject({ amount: '765.00', discount_amount: '234.00' });
    const ti = order.orderitem_set[0].attributes.tradein;
    expect(ti).toMatchObject({ price_quote_id: q.id, device_identifier: q.identifier, grade: 'Working', offered_price: '234.00' });
    const device = await t.c.modules.tradeins.getDevice(h.tt.ctx, ti.tradein_device_id);
    expect(device).toMatchObject({ status: 'Registered', offeredPriceMinor: 23400 });

    const again = await sf(t, shop, 'POST', '/orders/checkout/', {
      session: s,
      payload: { items: [{ ...phone, tradein: { price_quote_id: q.id, device_identifier: q.identifier } }] },
    });
    expect(again.statusCode).toBeGreaterThanOrEqual(400);
    expect(again.statusCode).toBeLessThan(500);
    expect((await sf(t, shop, 'GET', '/users/orders/', { session: s })).json().count).toBe(1);
  });

  it('final valuation → email → approve: the device is Accepted; a cancelled item cancels its device', async () => {
    const s = await customer(t, shop, 'real2@example.com');
    const q = h.quote();
    const order = (
      await sf(t, shop, 'POST', '/orders/checkout/', {
        session: s,
        payload: { items: [{ ...phone, tradein: { price_quote_id: q.id, device_identifier: q.identifier } }] },
      })
    ).json();
    const item = order.orderitem_set[0];
    const deviceId = item.attributes.tradein.tradein_device_id;
    const admin = await login(t, h.tt.tenant.slug, h.tt.admin.email, h.tt.adminPassword);
    const val = await t.app.inject({
      method: 'POST',
      url: `/api/${h.tt.tenant.slug}/admin/tradein-devices/${deviceId}/final-valuation`,
      headers: admin.headers,
      payload: { price: '150.00', grade: 'Fair', reason: 'Battery worn' },
    });
    expect(val.statusCode, val.body).toBe(200);
    expect(val.json()).toMatchObject({ status: 'Valuated', changed: true, final_price: '150.00' });
    await t.c.outbox.drain();
    const mails = await t.app.inject({ method: 'GET', url: `/api/${h.tt.tenant.slug}/admin/emails?to=real2@example.com`, headers: { cookie: admin.cookie } });
    expect(mails.json().results.map((m: { template: string }) => m.template)).toEqual(['tradein.final_valuation']);
    expect((await sf(t, shop, 'GET', `/users/order_item/${item.id}/tradein_approved/`, { session: s })).statusCode).toBe(200);
    expect((await t.c.modules.tradeins.getDevice(h.tt.ctx, deviceId))!.status).toBe('Accepted');

    const q2 = h.quote();
    const order2 = (
      await sf(t, shop, 'POST', '/orders/checkout/', {
        session: s,
        payload: { items: [{ ...phone, tradein: { price_quote_id: q2.id, device_identifier: q2.identifier } }] },
      })
    ).json();
    const reasons = (await sf(t, shop, 'GET', '/users/orders/cancellation_reasons/', { session: s })).json().results;
    const cancel = await sf(t, shop, 'POST', '/users/orders/cancellation_requests/', {
      session: s,
      payload: { order_item: order2.orderitem_set[0].id, reason: reasons[0].id, cancellation_type: 'cancel' },
    });
    expect(cancel.statusCode, cancel.body).toBe(200);
    expect((await t.c.modules.tradeins.getDevice(h.tt.ctx, order2.orderitem_set[0].attributes.tradein.tradein_device_id))!.status).toBe('Cancelled');
  });

  it('an item whose old device already shipped cannot be cancelled; nothing changes', async () => {
    const s = await customer(t, shop, 'shipped@example.com');
    const q = h.quote();
    const order = (
      await sf(t, shop, 'POST', '/orders/checkout/', {
        session: s,
        payload: { items: [{ ...phone, tradein: { price_quote_id: q.id, device_identifier: q.identifier } }] },
      })
    ).json();
    const item = order.orderitem_set[0];
    expect(await t.c.modules.tradeins.transitionDevice(h.tt.ctx, item.attributes.tradein.tradein_device_id, 'Shipped')).toBe(true);
    const reasons = (await sf(t, shop, 'GET', '/users/orders/cancellation_reasons/', { session: s })).json().results;
    const res = await sf(t, shop, 'POST', '/users/orders/cancellation_requests/', {
      session: s,
      payload: { order_item: item.id, reason: reasons[0].id, cancellation_type: 'cancel' },
    });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(res.json().error_code).toBe('B090001');
    const after = (await sf(t, shop, 'GET', `/users/orders/${order.id}/`, { session: s })).json();
    expect(after).toMatchObject({ is_cancelled: false, refund_amount: '0.00' });
    expect((await sf(t, shop, 'GET', '/users/orders/cancellation_requests/', { session: s })).json().count).toBe(0);
  });
});
