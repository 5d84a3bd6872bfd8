import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import type { Session } from '../helpers/factories.js';
import { customer, multipart, phoneJpeg, portal, requiredPhotos, uploadPhoto, type Portal } from './helpers.js';

let t: TestApp;
let p: Portal;
let api: string;

beforeAll(async () => {
  t = await createTestApp();
  p = await portal(t, 300);
  api = `/api/${p.slug}`;
});
afterAll(() => t.close());

const call = (method: 'GET' | 'POST' | 'PUT', url: string, s: Session, payload?: object) =>
  t.app.inject({ method, url: `${api}${url}`, headers: s.headers, ...(payload ? { payload } : {}) });

async function draft(c: Session, serial: string, withPhotos = true) {
  const photos = withPhotos ? await requiredPhotos(t, p.slug, c) : [];
  const res = await call('POST', '/submissions', c, { product_id: `prod_${p.variantId}`, serial_number: serial, condition: 'good', photos });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string };
}

async function offered(c: Session, serial: string) {
  const sub = await draft(c, serial);
  expect((await call('POST', `/submissions/${sub.id}`, c)).statusCode).toBe(200);
  const offer = (await call('POST', '/offers', p.admin, { submission_id: sub.id })).json();
  return { sub, offer };
}

const expect409 = (res: { statusCode: number; json: () => { code: string; params: { status: string } } }, status: string) => {
  expect(res.statusCode).toBe(409);
  expect(res.json()).toMatchObject({ code: 'B410001', params: { status } });
};

