import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { login, registerCustomer, type Session } from '../helpers/factories.js';
import { harness, type Harness } from '../tradeins/helpers.js';
import { operations, urlFor, type Operation } from './walk.js';

/**
 * Issue #18, security suite: upload abuse on every upload route. The routes are found in
 * `/openapi.json` (every operation with a `multipart/form-data` body); each needs a recipe (who
 * calls it, on what, where its file is kept) — a new upload route without one fails the walk.
 * For every route: an oversize file is refused with a code, pixel bombs (tiny files declaring
 * huge dimensions) are refused before decoding, polyglots (image + HTML/JS) never come back as
 * HTML, SVG is refused, and EXIF/GPS is gone from what is stored.
 */
let h: Harness;
let admin: Session;
let customer: Session;
let host: string;
let tradeInId: number;
let tempId: number;

beforeAll(async () => {
  h = await harness();
  const slug = h.tt.tenant.slug;
  host = `${slug}.shop.test`;
  await h.t.c.modules.org.tenants.addHost(h.t.c.db, h.tt.tenant, host);
  admin = await login(h.t, slug, h.tt.admin.email, h.tt.adminPassword);
  customer = await registerCustomer(h.t, slug, `up@${slug}.test`);
  const register = async (path?: string) => {
    const q = h.quote();
    const res = await h.register({ TradeInDevices: [{ PriceQuoteId: q.id, DeviceIdentifier: q.identifier }] }, path);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().Id as number;
  };
  tradeInId = await register();
  tempId = await register('/api/v2/retail/tradeins/temp');
});
afterAll(() => h.t.close());

interface Recipe {
  headers: () => Record<string, string>;
  params: () => Record<string, string>;
  /** Accepts JPEG/HEIF/WebP photos (signatures take PNG only). */
  photos: boolean;
  /** The codes a pixel bomb may be refused with. */
  bombCodes: string[];
  /** What the server keeps of an accepted upload. */
  stored: (res: LightMyRequestResponse, op: Operation) => Promise<Buffer>;
  /** How it is served back, when it is (null: only inside the PDF). */
  served: ((res: LightMyRequestResponse) => Promise<LightMyRequestResponse>) | null;
}

/** The media id of an upload's answer (`photo_<uuid>` on the Upgrade portal, the uuid in the back office). */
const photoId = (res: LightMyRequestResponse) => String(res.json().id).replace(/^photo_/, '');
const storedPhoto = async (res: LightMyRequestResponse) => (await h.t.c.modules.media.read(h.tt.ctx, photoId(res))).bytes;
const servedPhoto = (res: LightMyRequestResponse) =>
  h.t.app.inject({ method: 'GET', url: `/api/${h.tt.tenant.slug}/photos/photo_${photoId(res)}`, headers: { ...admin.headers, host } });
const storedSignature = (id: () => number) => async (_res: LightMyRequestResponse, op: Operation) => {
  const role = op.path.endsWith('/agent') ? 'agent' : 'client';
  const rows = await h.t.c.db.query<{ png: Uint8Array }>('SELECT png FROM trade_in_signatures WHERE tenant_id = $1 AND trade_in_id = $2 AND role = $3', [
    h.tt.tenant.id,
    id(),
    role,
  ]);
  expect(rows, `${op.path}: stored`).toHaveLength(1);
  return Buffer.from(rows[0].png);
};

const RECIPES: Record<string, Recipe> = {};
for (const role of ['client', 'agent']) {
  RECIPES[`/api/v2/retail/tradeins/{id}/signature/${role}`] = {
    headers: () => h.headers,
    params: () => ({ id: String(tradeInId) }),
    photos: false,
    // B090092: outside 50×20–4000×2000; B090090: a header beyond sharp's own limit is no image to it.
    bombCodes: ['B090092', 'B090090'],
    stored: storedSignature(() => tradeInId),
    served: null,
  };
  RECIPES[`/api/v2/retail/tradeins/temp/{id}/signature/${role}`] = {
    headers: () => h.headers,
    params: () => ({ id: String(tempId) }),
    photos: false,
    // B090092: outside 50×20–4000×2000; B090090: a header beyond sharp's own limit is no image to it.
    bombCodes: ['B090092', 'B090090'],
    stored: storedSignature(() => tempId),
    served: null,
  };
  RECIPES[`/api/{tenant}/tradeins/{id}/signatures/${role}`] = {
    headers: () => ({ ...admin.headers, host }),
    params: () => ({ id: String(tradeInId) }),
    photos: false,
    // B090092: outside 50×20–4000×2000; B090090: a header beyond sharp's own limit is no image to it.
    bombCodes: ['B090092', 'B090090'],
    stored: storedSignature(() => tradeInId),
    served: null,
  };
}
RECIPES['/api/{tenant}/admin/facility/photos'] = {
  headers: () => admin.headers,
  params: () => ({}),
  photos: true,
  bombCodes: ['B450003'],
  stored: storedPhoto,
  served: servedPhoto,
};
RECIPES['/api/{tenant}/photos'] = {
  headers: () => ({ ...customer.headers, host }),
  params: () => ({}),
  photos: true,
  bombCodes: ['B450003'],
  stored: storedPhoto,
  served: servedPhoto,
};

