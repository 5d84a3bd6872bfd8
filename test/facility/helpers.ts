import type { LightMyRequestResponse } from 'fastify';
import sharp from 'sharp';
import { expect } from 'vitest';
import { imeiFromTac } from '../../src/modules/catalog/index.js';
import { appleVariantsWithTac } from '../helpers/catalog-fixtures.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { createTenant, login, type Session, type TestTenant } from '../helpers/factories.js';

export interface FacilityHarness {
  t: TestApp;
  tt: TestTenant;
  model: { variantId: number; tac: string };
  retail: Record<string, string>;
  admin: Session;
  /** The model's grading form (first answer = best). */
  questions: { Id: number; Answers: { Id: number; Name?: string }[] }[];
  adminUrl(path: string): string;
  call(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  /** Quote (best answers unless given) → due diligence → registration; returns the device. */
  register(opts?: {
    answers?: Record<number, number[]>;
    campaignId?: number;
    suffix?: string;
    imei?: string;
    apiKey?: string;
  }): Promise<{ deviceId: number; imei: string; price: number; quoteId: string }>;
  /** Registration, then Shipped (logistics is not on this branch). */
  shipped(opts?: Parameters<FacilityHarness['register']>[0]): Promise<{ deviceId: number; imei: string; price: number; quoteId: string }>;
  uploadPhoto(angle?: string): Promise<string>;
  /** A fresh staff session (after the test clock moved past the session's lifetime). */
  relogin(): Promise<void>;
}

let counter = 100000;

export async function facilityHarness(options: { settings?: Record<string, unknown>; t?: TestApp } = {}): Promise<FacilityHarness> {
  const t = options.t ?? (await createTestApp());
  const tt = await createTenant(t, { settings: options.settings });
  const [model] = await appleVariantsWithTac(t.c.db, 1);
  await t.c.modules.pricing.upsertBasePrices(tt.ctx, [{ variantId: model.variantId, amountMinor: 50000 }]);
  const retail = { 'x-apikey': tt.apiKey };
  const admin = await login(t, tt.tenant.slug, tt.admin.email, tt.adminPassword);
  const call: FacilityHarness['call'] = (method, url, payload, headers) =>
    t.app.inject({ method, url, headers: { ...(url.startsWith('/api/v2/') ? retail : h.admin.headers), ...headers }, ...(payload ? { payload } : {}) });
  const form = await call('GET', `/api/v2/retail/models/${model.variantId}/grading-form?api-version=2.0`);
  expect(form.statusCode, form.body).toBe(200);
  const questions = form.json().Questions as FacilityHarness['questions'];
  const h: FacilityHarness = {
    t,
    tt,
    model,
    retail,
    admin,
    questions,
    adminUrl: (path) => `/api/${tt.tenant.slug}/admin/facility${path}`,
    call,
    async register(opts = {}) {
      const imei = opts.imei ?? imeiFromTac(model.tac, opts.suffix ?? String(counter++).padStart(6, '0'));
      const answers = opts.answers ?? Object.fromEntries(questions.map((q) => [q.Id, [q.Answers[0].Id]]));
      // Another store's key registers at that store, by its user (the agent).
      const as = opts.apiKey ? { 'x-apikey': opts.apiKey } : undefined;
      const dd = await call(
        'POST',
        '/api/v2/retail/duediligence/check',
        { ModelId: model.variantId, ItemIdentifier: imei, FmipAttestation: 'NotActivated' },
        as,
      );
      expect(dd.statusCode, dd.body).toBe(200);
      const quote = await call(
        'POST',
        '/api/v2/retail/price-quote',
        {
          GradingForm: { Answers: answers, Extras: [], SystemExtras: [0] },
          ModelId: model.variantId,
          ItemIdentifier: imei,
          CampaignId: opts.campaignId ?? 0,
        },
        as,
      );
      expect(quote.statusCode, quote.body).toBe(200);
      const reg = await call(
        'POST',
        '/api/v2/retail/tradeins',
        { TradeInDevices: [{ PriceQuoteId: quote.json().PriceQuoteId, DeviceIdentifier: imei }], ClientFirstName: 'Ayşe', ClientLastName: 'Yılmaz' },
        as,
      );
      expect(reg.statusCode, reg.body).toBe(200);
      return { deviceId: reg.json().TradeInDevices[0].TradeInDeviceId, imei, price: quote.json().OfferedPrice, quoteId: quote.json().PriceQuoteId };
    },
    async shipped(opts) {
      const d = await h.register(opts);
      expect(await t.c.modules.tradeins.transitionDevice(tt.ctx, d.deviceId, 'Shipped', { source: 'logistics' })).toBe(true);
      return d;
    },
    async relogin() {
      h.admin = await login(t, tt.tenant.slug, tt.admin.email, tt.adminPassword);
    },
    uploadPhoto: (angle = 'defect') => uploadPhoto(t, tt.tenant.slug, h.admin.headers, angle),
  };
  return h;
}

/** The best answers, with `questionId` answered by its last (worst) answer. */
export function answersWith(h: FacilityHarness, worse: Record<number, 'last' | number> = {}): Record<string, number[]> {
  return Object.fromEntries(
    h.questions.map((q) => {
      const w = worse[q.Id];
      const id = w === undefined ? q.Answers[0].Id : w === 'last' ? q.Answers[q.Answers.length - 1].Id : w;
      return [String(q.Id), [id]];
    }),
  );
}

/** Sums decimal strings exactly (minor units). */
export const cents = (s: string) => Math.round(Number(s) * 100);

/** Uploads a generated image as a facility photo (multipart), as the given staff session; its id. */
export async function uploadPhoto(t: TestApp, slug: string, headers: Record<string, string>, angle = 'defect'): Promise<string> {
  const png = await sharp({ create: { width: 320, height: 240, channels: 3, background: { r: 200, g: 40, b: 40 } } })
    .png()
    .toBuffer();
  const boundary = '----facility' + Math.random().toString(16).slice(2);
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="angle"\r\n\r\n${angle}\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="p.png"\r\nContent-Type: image/png\r\n\r\n`),
    png,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/${slug}/admin/facility/photos`,
    headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().id as string;
}
