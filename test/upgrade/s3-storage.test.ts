import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { startS3 } from '../helpers/s3-server.js';
import { S3Storage, parseS3Url } from '../../src/platform/storage/index.js';
import { customer, portal, uploadPhoto } from './helpers.js';

let s3: Awaited<ReturnType<typeof startS3>>;
let t: TestApp;

beforeAll(async () => {
  s3 = await startS3();
  t = await createTestApp({ env: { STORAGE_URL: s3.url('objects') } });
});
afterAll(async () => {
  await t.close();
  await s3.close();
});

describe('photos on S3-compatible storage (STORAGE_URL=s3://…)', () => {
  it('an uploaded photo and its thumbnail live in the bucket and are served back', async () => {
    const p = await portal(t);
    const c = await customer(t, p);
    const up = await uploadPhoto(t, p.slug, c, 'front');
    expect(up.statusCode, up.body).toBe(201);
    const id: string = up.json().id;
    const got = await t.app.inject({ method: 'GET', url: `/api/${p.slug}/photos/${id}?size=thumb`, headers: c.headers });
    expect(got.statusCode).toBe(200);
    expect((await sharp(got.rawPayload).metadata()).format).toBe('jpeg');
    const direct = new S3Storage(parseS3Url(s3.url('objects')));
    try {
      const bytes = await direct.get(`${p.tt.tenant.id}/photos/${id.replace('photo_', '')}.jpg`);
      expect(bytes).not.toBeNull();
      expect((await sharp(bytes!).metadata()).exif).toBeUndefined();
    } finally {
      direct.close();
    }
  });
});
