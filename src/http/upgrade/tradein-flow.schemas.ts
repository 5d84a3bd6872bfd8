import { z } from 'zod';
import { TenantParams } from './auth.routes.js';

/** Zod shapes shared by the web app's trade-in flow routes (`/api/{tenant}/…`, snake_case). */
export const Id = z.coerce.number().int().positive().max(2_147_483_647);
export const IdParams = TenantParams.extend({ id: Id });
export const tags = ['web'];

export const Named = z.object({ id: z.number(), name: z.string() });

export const WebModel = z.object({
  id: z.number(),
  item_id: z.number(),
  item_name: z.string(),
  product_name: z.string(),
  product_name_short: z.string(),
  storage_gb: z.number().nullable(),
  item_group_id: z.number(),
  item_group_key: z.string(),
  manufacturer_id: z.number(),
  manufacturer_name: z.string(),
  price: z.number().nullable().describe('Working-device price, major units of the tenant currency'),
  currency: z.string(),
  picture_url: z.string().nullable(),
});

const InfoCard = z.object({ id: z.number(), label: z.string(), text: z.string().describe('HTML; sanitise before showing'), images: z.array(z.string()) });

export const WebGradingForm = z.object({
  id: z.number(),
  name: z.string(),
  questions: z.array(
    z.object({
      id: z.number(),
      name: z.string(),
      label: z.string(),
      info: z.string(),
      multi_choice: z.boolean(),
      info_cards: z.array(InfoCard),
      answers: z.array(z.object({ id: z.number(), name: z.string(), info_cards: z.array(InfoCard) })),
    }),
  ),
  extras: z.array(z.object({ id: z.number(), name: z.string(), label: z.string() })),
  system_extras: z.array(z.object({ id: z.number() })),
});

export const WebQuote = z.object({
  id: z.string(),
  model_id: z.number(),
  item_identifier: z.string().nullable(),
  grade: z.string(),
  offered_price: z.number(),
  offered_price_incl_vat: z.number(),
  currency: z.string(),
  campaign_id: z.number().nullable(),
  device_bonus_incl_vat: z.number(),
  expires_at: z.string(),
  breakdown: z.array(z.object({ code: z.string(), label: z.string(), amount: z.number() })),
});

export const DiligenceResult = z.object({ provider: z.string(), result: z.string(), result_id: z.number(), timestamp: z.string() });

export const DataField = z.object({
  id: z.number(),
  name: z.string(),
  label: z.string(),
  required: z.boolean(),
  scope: z.string().describe('"Corporate, Private", "Corporate", "Private" or "" (no restriction)'),
  template_type: z.string(),
  type: z.string(),
  campaign_field: z.boolean(),
  options: z.array(z.object({ value: z.string(), label: z.string() })),
});

export const RegisterWebBody = z.object({
  devices: z
    .array(z.object({ price_quote_id: z.string().max(100), device_identifier: z.string().max(100) }))
    .min(1)
    .max(50),
  custom_data_fields: z
    .array(z.object({ id: z.number().int(), value: z.string().max(10_000).nullable() }))
    .max(200)
    .optional(),
  is_corporate: z.boolean().optional(),
  organization_name: z.string().max(300).nullish(),
  client_first_name: z.string().max(200).nullish(),
  client_last_name: z.string().max(200).nullish(),
  trade_in_ref: z.string().max(1000).nullish(),
});

export const OrderTradeIn = z.object({
  order_item_id: z.number(),
  order_number: z.string(),
  product_name: z.string().describe('The old device'),
  offered_price: z.number(),
  final_price: z.number().nullable(),
  currency: z.string(),
  valuated_at: z.string().nullable(),
  decision: z.enum(['approved', 'rejected']).nullable(),
  awaits_decision: z.boolean(),
});