// ------------------------------------------------------------------ hostile files

function multipart(bytes: Buffer, contentType: string, filename: string) {
  const boundary = '----walk' + Math.random().toString(16).slice(2);
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, bytes, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A PNG of a few hundred bytes whose header declares `w`×`h` RGBA pixels (a decompression bomb). */
function pngBomb(w: number, hgt: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(hgt, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  // The first rows of zeros; a decoder would go on inflating for 4·w·h bytes.
  const idat = deflateSync(Buffer.alloc(64 * 1024));
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), pngChunk('IHDR', ihdr), pngChunk('IDAT', idat), pngChunk('IEND', Buffer.alloc(0))]);
}

/** A small real JPEG whose frame header is rewritten to declare `w`×`h`. */
async function jpegBomb(w: number, hgt: number): Promise<Buffer> {
  const jpeg = Buffer.from(
    await sharp({ create: { width: 64, height: 64, channels: 3, background: '#888' } })
      .jpeg()
      .toBuffer(),
  );
  const sof = jpeg.indexOf(Buffer.from([0xff, 0xc0]));
  expect(sof).toBeGreaterThan(0);
  jpeg.writeUInt16BE(hgt, sof + 5);
  jpeg.writeUInt16BE(w, sof + 7);
  return jpeg;
}

const GPS = {
  IFD0: { Make: 'Phone', Model: 'X' },
  IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '59/1 20/1 1234/100', GPSLongitudeRef: 'E', GPSLongitude: '18/1 4/1 0/1' },
};
const picture = () => sharp({ create: { width: 400, height: 200, channels: 3, background: { r: 30, g: 40, b: 120 } } });

/** True when an image carries an EXIF block with a GPS sub-directory (tag 0x8825, either byte order). */
async function hasGps(bytes: Buffer): Promise<boolean> {
  const { exif } = await sharp(bytes).metadata();
  return !!exif && (exif.includes(Buffer.from([0x25, 0x88])) || exif.includes(Buffer.from([0x88, 0x25])));
}

const SCRIPT = Buffer.from('<html><body><script>alert(document.cookie)</script></body></html>');
const SVG = Buffer.from(
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="400" height="200"><script>alert(document.cookie)</script><rect width="400" height="200" fill="red"/></svg>',
);

// ------------------------------------------------------------------ the walk

let uploads: Operation[] = [];
beforeAll(async () => {
  uploads = (await operations(h.t)).filter((op) => op.bodyType === 'multipart/form-data');
});

const send = (op: Operation, file: { payload: Buffer; headers: Record<string, string> }) => {
  const r = RECIPES[op.path];
  return h.t.app.inject({
    method: op.method as 'POST',
    url: urlFor(op, h.tt.tenant.slug, r.params()),
    headers: { ...r.headers(), ...file.headers },
    payload: file.payload,
  });
};
const label = (op: Operation, what: string) => `${op.method} ${op.path}: ${what}`;
function expectRefused(res: LightMyRequestResponse, what: string, statuses = [400, 413, 415, 422]) {
  expect(statuses, `${what} → ${res.statusCode} ${res.body.slice(0, 200)}`).toContain(res.statusCode);
  expect(res.json().code, what).toMatch(/^B\d{6}$|^FST_/);
}