describe('the status flow is enforced by actor and status', () => {
  it('refuses every move out of order with 409 and the current status', async () => {
    const c = await customer(t, p);
    const sub = await draft(c, 'SN-ORDER-1');
    // draft: no offer, no shipping, no receiving, no inspection.
    expect409(await call('POST', '/offers', p.admin, { submission_id: sub.id, amount: 10 }), 'draft');
    expect409(await call('POST', `/submissions/${sub.id}/ship`, p.admin, {}), 'draft');
    expect409(await call('POST', `/submissions/${sub.id}/receive`, p.admin, {}), 'draft');
    expect409(await call('POST', `/submissions/${sub.id}/inspect`, p.admin, { action: 'start' }), 'draft');
    expect((await call('POST', `/submissions/${sub.id}`, c)).json().status).toBe('submitted');
    // submitted: not again, not editable, not shippable.
    expect409(await call('POST', `/submissions/${sub.id}`, c), 'submitted');
    expect409(await call('PUT', `/submissions/${sub.id}`, c, { description: 'x' }), 'submitted');
    expect409(await call('POST', `/submissions/${sub.id}/ship`, p.admin, { action: 'kit' }), 'submitted');
    const offer = (await call('POST', '/offers', p.admin, { submission_id: sub.id })).json();
    // offered: staff cannot answer for the customer; no receiving before acceptance.
    expect((await call('POST', `/offers/${offer.id}`, p.admin, { action: 'accept' })).statusCode).toBe(404);
    expect409(await call('POST', `/submissions/${sub.id}/receive`, p.admin, {}), 'offered');
    expect((await call('POST', `/offers/${offer.id}`, c, { action: 'accept' })).statusCode).toBe(200);
    // accepted: not offered again, not inspected before receipt, the offer is answered.
    expect409(await call('POST', '/offers', p.admin, { submission_id: sub.id, amount: 1 }), 'accepted');
    expect409(await call('POST', `/submissions/${sub.id}/inspect`, p.admin, { action: 'complete' }), 'accepted');
    expect((await call('POST', `/offers/${offer.id}`, c, { action: 'decline' })).json()).toMatchObject({ code: 'B410004', params: { status: 'accepted' } });
    expect((await call('POST', `/submissions/${sub.id}/ship`, p.admin, {})).json().status).toBe('shipped');
    expect409(await call('POST', `/submissions/${sub.id}/ship`, p.admin, { action: 'shipped' }), 'shipped');
    expect((await call('POST', `/submissions/${sub.id}/receive`, p.admin, {})).json().status).toBe('received');
    expect409(await call('POST', `/submissions/${sub.id}/receive`, p.admin, {}), 'received');
    expect((await call('POST', `/submissions/${sub.id}/inspect`, p.admin, { action: 'reject', notes: 'Not the declared model' })).json()).toMatchObject({
      status: 'declined',
      declined_by: 'staff',
    });
    expect409(await call('POST', `/submissions/${sub.id}/inspect`, p.admin, { action: 'complete' }), 'declined');
  });

  it('customers cannot act as staff, staff cannot submit for the customer', async () => {
    const c = await customer(t, p);
    const { sub, offer } = await offered(c, 'SN-ROLE-1');
    expect((await call('POST', '/offers', c, { submission_id: sub.id, amount: 999 })).statusCode).toBe(403);
    for (const action of ['ship', 'receive']) expect((await call('POST', `/submissions/${sub.id}/${action}`, c, {})).statusCode).toBe(403);
    expect((await call('POST', `/submissions/${sub.id}/inspect`, c, { action: 'start' })).statusCode).toBe(403);
    expect((await call('GET', '/admin/stats', c)).statusCode).toBe(403);
    expect((await call('GET', '/admin/customers', c)).statusCode).toBe(403);
    const other = await draft(c, 'SN-ROLE-2');
    expect409(await call('POST', `/submissions/${other.id}`, p.admin), 'draft');
    const declined = await call('POST', `/offers/${offer.id}`, c, { action: 'decline', reason: 'Changed my mind' });
    expect(declined.json().submission).toMatchObject({ status: 'declined', declined_by: 'customer', decline_reason: 'Changed my mind' });
    expect409(await call('POST', '/offers', p.admin, { submission_id: sub.id, amount: 1 }), 'declined');
  });

  it('two requests cannot both move one submission', async () => {
    const c = await customer(t, p);
    const { offer } = await offered(c, 'SN-RACE-1');
    const [a, b] = await Promise.all([
      call('POST', `/offers/${offer.id}`, c, { action: 'accept' }),
      call('POST', `/offers/${offer.id}`, c, { action: 'decline' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const c2 = await customer(t, p);
    const sub = await draft(c2, 'SN-RACE-2');
    const [s1, s2] = await Promise.all([call('POST', `/submissions/${sub.id}`, c2), call('POST', `/submissions/${sub.id}`, c2)]);
    expect([s1.statusCode, s2.statusCode].sort()).toEqual([200, 409]);
    const events = await t.c.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM submission_events e JOIN submissions s ON s.id = e.submission_id WHERE s.public_id = $1 AND e.status = 'submitted'`,
      [sub.id],
    );
    expect(events[0].n).toBe(1);
  });
});

describe('photos', () => {
  it('submitting without the required angles names the missing ones; the tenant setting decides', async () => {
    const c = await customer(t, p);
    const [front] = await requiredPhotos(t, p.slug, c, ['front']);
    const sub = (await call('POST', '/submissions', c, { product_id: p.variantId, serial_number: 'SN-ANGLE-1', condition: 'fair', photos: [front] })).json();
    const res = await call('POST', `/submissions/${sub.id}`, c);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'B410002', params: { angles: 'back, screen_on' } });
    const s = await t.app.inject({
      method: 'PATCH',
      url: `${api}/admin/settings`,
      headers: p.admin.headers,
      payload: { settings: { submissions: { requiredAngles: { mobiles: ['front'] } } } },
    });
    expect(s.statusCode, s.body).toBe(200);
    expect((await call('POST', `/submissions/${sub.id}`, c)).json().status).toBe('submitted');
    await t.app.inject({ method: 'PATCH', url: `${api}/admin/settings`, headers: p.admin.headers, payload: { settings: { submissions: {} } } });
  });

  it('refuses fake images, oversize files and bad angles', async () => {
    const c = await customer(t, p);
    const fake = await uploadPhoto(t, p.slug, c, 'front', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'));
    expect(fake.statusCode).toBe(400);
    expect(fake.json().code).toBe('B450001');
    const renamed = await uploadPhoto(t, p.slug, c, 'front', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(4000, 7)]));
    expect(renamed.json().code).toBe('B450001');
    const big = await uploadPhoto(t, p.slug, c, 'front', Buffer.concat([await phoneJpeg(), Buffer.alloc(21 * 1024 * 1024)]));
    expect(big.statusCode).toBe(400);
    expect(big.json().code).toBe('B450002');
    const tiny = await uploadPhoto(
      t,
      p.slug,
      c,
      'front',
      await sharp({ create: { width: 20, height: 20, channels: 3, background: '#000' } })
        .jpeg()
        .toBuffer(),
    );
    expect(tiny.json().code).toBe('B450003');
    const badAngle = await uploadPhoto(t, p.slug, c, 'Front Side!');
    expect(badAngle.json().code).toBe('B450004');
    const noFile = await t.app.inject({ method: 'POST', url: `${api}/photos`, headers: c.headers, payload: {} });
    expect(noFile.statusCode).toBe(400);
  });

  it('uploads to a draft with submission_id; angle from the query string', async () => {
    const c = await customer(t, p);
    const sub = await draft(c, 'SN-DIRECT-1', false);
    const body = multipart(await phoneJpeg(), { submission_id: sub.id });
    const res = await t.app.inject({ method: 'POST', url: `${api}/photos?angle=left`, headers: { ...c.headers, ...body.headers }, payload: body.payload });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ angle: 'left', content_type: 'image/jpeg' });
    expect((await call('GET', `/submissions/${sub.id}`, c)).json().photos.map((x: { id: string }) => x.id)).toEqual([res.json().id]);
  });
});

describe('per-owner access', () => {
  it('another customer’s submission, offer and photo answer 404; staff see them', async () => {
    const owner = await customer(t, p, 'owner');
    const other = await customer(t, p, 'other');
    const { sub, offer } = await offered(owner, 'SN-OWNER-1');
    const photo = (await call('GET', `/submissions/${sub.id}`, owner)).json().photos[0].id;
    expect((await call('GET', `/submissions/${sub.id}`, other)).statusCode).toBe(404);
    expect((await call('GET', `/submissions/${sub.id}`, other)).json().code).toBe('N410001');
    expect((await call('PUT', `/submissions/${sub.id}`, other, { description: 'mine now' })).statusCode).toBe(404);
    expect((await call('POST', `/offers/${offer.id}`, other, { action: 'accept' })).statusCode).toBe(404);
    expect((await call('GET', `/photos/${photo}`, other)).statusCode).toBe(404);
    expect((await call('GET', `/photos/${photo}?size=thumb`, other)).statusCode).toBe(404);
    expect((await call('GET', `/submissions/${sub.id}/kit`, other)).statusCode).toBe(404);
    expect((await call('GET', '/submissions', other)).json().count).toBe(0);
    // Another customer's uploaded photo cannot be attached to my submission.
    const [theirs] = await requiredPhotos(t, p.slug, other, ['front']);
    const stolen = await call('POST', '/submissions', owner, { product_id: p.variantId, condition: 'good', photos: [theirs] });
    expect(stolen.statusCode).toBe(404);
    expect(stolen.json().code).toBe('N450001');
    expect((await call('GET', `/photos/${photo}`, p.admin)).statusCode).toBe(200);
    expect((await call('GET', `/submissions/${sub.id}`, p.admin)).statusCode).toBe(200);
    // Unknown ids and other tenants.
    expect((await call('GET', '/submissions/sub_nope', owner)).statusCode).toBe(404);
    expect((await call('GET', '/photos/photo_00000000-0000-4000-8000-000000000000', owner)).statusCode).toBe(404);
    const q = await portal(t, 100);
    expect((await t.app.inject({ method: 'GET', url: `/api/${q.slug}/submissions/${sub.id}`, headers: q.admin.headers })).statusCode).toBe(404);
  });

  it('unknown products are named', async () => {
    const c = await customer(t, p);
    const res = await call('POST', '/submissions', c, { product_id: 'prod_999999999', condition: 'good' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'N410003' });
  });
});

describe('profile', () => {
  it('GET/PUT name, phone, address, preferred payout', async () => {
    const c = await customer(t, p);
    const me = (await call('GET', '/profile', c)).json();
    expect(me).toMatchObject({ first_name: 'Cem', last_name: 'Customer', address: null, preferred_payout: null });
    const put = await call('PUT', '/profile', c, {
      first_name: 'Cemile',
      phone: '+46 70 123 45 67',
      address: { line1: 'Storgatan 1', postal_code: '111 22', city: 'Stockholm', country_code: 'SE' },
      preferred_payout: 'gift_card',
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({
      first_name: 'Cemile',
      last_name: 'Customer',
      phone: '+46 70 123 45 67',
      preferred_payout: 'gift_card',
      address: { city: 'Stockholm' },
    });
    expect((await call('PUT', '/profile', c, { preferred_payout: 'cash' })).statusCode).toBe(400);
    expect((await call('GET', '/profile', c)).json().first_name).toBe('Cemile');
    expect((await t.app.inject({ method: 'GET', url: `${api}/profile` })).statusCode).toBe(401);
  });
});

describe('admin customers', () => {
  it('pages and searches', async () => {
    const q = await portal(t, 100);
    for (const n of ['anna', 'bert', 'carl']) await customer(t, q, n);
    const page = (await t.app.inject({ method: 'GET', url: `/api/${q.slug}/admin/customers?page=1&page_size=2`, headers: q.admin.headers })).json();
    expect(page).toMatchObject({ count: 3, page: 1, page_size: 2 });
    expect(page.results).toHaveLength(2);
    const found = (await t.app.inject({ method: 'GET', url: `/${q.slug}/upgrade/api/admin/customers?q=bert`, headers: q.admin.headers })).json();
    expect(found.count).toBe(1);
    expect(found.results[0]).toMatchObject({ submission_count: 0, submission_counts: {} });
    expect(found.results[0].email).toMatch(/^bert-/);
  });
});
