import { z } from 'zod';
import { defineSettingsSection } from '../../platform/settings.js';

/**
 * Demo exchange rates: units of each currency per 1 EUR. Tenants set real ones in
 * `settings.pricing.exchangeRates` (same anchor: per 1 EUR).
 */
export const DEMO_EXCHANGE_RATES: Record<string, number> = { EUR: 1, SEK: 11.2, AED: 4.0, TRY: 38.5, USD: 1.08, GBP: 0.85, NOK: 11.6, DKK: 7.46 };

const Currency = z.string().regex(/^[A-Z]{3}$/);

/** Tenant pricing rules (`settings.pricing`); see src/modules/pricing/README.md. */
export const PricingSettings = defineSettingsSection(
  'pricing',
  z
    .object({
      /** How long a quote stays valid (the price lock the customer can rely on). */
      quoteTtlHours: z
        .number()
        .int()
        .min(1)
        .max(24 * 90)
        .default(72),
      /** Currency quotes are shown in when the request names none; default the tenant currency. */
      displayCurrency: Currency.optional(),
      /** Units per 1 EUR; merged over the demo rates. */
      exchangeRates: z.record(Currency, z.number().positive().max(1_000_000)).default({}),
      /** Seed 001 condition modifiers in percent of the base value. */
      conditionModifiers: z
        .object({
          excellent: z.number().min(0).max(200).default(100),
          good: z.number().min(0).max(200).default(80),
          fair: z.number().min(0).max(200).default(60),
          poor: z.number().min(0).max(200).default(40),
        })
        .prefault({}),
      /** Find-My (SystemExtra 1) activated: percent deducted from the device value. */
      fmipDeductionPct: z.number().min(0).max(100).default(30),
      /**
       * VAT: `none` (no VAT shown), `excluded` (base prices are net; incl. = net × coefficient),
       * `included` (base prices are gross; OfferedPrice is net), `marginal` (margin scheme: no VAT
       * for private sellers, TradeInType 0; business sellers as `included`).
       */
      vat: z
        .object({
          mode: z.enum(['none', 'excluded', 'included', 'marginal']).default('none'),
          ratePct: z.number().min(0).max(50).default(25),
        })
        .prefault({}),
      /** `minor`: round to the currency's minor unit; `major`: to whole units. */
      rounding: z.enum(['minor', 'major']).default('minor'),
    })
    .strict(),
);
export type PricingRules = z.output<typeof PricingSettings.schema>;
