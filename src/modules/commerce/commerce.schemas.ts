import { z } from 'zod';

/** A non-negative amount in major units; bounded so totals stay exact in integer minor units. */
const Money = z.union([z.string().regex(/^\d{1,10}(\.\d{1,4})?$/), z.number().nonnegative().max(1e10)]);

const Text = (max: number) => z.string().trim().max(max);
const PlaceName = z.string().trim().min(1).max(120);

/**
 * An address given at checkout (seed 002 address fields). `country` is an ISO 3166 code; city,
 * township and district are names (stored once per tenant and given a pk).
 */
export const AddressInput = z.object({
  first_name: Text(100).min(1),
  last_name: Text(100).min(1),
  email: z.email().max(254).optional(),
  phone_number: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{5,30}$/),
  country: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/),
  city: PlaceName,
  township: PlaceName.optional(),
  district: PlaceName.optional(),
  line: Text(500).min(1),
  title: Text(100).default(''),
  postcode: Text(20).default(''),
  notes: Text(500).nullish(),
  company_name: Text(200).default(''),
  tax_office: Text(200).default(''),
  tax_no: Text(50).default(''),
  e_bill_taxpayer: z.boolean().default(false),
  identity_number: Text(50).nullish(),
  is_corporate: z.boolean().default(false),
});
export type AddressInput = z.infer<typeof AddressInput>;

/** An address at checkout: a new one, or the pk of one of the customer's earlier addresses. */
const AddressRef = z.union([z.number().int().positive().max(2_147_483_647), AddressInput]);

/** An option of the tenant's settings by pk or slug. */
const OptionRef = z.union([z.number().int().positive().max(2_147_483_647), z.string().regex(/^[A-Za-z0-9_-]{1,60}$/)]);

/** `POST /orders/checkout/` body. */
export const CheckoutInput = z.object({
  /** Where the order goes; optional for orders that ship nothing (then `null` in the order). */
  shipping_address: AddressRef.optional(),
  /** Defaults to the shipping address. */
  billing_address: AddressRef.optional(),
  /** pk or slug of one of the tenant's shipping options; default the first. */
  shipping_option: OptionRef.optional(),
  /** pk or slug of one of the tenant's payment options; default the first. */
  payment_option: OptionRef.optional(),
  items: z
    .array(
      z.object({
        product_sku: z.string().trim().min(1).max(100),
        product_name: z.string().trim().min(1).max(300),
        price: Money,
        quantity: z.number().int().min(1).max(1000),
        /** VAT rate in percent; default the tenant's `commerce.taxRate`. */
        tax_rate: z.union([z.string().regex(/^\d{1,2}(\.\d{1,2})?$/), z.number().min(0).max(99.99)]).optional(),
        tradein: z
          .object({
            price_quote_id: z.uuid(),
            device_identifier: z.string().trim().min(1).max(64),
            /** Values of the programme's data fields the merchant's form collected (seed 003 §7). */
            custom_data_fields: z
              .array(z.object({ data_field_id: z.number().int().positive(), value: z.string().max(500) }))
              .max(50)
              .optional(),
          })
          .optional(),
      }),
    )
    .min(1)
    .max(50),
  /** The customer's language (`tr`, `tr-tr`, `sv-SE`); stored as seed 002's `tr-tr`. */
  language_code: z
    .string()
    .regex(/^[A-Za-z]{2}([-_][A-Za-z]{2})?$/)
    .optional(),
});
export type CheckoutInput = z.infer<typeof CheckoutInput>;

const PickupDate = z.object({
  date: z.iso.date(),
  hour_range: z.object({ start: z.string().regex(/^\d{2}:\d{2}$/), end: z.string().regex(/^\d{2}:\d{2}$/) }).optional(),
});

/** One cancellation request (seed 002). */
export const CancellationRequestInput = z.object({
  order_item: z.number().int().positive(),
  reason: z.number().int().positive(),
  cancellation_type: z.enum(['cancel', 'refund']),
  quantity: z.number().int().positive().optional(),
  description: z.string().max(1000).nullish(),
  shipping_company: z.number().int().positive().nullish(),
  pickup_address: z.number().int().positive().nullish(),
  pickup_date: PickupDate.nullish(),
  iban: z.string().max(64).nullish(),
  holder_name: z.string().max(200).nullish(),
  fully_refund_as_loyalty_money: z.boolean().optional(),
});
export type CancellationRequestInput = z.infer<typeof CancellationRequestInput>;

export const BulkCancellationInput = z.object({
  cancel_order_items: z
    .array(CancellationRequestInput.omit({ pickup_address: true }).extend({ pickup_address: z.number().int().positive().nullish() }))
    .min(1)
    .max(100),
  pickup_address: z.number().int().positive().nullish(),
  fully_refund_as_loyalty_money: z.boolean().optional(),
});
export type BulkCancellationInput = z.infer<typeof BulkCancellationInput>;

/** Admin final valuation (price in major units of the device's currency). */
export const FinalValuationInput = z.object({
  price: Money,
  grade: z.string().trim().min(1).max(50),
  reason: z.string().trim().max(2000).default(''),
  photo_ids: z.array(z.string().max(100)).max(50).default([]),
});
export type FinalValuationInput = z.infer<typeof FinalValuationInput>;

/** Admin/CLI fulfilment of an order item: shipped (with tracking) or delivered. */
export const FulfilmentInput = z.object({
  status: z.enum(['shipped', 'delivered']),
  tracking_number: z.string().trim().min(1).max(100).optional(),
});
export type FulfilmentInput = z.infer<typeof FulfilmentInput>;

/** One row of `tradein orders import-old` (JSON array of these). */
export const OldOrderImport = z.object({
  number: z.string().trim().min(1).max(64),
  user_email: z.email(),
  currency: z.string().length(3),
  status: z.string().max(40).default('completed'),
  created_date: z.iso.datetime({ offset: true }),
  amount: Money,
  discount_amount: Money.default('0'),
  payment_type: z.string().max(100).nullish(),
  bank: z.string().max(100).nullish(),
  installment_count: z.number().int().min(0).max(100).nullish(),
  tracking_number: z.string().max(100).nullish(),
  shipping_address: z.string().max(1000).nullish(),
  billing_address: z.string().max(1000).nullish(),
  extra_field: z.record(z.string(), z.unknown()).default({}),
  items: z.array(z.object({ sku: z.string().max(100), name: z.string().max(300), quantity: z.number().int().min(1), price: Money })).default([]),
});
export type OldOrderImport = z.infer<typeof OldOrderImport>;
