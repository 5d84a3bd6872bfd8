import { z } from 'zod';
import { defineSettingsSection } from '../../platform/settings.js';

/** Logistics settings of a tenant (`settings.logistics`). Keys ending in `Secret` are masked when shown. */
export const LogisticsSettings = defineSettingsSection(
  'logistics',
  z
    .object({
      /** Who makes the labels: `self-print` (a PDF we render; no account needed) or `nshift`. */
      carrier: z.enum(['self-print', 'nshift']).default('self-print'),
      /** Label page size of self-printed labels: A6 (105 × 148 mm) or 4 × 6 in (thermal printers). */
      labelFormat: z.enum(['A6', '4x6']).default('A6'),
      /** Minutes a label download link stays valid. */
      labelLinkTtlMinutes: z
        .number()
        .int()
        .min(1)
        .max(24 * 60 * 30)
        .default(60 * 24),
      /** Days the tracking page link (the label's QR code) stays valid. */
      trackingLinkTtlDays: z.number().int().min(1).max(365).default(90),
      /** Weight of one device for the label, grams (the box's tare weight is added). */
      deviceWeightGrams: z.number().int().min(1).max(50_000).default(250),
      /** Hours a registered device must stay in the store before it may ship (second-hand goods hold; B060026). */
      holdHoursAfterRegistration: z
        .number()
        .int()
        .min(0)
        .max(24 * 60)
        .default(0),
      /** Shared secret of signed carrier events (HMAC-SHA256); null = the event endpoint refuses everything. */
      carrierWebhookSecret: z.string().min(16).max(200).nullable().default(null),
      /** Seconds a signed carrier event may be early or late (replay window). */
      carrierEventToleranceSeconds: z.number().int().min(10).max(3600).default(300),
      nshift: z
        .object({
          enabled: z.boolean().default(false),
          /** The nShift Delivery (Unifaun) REST API base, `…/rs-extapi/v1`. */
          baseUrl: z.string().url().default('https://api.unifaun.com/rs-extapi/v1'),
          /** API key id and secret id (Bearer `<id>-<secret>`). */
          apiKeyId: z.string().max(100).default(''),
          apiKeySecret: z.string().max(200).default(''),
          /** The carrier service code (e.g. P19 PostNord MyPack Return, PUE for returns …). */
          serviceId: z.string().max(20).default('P19'),
          /** PDF media of the label (`laser-a5`, `thermo-190` …) or ZPL (`thermo-zpl`… as the account allows). */
          pdfMedia: z.string().max(40).default('thermo-190'),
          /** The service takes one parcel per shipment (B230009 for more). */
          onePackagePerShipment: z.boolean().default(true),
          timeoutMs: z.number().int().min(500).max(60_000).default(10_000),
        })
        .strict()
        .default({
          enabled: false,
          baseUrl: 'https://api.unifaun.com/rs-extapi/v1',
          apiKeyId: '',
          apiKeySecret: '',
          serviceId: 'P19',
          pdfMedia: 'thermo-190',
          onePackagePerShipment: true,
          timeoutMs: 10_000,
        }),
    })
    .strict(),
);
export type LogisticsSettings = ReturnType<typeof LogisticsSettings.read>;
