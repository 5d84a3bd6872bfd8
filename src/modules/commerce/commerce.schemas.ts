import { z } from 'zod';

/** A non-negative amount in major units; bounded so totals stay exact in integer minor units. */
const Money = z.union([z.string().regex(/^\d{1,10}(\.\d{1,4})?$/), z.number().nonnegative().max(1e10)]);

/** `POST /orders/checkout/` body. */
export const CheckoutInput = z.object({
  items: z
    .array(
      z.object({
        product_sku: z.string().trim().min(1).max(100),
        product_name: z.string().trim().min(1).max(300),
        price: Money,
        quantity: z.number().int().min(1).max(1000),
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
  language_code: z.string().max(10).optional(),
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
  cancel_order_items: z.array(CancellationRequestInput.omit({ pickup_address: true }).extend({ pickup_address: z.number().int().positive().nullish() })).min(1).max(100),
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
  items: z
    .array(z.object({ sku: z.string().max(100), name: z.string().max(300), quantity: z.number().int().min(1), price: Money }))
    .default([]),
});
export type OldOrderImport = z.infer<typeof OldOrderImport>;
