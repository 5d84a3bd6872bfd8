import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import type { CliRuntime } from '../../src/cli/runtime.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { login, type Session } from '../helpers/factories.js';
import { createShop, customer, FakeTradeIns, sf, type Shop } from '../commerce/helpers.js';
import { startSmtp } from '../notifications/smtp-helper.js';

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let shop: Shop;
let fake: FakeTradeIns;
let quoteSeq = 0;

const SETTINGS = {
  commerce: {
    taxRate: '18.00',
    shippingOptions: [
      { pk: 232, slug: 'ARAS', name: 'Aras Kargo', amount: '8.50', shippingCompany: { value: 'aras', label: 'Aras Kargo' }, easyReturn: false },
      { pk: 7, slug: 'yurtici', name: 'Yurtiçi Kargo', amount: '0.00', shippingCompany: { value: 'yurtici', label: 'Yurtiçi Kargo' }, easyReturn: true },
    ],
    paymentOptions: [
      { pk: 69, slug: 'masterpass', name: 'Kredi Kartı İle Öde', paymentType: 'masterpass' },
      { pk: 18, slug: 'gswitch', name: 'Garanti Switch', paymentType: 'saved_card' },
    ],
  },
};

const address = {
  first_name: 'Test',
  last_name: 'Test',
  email: 'testtest@test.com',
  phone_number: '05555555555',
  country: 'TR',
  city: 'Adana',
  township: 'Seyhan',
  district: 'Kurtuluş',
  line: 'Test test test',
  title: 'Home',
  postcode: '61000',
};
const billing = {
  ...address,
  title: 'Office',
  line: 'Ofis sokak 1',
  district: 'KALDIRIM',
  company_name: 'Test AŞ',
  tax_office: 'Seyhan',
  tax_no: '1234567890',
  is_corporate: true,
};
const phone = { product_sku: 'IP15-128', product_name: 'iPhone 15 128GB', price: '11.87', quantity: 1 };

/** Free-form dictionaries of seed 002 (empty is a legitimate value there). */
const FREE_FORM = new Set([
  'attributes',
  'attributes_kwargs',
  'localized_attributes',
  'localized_attributes_kwargs',
  'extra_attributes',
  'price_extra_field',
  'stock_extra_field',
]);

