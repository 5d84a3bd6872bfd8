import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { createShop, customer, oldOrder, sf, type Shop } from './helpers.js';

let t: TestApp;
let shop: Shop;

beforeAll(async () => {
  t = await createTestApp();
  shop = await createShop(t);
});
afterAll(() => t.close());

describe('old orders (seed 002)', () => {
  it('imports idempotently and lists them for their owner only, in the seed shape', async () => {
    const s = await customer(t, shop, 'old@example.com');
    const other = await customer(t, shop, 'new@example.com');
    const { commerce } = t.c.modules;
    expect(await commerce.importOldOrders(shop.tt.ctx, [oldOrder('12345', 'OLD@example.com'), oldOrder('12346', 'old@example.com')])).toEqual({
      created: 2,
      updated: 0,
    });
    expect(await commerce.importOldOrders(shop.tt.ctx, { results: [oldOrder('12345', 'old@example.com')] })).toEqual({ created: 0, updated: 1 });

    const list = await sf(t, shop, 'GET', '/users/old-orders/?limit=1', { session: s });
    expect(list.statusCode).toBe(200);
    const body = list.json();
    expect(body.count).toBe(2);
    expect(body.next).toMatch(/\/users\/old-orders\/\?page=2&limit=1$/);
    expect(body.previous).toBeNull();
    const first = body.results[0];
    expect(Object.keys(first).sort()).toEqual(
      [
        'amount',
        'bank',
        'billing_address',
        'created_date',
        'currency',
        'discount_amount',
        'extra_field',
        'id',
        'installment_count',
        'number',
        'oldorderitem_set',
        'payment_type',
        'shipping_address',
        'shipping_company',
        'status',
        'tracking_number',
        'user',
        'user_email',
      ].sort(),
    );
    expect(first).toMatchObject({
      currency: { value: 'try', label: 'TL' },
      amount: '10.00',
      discount_amount: '8.00',
      status: 'pasive',
      user_email: 'old@example.com',
    });

    const one = await sf(t, shop, 'GET', `/users/old-orders/${first.id}/`, { session: s });
    expect(one.json().number).toBe(first.number);
    expect((await sf(t, shop, 'GET', `/users/old-orders/${first.id}/`, { session: other })).statusCode).toBe(404);
    expect((await sf(t, shop, 'GET', '/users/old-orders/', { session: other })).json().count).toBe(0);
  });

  it('refuses unknown customers and bad rows, importing nothing', async () => {
    const { commerce } = t.c.modules;
    await expect(commerce.importOldOrders(shop.tt.ctx, [oldOrder('A1', 'old@example.com'), oldOrder('A2', 'nobody@example.com')])).rejects.toMatchObject({
      code: 'B300007',
    });
    await expect(commerce.importOldOrders(shop.tt.ctx, [{ ...oldOrder('A3', 'old@example.com'), amount: 'ten' }])).rejects.toThrow();
    const rows = await t.c.db.query(`SELECT 1 FROM commerce_old_orders WHERE tenant_id = $1 AND number LIKE 'A%'`, [shop.tt.tenant.id]);
    expect(rows).toHaveLength(0);
  });
});
