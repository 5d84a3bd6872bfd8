import sharp from 'sharp';
import type { TestApp } from '../helpers/test-app.js';
import { createTenant, login, registerCustomer, type Session, type TestTenant } from '../helpers/factories.js';

export interface Portal {
  tt: TestTenant;
  slug: string;
  admin: Session;
  variantId: number;
}

/** A phone variant of the reference catalog. */
export async function phoneVariant(t: TestApp): Promise<number> {
  const rows = await t.c.db.query<{ id: number }>(
    `SELECT v.id FROM variants v JOIN items i ON i.id = v.item_id JOIN item_groups g ON g.id = i.item_group_id
      WHERE v.tenant_id IS NULL AND g.key = 'mobiles' AND v.is_active AND i.is_active ORDER BY v.id LIMIT 1`,
  );
  return rows[0].id;
}

/** A tenant with an admin session and a phone valued at `value` (EUR). */
export async function portal(t: TestApp, value = 400): Promise<Portal> {
  const tt = await createTenant(t);
  const slug = tt.tenant.slug;
  const admin = await login(t, slug, tt.admin.email, tt.adminPassword);
  const variantId = await phoneVariant(t);
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/${slug}/admin/valuations`,
    headers: admin.headers,
    payload: { variant_id: variantId, amount: value },
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  return { tt, slug, admin, variantId };
}

export async function customer(t: TestApp, p: Portal, name = 'cem'): Promise<Session> {
  return registerCustomer(t, p.slug, `${name}-${Math.random().toString(16).slice(2, 8)}@example.test`);
}

/** A phone-like JPEG with EXIF (camera make) and GPS, as phones write them. */
export async function phoneJpeg(width = 800, height = 600): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 20, g: 120, b: 200 } } })
    .jpeg()
    .withExifMerge({ IFD0: { Make: 'TestPhone' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '59/1 19/1 0/1' } })
    .toBuffer();
}

/** A multipart body: fields first (so the server reads them with the file), then the file. */
export function multipart(bytes: Buffer, fields: Record<string, string> = {}, contentType = 'image/jpeg', filename = 'photo.jpg') {
  const boundary = `----upgrade${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  parts.push(
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export async function uploadPhoto(t: TestApp, slug: string, s: Session, angle: string, bytes?: Buffer) {
  const body = multipart(bytes ?? (await phoneJpeg()), { angle });
  return t.app.inject({ method: 'POST', url: `/api/${slug}/photos`, headers: { ...s.headers, ...body.headers }, payload: body.payload });
}

/** Uploads the default required angles and returns their ids. */
export async function requiredPhotos(t: TestApp, slug: string, s: Session, angles = ['front', 'back', 'screen_on']): Promise<string[]> {
  const ids: string[] = [];
  for (const a of angles) {
    const res = await uploadPhoto(t, slug, s, a);
    if (res.statusCode !== 201) throw new Error(res.body);
    ids.push(res.json().id);
  }
  return ids;
}