/** Paths of every `{}` in an answer outside seed 002's free-form dictionaries. */
function emptyObjects(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => emptyObjects(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const entries = Object.entries(value);
  const key = path.split('.').pop()!;
  if (entries.length === 0) return FREE_FORM.has(key) ? [] : [path];
  return entries.flatMap(([k, v]) => emptyObjects(v, `${path}.${k}`));
}

function nextQuote(): string {
  quoteSeq++;
  return `00000000-0000-4000-9000-${String(quoteSeq).padStart(12, '0')}`;
}

async function admin() {
  return login(t, shop.tt.tenant.slug, shop.tt.admin.email, shop.tt.adminPassword);
}

async function fulfil(itemId: number, payload: Record<string, unknown>, session?: Session) {
  const s = session ?? (await admin());
  return t.app.inject({ method: 'POST', url: `/api/${shop.tt.tenant.slug}/admin/order-items/${itemId}/fulfilment`, headers: s.headers, payload });
}

/** A customer's order with a trade-in offered at 250.00 and valuated at 180.00 by the facility. */
async function valuatedOrder(email: string) {
  const session = await customer(t, shop, email);
  const q = nextQuote();
  fake.offers.set(q, 250_00);
  const res = await sf(t, shop, 'POST', '/orders/checkout/', {
    session,
    payload: {
      shipping_address: address,
      shipping_option: 'yurtici',
      language_code: 'en',
      items: [{ ...phone, price: '999.00', tradein: { price_quote_id: q, device_identifier: '355358080543351' } }],
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  const order = res.json();
  const item = order.orderitem_set[0];
  const val = await t.app.inject({
    method: 'POST',
    url: `/api/${shop.tt.tenant.slug}/admin/tradein-devices/${item.attributes.tradein.tradein_device_id}/final-valuation`,
    headers: (await admin()).headers,
    payload: { price: '180.00', grade: 'Fair', reason: 'Cracked back glass' },
  });
  expect(val.statusCode, val.body).toBe(200);
  await t.c.outbox.drain();
  return { session, order, item };
}

const mailsTo = (email: string) => smtp.mails.filter((m) => m.to.includes(email));

beforeAll(async () => {
  smtp = await startSmtp();
  t = await createTestApp({ env: { SMTP_URL: smtp.url, MAIL_FROM: 'Tradein <no-reply@mail.tradein.test>' } });
  fake = new FakeTradeIns();
  t.c.modules.commerce.setTradeIns(fake);
  shop = await createShop(t, { settings: SETTINGS });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

describe('checkout stores what an order needs; orders answer in the seed 002 nested shapes', () => {
  it('addresses, shipping and payment option, tax rate and language come back filled, in the detail and the list', async () => {
    const s = await customer(t, shop, 'nested@example.com');
    const res = await sf(t, shop, 'POST', '/orders/checkout/', {
      session: s,
      headers: { 'accept-language': 'tr' },
      payload: {
        shipping_address: address,
        billing_address: billing,
        shipping_option: 'ARAS',
        payment_option: 18,
        language_code: 'tr',
        items: [phone, { product_sku: 'BOOK', product_name: 'Kitap', price: '5.00', quantity: 2, tax_rate: '10' }],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json();
    const detail = await sf(t, shop, 'GET', `/users/orders/${created.id}/`, { session: s, headers: { 'accept-language': 'tr' } });
    expect(detail.statusCode).toBe(200);
    const o = detail.json();
    expect(o).toMatchObject({
      id: created.id,
      currency: { value: 'eur' },
      language_code: 'tr-tr',
      shipping_option_slug: 'ARAS',
      shipping_option: 232,
      shipping_company: { value: 'aras', label: 'Aras Kargo' },
      payment_option: { pk: 18, name: 'Garanti Switch', payment_type: 'saved_card', slug: 'gswitch' },
      payment_option_slug: 'gswitch',
      shipping_amount: '8.50',
      amount_without_discount: '30.37',
      amount: '30.37',
      is_payable: false,
      bank: null,
      user_email: 'nested@example.com',
    });
    expect(o.orderitem_set.map((i: { tax_rate: string }) => i.tax_rate)).toEqual(['18.00', '10.00']);
    const sa = o.shipping_address;
    expect(sa).toMatchObject({
      email: 'testtest@test.com',
      phone_number: '05555555555',
      first_name: 'Test',
      last_name: 'Test',
      country: { is_active: true, name: 'Türkiye', code: 'tr', translations: null },
      city: { is_active: true, name: 'Adana', translations: null, priority: null, postcode: null },
      township: { is_active: true, name: 'Seyhan', postcode: null },
      district: { is_active: true, name: 'Kurtuluş', postcode: null },
      line: 'Test test test',
      title: 'Home',
      postcode: '61000',
      notes: null,
      company_name: '',
      e_bill_taxpayer: false,
      address_type: 'customer',
      retail_store: null,
      is_corporate: false,
      primary: false,
      user: { email: 'nested@example.com', is_active: true, user_type: 'registered' },
    });
    expect(sa.hash_data).toMatch(/^[0-9a-f]{32}$/);
    expect(sa.city.country).toBe(sa.country.pk);
    expect(sa.township.city).toBe(sa.city.pk);
    expect(sa.district).toMatchObject({ city: sa.city.pk, township: sa.township.pk });
    expect(sa.user.pk).toBe(o.user);
    const ba = o.billing_address;
    expect(ba.pk).not.toBe(sa.pk);
    expect(ba).toMatchObject({ title: 'Office', company_name: 'Test AŞ', tax_no: '1234567890', is_corporate: true, district: { name: 'KALDIRIM' } });
    // Same city and township: the same places (one row per name).
    expect(ba.city.pk).toBe(sa.city.pk);
    expect(ba.township.pk).toBe(sa.township.pk);
    // Nothing the seed shows as an object is an empty object.
    expect(emptyObjects(o)).toEqual([]);

    const list = (await sf(t, shop, 'GET', '/users/orders/', { session: s })).json();
    expect(list.count).toBe(1);
    expect(list.results[0]).toMatchObject({ shipping_address: { pk: sa.pk, city: { name: 'Adana' } }, payment_option: { slug: 'gswitch' } });
    expect(emptyObjects(list)).toEqual([]);
  });

  it('defaults: the first options, billing = shipping, the tenant tax rate; an order without address says null', async () => {
    const s = await customer(t, shop, 'defaults@example.com');
    const withAddress = (await sf(t, shop, 'POST', '/orders/checkout/', { session: s, payload: { shipping_address: address, items: [phone] } })).json();
    expect(withAddress).toMatchObject({ shipping_option_slug: 'ARAS', payment_option: { slug: 'masterpass' }, language_code: 'en-us' });
    expect(withAddress.billing_address.pk).toBe(withAddress.shipping_address.pk);
    expect(withAddress.orderitem_set[0].tax_rate).toBe('18.00');
    // The same address again is the same pk; it can also be named by pk.
    const again = (await sf(t, shop, 'POST', '/orders/checkout/', { session: s, payload: { shipping_address: address, items: [phone] } })).json();
    expect(again.shipping_address.pk).toBe(withAddress.shipping_address.pk);
    const byPk = await sf(t, shop, 'POST', '/orders/checkout/', { session: s, payload: { shipping_address: withAddress.shipping_address.pk, items: [phone] } });
    expect(byPk.statusCode, byPk.body).toBe(201);
    expect(byPk.json().shipping_address).toMatchObject({ pk: withAddress.shipping_address.pk, city: { name: 'Adana' } });

    const none = (await sf(t, shop, 'POST', '/orders/checkout/', { session: s, payload: { items: [phone] } })).json();
    expect(none).toMatchObject({ shipping_address: null, billing_address: null, payment_option: { pk: 69 } });
    expect(emptyObjects(none)).toEqual([]);
  });

  it("refuses someone else's address, unknown options and a bad address with a coded 400 naming the field; nothing is created", async () => {
    const owner = await customer(t, shop, 'addr-owner@example.com');
    const pk = (await sf(t, shop, 'POST', '/orders/checkout/', { session: owner, payload: { shipping_address: address, items: [phone] } })).json()
      .shipping_address.pk;
    const s = await customer(t, shop, 'addr-thief@example.com');
    const foreign = await sf(t, shop, 'POST', '/orders/checkout/', { session: s, payload: { shipping_address: pk, items: [phone] } });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json()).toEqual({ shipping_address: `Address ${pk} is not one of your addresses.`, error_code: 'B300010' });
    const ship = await sf(t, shop, 'POST', '/orders/checkout/', { session: s, payload: { shipping_option: 'dhl', items: [phone] } });
    expect(ship.json()).toEqual({ shipping_option: 'Shipping option dhl is not offered.', error_code: 'B300008' });
    const pay = await sf(t, shop, 'POST', '/orders/checkout/', {
      session: s,
      headers: { 'accept-language': 'de' },
      payload: { payment_option: 99, items: [phone] },
    });
    expect(pay.json()).toEqual({ payment_option: 'Zahlungsoption 99 wird nicht angeboten.', error_code: 'B300009' });
    const bad = await sf(t, shop, 'POST', '/orders/checkout/', {
      session: s,
      payload: { shipping_address: { ...address, country: 'Turkey' }, items: [phone] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error_code).toBe('B000001');
    expect((await sf(t, shop, 'GET', '/users/orders/', { session: s })).json().count).toBe(0);
  });
});

describe('fulfilment, then a return with easy_return (seed 002)', () => {
  it('staff ship and deliver an item (HTTP and CLI); the customer returns it with a carrier pickup', async () => {
    const s = await customer(t, shop, 'returner@example.com');
    const order = (
      await sf(t, shop, 'POST', '/orders/checkout/', { session: s, payload: { shipping_address: address, items: [phone, { ...phone, product_sku: 'CASE' }] } })
    ).json();
    const [item, other] = order.orderitem_set;
    const reasons = (await sf(t, shop, 'GET', '/users/orders/cancellation_reasons/', { session: s })).json().results;
    const refundReason = reasons.find((r: { cancellation_type: string }) => r.cancellation_type === 'refund').id;
    const returnOf = (payload: Record<string, unknown>) =>
      sf(t, shop, 'POST', '/users/orders/cancellation_requests/', {
        session: s,
        payload: { order_item: item.id, reason: refundReason, cancellation_type: 'refund', ...payload },
      });

    // Not delivered yet: no return.
    expect((await returnOf({ pickup_address: order.shipping_address.pk })).json().error_code).toBe('B300002');
    // Only staff fulfil.
    expect((await fulfil(item.id, { status: 'shipped' }, s)).statusCode).toBe(403);
    const shipped = await fulfil(item.id, { status: 'shipped', tracking_number: 'TRK-1' });
    expect(shipped.statusCode, shipped.body).toBe(200);
    expect(shipped.json()).toEqual({ order_item: item.id, order_number: order.number, status: '500', order_status: '400', tracking_number: 'TRK-1' });
    expect((await fulfil(item.id, { status: 'shipped' })).json().code).toBe('B300012');

    // The CLI delivers.
    const lines: string[] = [];
    const rt: CliRuntime = {
      config: () => t.config,
      withContainer: (fn) => fn(t.c),
      withTenant: async (slug, fn) => fn(await t.c.tenantCtx(slug), t.c),
      out: (l) => lines.push(l),
    };
    await buildProgram(rt).parseAsync(['node', 'tradein', 'orders', 'fulfil', String(item.id), '--tenant', shop.tt.tenant.slug, '--status', 'delivered']);
    expect(lines).toEqual([`order item ${item.id} of order ${order.number}: status 550, order status 400`]);
    expect((await fulfil(other.id, { status: 'delivered' })).json()).toMatchObject({ status: '550', order_status: '550' });
    expect((await fulfil(item.id, { status: 'delivered' })).statusCode).toBe(409);
    expect((await fulfil(987654, { status: 'delivered' })).json().code).toBe('N300003');

    const delivered = (await sf(t, shop, 'GET', `/users/orders/${order.id}/`, { session: s })).json();
    expect(delivered).toMatchObject({ status: { value: '550', label: 'Delivered' }, is_refundable: true, tracking_number: 'TRK-1' });
    expect(delivered.orderitem_set[0]).toMatchObject({
      status: { value: '550' },
      is_refundable: true,
      tracking_number: 'TRK-1',
      shipping_company: { value: 'aras', label: 'Aras Kargo' },
      available_easy_return_shipping_companies: [{ pk: 7, shipping_company: { value: 'yurtici', label: 'Yurtiçi Kargo' }, name: 'Yurtiçi Kargo' }],
    });

    // The pickup address must be the customer's; the carrier one that picks up returns.
    const stranger = await customer(t, shop, 'stranger@example.com');
    const strangerAddress = (
      await sf(t, shop, 'POST', '/orders/checkout/', { session: stranger, payload: { shipping_address: billing, items: [phone] } })
    ).json().shipping_address.pk;
    expect((await returnOf({ pickup_address: strangerAddress })).json()).toMatchObject({ pickup_address: expect.any(String), error_code: 'B300010' });
    expect((await returnOf({ pickup_address: order.shipping_address.pk, shipping_company: 232 })).json()).toMatchObject({ error_code: 'B300011' });

    const pickupDate = { date: '2024-01-01', hour_range: { start: '09:00', end: '12:00' } };
    const ok = await returnOf({
      pickup_address: order.shipping_address.pk,
      shipping_company: 7,
      pickup_date: pickupDate,
      iban: 'TR330006100519786457841326',
      holder_name: 'John Doe',
      description: 'test',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const req = ok.json();
    expect(req).toMatchObject({
      cancellation_type: 'refund',
      status: { value: 'open', label: 'Open' },
      order_item: item.id,
      holder_name: 'John Doe',
      quantity: 1,
      easy_return: {
        status: { value: 'active', label: 'Active' },
        end_date: null,
        tracking_url: null,
        tracking_number: null,
        shipping_company: { value: 'yurtici', label: 'Yurtiçi Kargo' },
        pickup_date: pickupDate,
      },
    });
    expect(req.easy_return.code).toMatch(/^\d{8}$/);
    expect(Date.parse(req.easy_return.start_date)).not.toBeNaN();
    const listed = (await sf(t, shop, 'GET', '/users/orders/cancellation_requests/', { session: s })).json().results[0];
    expect(listed.easy_return).toEqual(req.easy_return);
  });

  it('twenty concurrent deliveries of one item: one 200, the others 409', async () => {
    const s = await customer(t, shop, 'race-fulfil@example.com');
    const order = (await sf(t, shop, 'POST', '/orders/checkout/', { session: s, payload: { items: [phone] } })).json();
    const staff = await admin();
    const results = await Promise.all(Array.from({ length: 20 }, () => fulfil(order.orderitem_set[0].id, { status: 'delivered' }, staff)));
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, ...Array(19).fill(409)]);
    const after = (await sf(t, shop, 'GET', `/users/orders/${order.id}/`, { session: s })).json();
    expect(after).toMatchObject({ status: { value: '550' }, orderitem_set: [{ status: { value: '550' } }] });
  });

  it('a cancelled item cannot be fulfilled', async () => {
    const s = await customer(t, shop, 'cancelled-fulfil@example.com');
    const order = (await sf(t, shop, 'POST', '/orders/checkout/', { session: s, payload: { items: [phone] } })).json();
    const reasons = (await sf(t, shop, 'GET', '/users/orders/cancellation_reasons/', { session: s })).json().results;
    const cancel = await sf(t, shop, 'POST', '/users/orders/cancellation_requests/', {
      session: s,
      payload: { order_item: order.orderitem_set[0].id, reason: reasons[0].id, cancellation_type: 'cancel' },
    });
    expect(cancel.statusCode, cancel.body).toBe(200);
    const res = await fulfil(order.orderitem_set[0].id, { status: 'shipped' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('B300012');
  });
});

describe('the final valuation decided (seeds 000/002)', () => {
  it('approve with Accept: application/json answers a JSON string; a lower value leaves the difference due on the order and in the email', async () => {
    const { session, order, item } = await valuatedOrder('lower@example.com');
    expect(order).toMatchObject({
      amount_without_discount: '999.00',
      discount_amount: '250.00',
      amount: '749.00',
      is_payable: false,
      extra_field: { amount_due: '0.00' },
    });
    const res = await sf(t, shop, 'GET', `/users/order_item/${item.id}/tradein_approved/`, { session, headers: { accept: 'application/json' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(res.body)).toBe('Your approval has been submitted.');

    const after = (await sf(t, shop, 'GET', `/users/orders/${order.id}/`, { session })).json();
    expect(after).toMatchObject({
      amount_without_discount: '999.00',
      discount_amount: '180.00',
      amount: '819.00',
      is_payable: true,
      extra_field: { amount_due: '70.00' },
    });
    expect(after.discountitem_set.map((d: { name: string; amount: string }) => [d.name, d.amount])).toEqual([
      ['Trade-in: Apple iPhone 13 128GB', '250.00'],
      ['Trade-in final value: Apple iPhone 13 128GB', '-70.00'],
    ]);
    expect(after.orderitem_set[0].attributes.tradein).toMatchObject({
      review_status: 'approved',
      final_price: '180.00',
      final_discount: '180.00',
      amount_due: '70.00',
      device_returned: false,
    });

    await t.c.outbox.drain();
    const mails = mailsTo('lower@example.com');
    expect(mails).toHaveLength(2);
    expect(mails[1].decoded).toContain('You approved the final value of €180.00');
    expect(mails[1].decoded).toContain(`so €70.00 is now due on order ${order.number}.`);
    // The valuation email said beforehand what each answer would cost.
    expect(mails[0].decoded).toContain(
      `If you approve, €70.00 will be due on order ${order.number}. If you reject, we send the device back and the whole trade-in discount of €250.00 will be due.`,
    );
  });

  it('a rejection sends the device back and leaves the whole trade-in discount due (order and email)', async () => {
    const { session, order, item } = await valuatedOrder('reject-due@example.com');
    const res = await sf(t, shop, 'GET', `/users/order_item/${item.id}/tradein_rejected/`, {
      session,
      headers: { accept: 'application/json', 'accept-language': 'tr' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toBe('Reddetme işleminiz gönderilmiştir.');
    expect(fake.devices.get(item.attributes.tradein.tradein_device_id)!.status).toBe('ReturnRequested');

    const after = (await sf(t, shop, 'GET', `/users/orders/${order.id}/`, { session })).json();
    expect(after).toMatchObject({ discount_amount: '0.00', amount: '999.00', is_payable: true, extra_field: { amount_due: '250.00' } });
    expect(after.discountitem_set.at(-1)).toMatchObject({ name: 'Trade-in returned: Apple iPhone 13 128GB', amount: '-250.00' });
    expect(after.orderitem_set[0].attributes.tradein).toMatchObject({
      review_status: 'rejected',
      final_discount: '0.00',
      amount_due: '250.00',
      device_returned: true,
    });

    await t.c.outbox.drain();
    const mails = mailsTo('reject-due@example.com');
    expect(mails).toHaveLength(2);
    expect(mails[1].decoded).toContain('We will send the device back to you.');
    expect(mails[1].decoded).toContain(`the whole trade-in discount of €250.00 is now due on order ${order.number}.`);
  });

  it('content negotiation: a browser gets HTML, text/plain gets text, and every refusal is the seed 404', async () => {
    const a = await valuatedOrder('negotiate-html@example.com');
    const html = await sf(t, shop, 'GET', `/users/order_item/${a.item.id}/tradein_approved/`, {
      session: a.session,
      headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
    });
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toMatch(/^text\/html/);
    expect(html.body).toContain('<h1>Your approval has been submitted.</h1>');
    const b = await valuatedOrder('negotiate-text@example.com');
    const text = await sf(t, shop, 'GET', `/users/order_item/${b.item.id}/tradein_approved/`, { session: b.session, headers: { accept: 'text/plain' } });
    expect(text.headers['content-type']).toMatch(/^text\/plain/);
    expect(text.body).toBe('Your approval has been submitted.');
    const again = await sf(t, shop, 'GET', `/users/order_item/${b.item.id}/tradein_approved/`, { session: b.session, headers: { accept: 'application/json' } });
    expect(again.statusCode).toBe(404);
    expect(again.json()).toEqual({ detail: 'Not found.' });
  });
});
