import { z } from 'zod';
import { defineSettingsSection } from '../../platform/settings.js';

/** Trade-in settings of a tenant (`settings.tradeins`). */
export const TradeinsSettings = defineSettingsSection(
  'tradeins',
  z
    .object({
      /** Most devices in one trade-in (B090021); a campaign may set a lower limit. */
      maxDevicesPerTradeIn: z.number().int().min(1).max(500).default(20),
      /** Most summed offer of one trade-in, major units of the tenant currency (B090042); null = no cap. */
      maxAmountPerTradeIn: z.number().positive().nullable().default(null),
      /** Refuse registration when a fraud check says Caution (B090012). */
      blockDiligenceCaution: z.boolean().default(true),
      /** Refuse registration when a check ended in Error (B090013). */
      blockDiligenceError: z.boolean().default(true),
      /** Hours a temporary trade-in stays confirmable. */
      tempTradeInTtlHours: z
        .number()
        .int()
        .min(1)
        .max(24 * 90)
        .default(72),
      /** Minutes a PDF download link stays valid (short: the link needs no login). */
      pdfLinkTtlMinutes: z
        .number()
        .int()
        .min(1)
        .max(24 * 60 * 7)
        .default(15),
      /** Days a public read-only link stays valid. */
      publicLinkTtlDays: z.number().int().min(1).max(365).default(30),
      /**
       * Require a Find-My result checked by a provider for Apple devices (B090082 otherwise). Off:
       * without a Find-My-capable provider the client's declaration in the price quote
       * (SystemExtras 1 = activated, 0 = not) is accepted and recorded on the device as declared.
       */
      requireCheckedFmip: z.boolean().default(false),
      /**
       * What a location-bound API key may see and change: `location` = only trade-ins of its
       * location (others answer as not found, registering elsewhere is F090001); `tenant` = all.
       */
      apiKeyLocationScope: z.enum(['location', 'tenant']).default('location'),
      /** Terms printed on the PDF, by locale (falls back to English, then to built-in terms). */
      terms: z.record(z.string(), z.string().max(5000)).default({}),
    })
    .strict(),
);
export type TradeinsSettings = ReturnType<typeof TradeinsSettings.read>;