describe('upload abuse on every upload route', () => {
  it('finds every upload route in the route table, each with a recipe', () => {
    // Signatures (retail, temporary, store), facility and customer photos at least.
    expect(uploads.length).toBeGreaterThanOrEqual(8);
    expect(uploads.map((op) => op.path).filter((p) => !RECIPES[p])).toEqual([]);
  });

  it('a well-formed picture is accepted and stored without EXIF or GPS', async () => {
    const png = await picture().png().withExif(GPS).toBuffer();
    const jpeg = await picture().jpeg().withExif(GPS).toBuffer();
    expect(await hasGps(png)).toBe(true);
    expect(await hasGps(jpeg)).toBe(true);
    for (const op of uploads) {
      const r = RECIPES[op.path];
      for (const [kind, bytes, type] of [['png', png, 'image/png'], ...(r.photos ? [['jpeg', jpeg, 'image/jpeg']] : [])] as [string, Buffer, string][]) {
        const res = await send(op, multipart(bytes, type, `phone.${kind}`));
        expect(res.statusCode, label(op, `${kind} ${res.body}`)).toBeLessThan(300);
        const stored = await r.stored(res, op);
        expect(await hasGps(stored), label(op, `${kind} stored with GPS`)).toBe(false);
        expect((await sharp(stored).metadata()).exif, label(op, `${kind} stored with EXIF`)).toBeUndefined();
      }
    }
  });

  it('an oversize file is refused with a code (413/400)', async () => {
    // Over the largest limit (photos, 20 MB): a JPEG/PNG header and then filler.
    const big = Buffer.concat([await picture().png().toBuffer(), Buffer.alloc(21 * 1024 * 1024, 1)]);
    for (const op of uploads) expectRefused(await send(op, multipart(big, 'image/png', 'big.png')), label(op, 'oversize'));
  });

  it('pixel bombs (a few hundred bytes declaring 10 gigapixels) are refused before decoding', async () => {
    const bombs: [string, Buffer, string][] = [
      ['png 100000²', pngBomb(100_000, 100_000), 'image/png'],
      ['png 30000×1', pngBomb(30_000, 1), 'image/png'],
      ['jpeg 60000²', await jpegBomb(60_000, 60_000), 'image/jpeg'],
    ];
    for (const op of uploads) {
      for (const [name, bytes, type] of bombs) {
        const started = performance.now();
        const res = await send(op, multipart(bytes, type, 'bomb.png'));
        expectRefused(res, label(op, name));
        expect(RECIPES[op.path].bombCodes, label(op, `${name}: ${res.body}`)).toContain(res.json().code);
        // Decoding 10^10 pixels would take minutes and 40 GB; the header check takes milliseconds.
        expect(performance.now() - started, label(op, `${name} time`)).toBeLessThan(3000);
      }
    }
  });

  it('polyglots (image + HTML/JS) are refused or re-encoded, and never served as HTML', async () => {
    const png = await picture().png().toBuffer();
    const jpeg = await picture().jpeg().toBuffer();
    const files: [string, Buffer, string, string][] = [
      ['png + html, sent as text/html', Buffer.concat([png, SCRIPT]), 'text/html', 'x.html'],
      ['png + html, sent as image/png', Buffer.concat([png, SCRIPT]), 'image/png', 'x.png'],
      ['jpeg + html', Buffer.concat([jpeg, SCRIPT]), 'image/jpeg', 'x.jpg'],
      ['jpeg header then html', Buffer.concat([jpeg.subarray(0, 20), SCRIPT]), 'image/jpeg', 'x.jpg'],
      [
        'html comment in a PNG text chunk',
        Buffer.concat([png.subarray(0, 33), pngChunk('tEXt', Buffer.concat([Buffer.from('Comment\0'), SCRIPT])), png.subarray(33)]),
        'image/png',
        'x.png',
      ],
    ];
    for (const op of uploads) {
      const r = RECIPES[op.path];
      for (const [name, bytes, type, filename] of files) {
        const res = await send(op, multipart(bytes, type, filename));
        if (res.statusCode >= 400) {
          expectRefused(res, label(op, name));
          continue;
        }
        const stored = await r.stored(res, op);
        expect(stored.includes('<script'), label(op, `${name}: script stored`)).toBe(false);
        if (!r.served) continue;
        const served = await r.served(res);
        expect(served.statusCode, label(op, `${name}: served`)).toBe(200);
        expect(String(served.headers['content-type']), label(op, name)).toMatch(/^image\/(jpeg|png)$/);
        expect(served.headers['x-content-type-options'], label(op, name)).toBe('nosniff');
        expect(served.rawPayload.includes('<script'), label(op, `${name}: script served`)).toBe(false);
      }
    }
  });

  it('SVG is refused, whatever type and name it is sent with', async () => {
    for (const op of uploads) {
      for (const [type, filename] of [
        ['image/svg+xml', 'x.svg'],
        ['image/png', 'x.png'],
        ['image/jpeg', 'x.jpg'],
      ]) {
        expectRefused(await send(op, multipart(SVG, type, filename)), label(op, `svg as ${type}`));
      }
    }
  });
});
