import { z } from 'zod';

/** One offer of a campaign (seed 003 §8 `Offers`). Amounts are in the tenant's base currency. */
export const OfferSchema = z.object({
  amount: z.number().min(0).max(1_000_000),
  offerCode: z.string().max(100).default(''),
  adjustmentType: z.enum(['Flat', 'Percent']),
  /** Grade key or name the offer is limited to; '' = every grade. */
  grade: z.string().max(60).default(''),
  offerType: z.enum(['Device', 'Deal']),
});
export type Offer = z.output<typeof OfferSchema>;

const Fields = {
  name: z.string().trim().min(1).max(200),
  description: z.string().max(4000).default(''),
  activeFrom: z.coerce.date(),
  activeTo: z.coerce.date(),
  overrideVendorTC: z.boolean().default(false),
  termsAndConditions: z.string().max(20000).default(''),
  promoCode: z.string().max(200).default(''),
  hasFmipDeduction: z.boolean().default(true),
  maxDevicesPerTradeIn: z.number().int().min(1).max(1000).nullable().default(null),
  strategy: z.enum(['Sum', 'Max']).default('Sum'),
  offers: z.array(OfferSchema).max(50).default([]),
  dataFieldIds: z.array(z.number().int().positive()).max(50).default([]),
};

/** Admin: create a campaign. */
export const CreateCampaignInput = z
  .object(Fields)
  .refine((c) => c.activeTo >= c.activeFrom, { message: 'activeTo must not be before activeFrom', path: ['activeTo'] });
export type CreateCampaignInput = z.input<typeof CreateCampaignInput>;
