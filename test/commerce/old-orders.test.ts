import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { testDbKind } from '../helpers/test-db.js';
import { createShop, customer, sf, type Shop } from './helpers.js';

let t: TestApp;
let shop: Shop;

const oldOrder = (number: string, email: string) => ({
  number,
  user_email: email,
  currency: 'TRY',
  status: 'pasive',
  created_date: '2023-01-16T19:35:12.330019Z',
  amount: '10.00',
  discount_amount: '8.00',
  payment_type: 'credit card',
  bank: 'garanti',
  installment_count: 3,
  tracking_number: 'testtrack123',
  shipping_address: 'dene adress',
  billing_address: 'deneme address',
  items: [{ sku: 'X1', name: 'Old phone', quantity: 1, price: '10.00' }],
});

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

describe.runIf(testDbKind() === 'pglite')('tradein orders import-old (CLI process)', () => {
  it('imports a JSON file for a tenant; an unknown customer is refused in one coded line', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tradein-oldorders-'));
    try {
      fs.cpSync(inject('pgliteTemplate'), dataDir, { recursive: true });
      const env = { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' };
      const cli = (args: string[]) => spawnSync(process.execPath, [path.resolve('bin/tradein.js'), ...args], { env, encoding: 'utf8', timeout: 60_000 });
      expect(cli(['tenant', 'create', 'oldshop', '--name', 'Old Shop', '--currency', 'TRY']).status).toBe(0);
      const file = path.join(dataDir, 'old.json');
      // An unknown customer: refused with the code, nothing imported (the tenant has no users yet).
      fs.writeFileSync(file, JSON.stringify([oldOrder('9001', 'old@example.com')]));
      const bad = cli(['orders', 'import-old', file, '--tenant', 'oldshop']);
      expect(bad.status).not.toBe(0);
      expect(bad.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^tradein: B300007: Old order 9001: no user with email old@example.com/)]);
      expect(cli(['user', 'create', '--tenant', 'oldshop', '--email', 'old@example.com', '--role', 'customer', '--password', 'long-enough-1']).status).toBe(0);
      const ok = cli(['orders', 'import-old', file, '--tenant', 'oldshop']);
      expect(ok.status, ok.stderr).toBe(0);
      expect(ok.stdout).toContain('old orders imported: 1 created, 0 updated');
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
