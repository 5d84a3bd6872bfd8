import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { createShop, customer, FakeTradeIns, QUOTE, sf, type Shop } from './helpers.js';

let t: TestApp;
let shop: Shop;
let fake: FakeTradeIns;

beforeAll(async () => {
  t = await createTestApp();
  fake = new FakeTradeIns();
  t.c.modules.commerce.setTradeIns(fake);
  shop = await createShop(t);
});
afterAll(() => t.close());

const phone = { product_sku: 'IP15-128', product_name: 'iPhone 15 128GB', price: '999.00', quantity: 1 };

describe('checkout and orders (seed 002)', () => {
  it('checkout without trade-in; the order lists for its owner only', async () => {
    const ayse = await customer(t, shop, 'ayse@example.com');
    const bob = await customer(t, shop, 'bob@example.com');
    const res = await sf(t, shop, 'POST', '/orders/checkout/', {
      session: ayse,
      payload: { items: [phone, { ...phone, product_sku: 'CASE', product_name: 'Case', price: 20, quantity: 2 }] },
    });
    expect(res.statusCode, res.body).toBe(201);
    const order = res.json();
    expect(order).toMatchObject({
      amount: '1039.00',
      amount_without_discount: '1039.00',
      discount_amount: '0.00',
      currency: { value: 'eur' },
      status: { value: '400', label: 'Approved' },
    });
    expect(order.orderitem_set).toHaveLength(2);
    expect(order.number).toMatch(/^\d{16}$/);

    const mine = await sf(t, shop, 'GET', '/users/orders/', { session: ayse });
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({ count: 1, next: null, previous: null });
    expect(mine.json().results[0].id).toBe(order.id);

    const theirs = await sf(t, shop, 'GET', '/users/orders/', { session: bob });
    expect(theirs.json()).toMatchObject({ count: 0, results: [] });
    expect((await sf(t, shop, 'GET', `/users/orders/${order.id}/`, { session: bob })).statusCode).toBe(404);
    const detail = await sf(t, shop, 'GET', `/users/orders/${order.id}/`, { session: ayse, headers: { 'accept-language': 'tr' } });
    expect(detail.statusCode).toBe(200);
    expect(detail.json().status.label).toBe('Onaylandı');
    const returnPage = await sf(t, shop, 'GET', `/users/orders/${order.id}/cancellation/`, { session: ayse });
    expect(returnPage.json().orderitem_set.map((i: { is_cancellable: boolean }) => i.is_cancellable)).toEqual([true, true]);
    expect((await sf(t, shop, 'GET', `/users/orders/${order.id}/cancellation/`, { session: bob })).statusCode).toBe(404);
    expect((await sf(t, shop, 'GET', '/users/orders/')).statusCode).toBe(401);
  });

  it('checkout needs x-csrftoken', async () => {
    const s = await customer(t, shop, 'csrf@example.com');
    const res = await t.app.inject({ method: 'POST', url: '/orders/checkout/', headers: { host: shop.host, cookie: s.cookie }, payload: { items: [phone] } });
    expect(res.statusCode).toBe(403);
  });

  it('a trade-in lowers the total by its value, with the inquiry data on the item', async () => {
    fake.offers.set(QUOTE, 250_00);
    const s = await customer(t, shop, 'trader@example.com');
    const res = await sf(t, shop, 'POST', '/orders/checkout/', {
      session: s,
      payload: { items: [{ ...phone, tradein: { price_quote_id: QUOTE, device_identifier: '355358080543351' } }] },
    });
    expect(res.statusCode, res.body).toBe(201);
    const order = res.json();
    expect(order).toMatchObject({ amount_without_discount: '999.00', discount_amount: '250.00', amount: '749.00' });
    expect(order.discountitem_set).toEqual([expect.objectContaining({ amount: '250.00', order_number: order.number })]);
    const ti = order.orderitem_set[0].attributes.tradein;
    expect(ti).toMatchObject({
      price_quote_id: QUOTE,
      device_identifier: '355358080543351',
      grade: 'Good',
      offered_price: '250.00',
      discount: '250.00',
      review_status: null,
    });
    expect(typeof ti.tradein_device_id).toBe('number');
  });

  it('a trade-in worth more than the order never takes the total below zero', async () => {
    const q = '0b9c470a-9502-45e9-9b86-fc0170da9388';
    fake.offers.set(q, 5000_00);
    const s = await customer(t, shop, 'rich@example.com');
    const res = await sf(t, shop, 'POST', '/orders/checkout/', {
      session: s,
      payload: { items: [{ ...phone, price: '100.00', tradein: { price_quote_id: q, device_identifier: '355358080543351' } }] },
    });
    expect(res.json()).toMatchObject({ amount: '0.00', discount_amount: '100.00' });
  });

  it('rejects a bad body with a coded 400 and creates nothing', async () => {
    const s = await customer(t, shop, 'bad@example.com');
    const res = await sf(t, shop, 'POST', '/orders/checkout/', { session: s, payload: { items: [{ ...phone, price: 'abc', quantity: 0 }] } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error_code).toBe('B000001');
    expect((await sf(t, shop, 'GET', '/users/orders/', { session: s })).json().count).toBe(0);
  });
});

describe('cancellations (seed 002)', () => {
  it('lists localized reasons', async () => {
    const s = await customer(t, shop, 'reasons@example.com');
    const res = await sf(t, shop, 'GET', '/users/orders/cancellation_reasons/', { session: s, headers: { 'accept-language': 'de' } });
    expect(res.statusCode).toBe(200);
    const reasons = res.json().results;
    expect(reasons.length).toBeGreaterThan(1);
    expect(reasons[0]).toMatchObject({ cancellation_type: 'cancel', subject: 'Ich habe es mir anders überlegt', is_active: true });
    expect(reasons[0].translations['en-us'].subject).toBe('I changed my mind');
  });

  it('cancelling an item with a trade-in cancels its device; errors have the seed shapes', async () => {
    const s = await customer(t, shop, 'cancel@example.com');
    const q = '1b9c470a-9502-45e9-9b86-fc0170da9388';
    fake.offers.set(q, 100_00);
    const order = (
      await sf(t, shop, 'POST', '/orders/checkout/', {
        session: s,
        payload: { items: [{ ...phone, quantity: 2, tradein: { price_quote_id: q, device_identifier: '355358080543351' } }] },
      })
    ).json();
    const item = order.orderitem_set[0];
    const reasons = (await sf(t, shop, 'GET', '/users/orders/cancellation_reasons/', { session: s })).json().results;
    const cancelReason = reasons.find((r: { cancellation_type: string }) => r.cancellation_type === 'cancel').id;
    const refundReason = reasons.find((r: { cancellation_type: string }) => r.cancellation_type === 'refund').id;

    const tooMany = await sf(t, shop, 'POST', '/users/orders/cancellation_requests/', {
      session: s,
      payload: { order_item: item.id, reason: cancelReason, cancellation_type: 'cancel', quantity: 3 },
    });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json()).toEqual({ quantity: 'Quantity can not be greater than order item quantity.' });

    const noPickup = await sf(t, shop, 'POST', '/users/orders/bulk_cancellation_requests/', {
      session: s,
      payload: { cancel_order_items: [{ order_item: item.id, reason: refundReason, cancellation_type: 'refund' }] },
    });
    expect(noPickup.statusCode).toBe(406);
    expect(noPickup.json()).toEqual({ non_field_errors: 'Pickup address is required.', error_code: 'cancellation_request_100_8' });

    const other = await customer(t, shop, 'other-cancel@example.com');
    const foreign = await sf(t, shop, 'POST', '/users/orders/bulk_cancellation_requests/', {
      session: other,
      payload: { cancel_order_items: [{ order_item: item.id, reason: cancelReason, cancellation_type: 'cancel' }] },
    });
    expect(foreign.statusCode).toBe(404);

    const ok = await sf(t, shop, 'POST', '/users/orders/bulk_cancellation_requests/', {
      session: s,
      payload: { cancel_order_items: [{ order_item: item.id, reason: cancelReason, cancellation_type: 'cancel' }] },
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()[0]).toMatchObject({ cancellation_type: 'cancel', reason: cancelReason, order_item: item.id, easy_return: null });
    expect(fake.devices.get(item.attributes.tradein.tradein_device_id)!.status).toBe('Cancelled');

    const after = (await sf(t, shop, 'GET', `/users/orders/${order.id}/`, { session: s })).json();
    expect(after).toMatchObject({ is_cancelled: true, status: { value: '100' }, refund_amount: '1898.00' });
    expect(after.orderitem_set[0]).toMatchObject({ is_cancelled: true, is_cancellable: false });

    const again = await sf(t, shop, 'POST', '/users/orders/cancellation_requests/', {
      session: s,
      payload: { order_item: item.id, reason: cancelReason, cancellation_type: 'cancel' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error_code).toBe('B300002');

    const list = await sf(t, shop, 'GET', '/users/orders/cancellation_requests/', { session: s });
    expect(list.json().count).toBe(1);
    expect((await sf(t, shop, 'GET', '/users/orders/cancellation_requests/', { session: other })).json().count).toBe(0);
  });

  it('a single request cancels part of an item', async () => {
    const s = await customer(t, shop, 'partial@example.com');
    const order = (await sf(t, shop, 'POST', '/orders/checkout/', { session: s, payload: { items: [{ ...phone, price: '10.00', quantity: 3 }] } })).json();
    const reasons = (await sf(t, shop, 'GET', '/users/orders/cancellation_reasons/', { session: s })).json().results;
    const res = await sf(t, shop, 'POST', '/users/orders/cancellation_requests/', {
      session: s,
      payload: { order_item: order.orderitem_set[0].id, reason: reasons[0].id, cancellation_type: 'cancel', quantity: 1 },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ quantity: 1, status: { value: 'completed' } });
    const after = (await sf(t, shop, 'GET', `/users/orders/${order.id}/`, { session: s })).json();
    expect(after).toMatchObject({ is_cancelled: false, refund_amount: '10.00' });
  });
});
