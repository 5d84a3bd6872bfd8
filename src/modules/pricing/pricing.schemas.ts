import { z } from 'zod';

/** The use case behind `POST /api/v2/retail/price-quote` (seed 003 §3, camel-cased). */
export const PriceQuoteInput = z.object({
  /** The seed's `GradingForm` object; checked against the form version (B070010 when malformed). */
  gradingForm: z.unknown(),
  modelId: z.number().int(),
  itemIdentifier: z.string().max(100).nullish(),
  locationId: z.number().int().positive().nullish(),
  /** A user uid of the tenant (seed: string). */
  agentId: z.string().max(100).nullish(),
  tradeInChannel: z.number().int().min(0).max(100).default(0),
  /** 0 = private seller (most cases), 1 = business seller (VAT). */
  tradeInType: z.number().int().min(0).max(100).default(0),
  /** 0 or null = no campaign. */
  campaignId: z.number().int().min(0).nullish(),
  /** Display currency (ISO 4217); default the tenant setting, else the tenant currency. */
  currency: z
    .string()
    .regex(/^[A-Za-z]{3}$/)
    .optional(),
});
export type PriceQuoteInput = z.input<typeof PriceQuoteInput>;

/** Admin: a valuation (seed 001) — base price of a working device, major units. */
export const ValuationInput = z.object({
  variant_id: z.number().int().positive(),
  amount: z.number().min(0).max(10_000_000),
});
export const ValuationUpdateInput = z.object({ amount: z.number().min(0).max(10_000_000) });
