import { z } from 'zod';

/** Response schemas of the storefront commerce routes (they feed `/openapi.json`). */

const Enum = z.object({ value: z.string(), label: z.string() });
const Money = z.string().describe('decimal in major units, e.g. "20.37"');
const Time = z.string().describe('ISO 8601');

const NestedUser = z.looseObject({
  pk: z.number(),
  username: z.string(),
  first_name: z.string(),
  last_name: z.string(),
  email: z.string(),
  is_active: z.boolean(),
});

export const AddressResponse = z
  .looseObject({
    pk: z.number(),
    email: z.string(),
    phone_number: z.string(),
    first_name: z.string(),
    last_name: z.string(),
    country: z.object({ pk: z.number(), is_active: z.boolean(), name: z.string(), code: z.string().nullable(), translations: z.null() }),
    city: z.object({
      pk: z.number(),
      is_active: z.boolean(),
      name: z.string(),
      country: z.number(),
      translations: z.null(),
      priority: z.null(),
      postcode: z.null(),
    }),
    line: z.string(),
    title: z.string(),
    township: z.looseObject({ pk: z.number(), is_active: z.boolean(), name: z.string(), city: z.number() }).nullable(),
    district: z.looseObject({ pk: z.number(), is_active: z.boolean(), name: z.string(), city: z.number(), township: z.number().nullable() }).nullable(),
    postcode: z.string(),
    hash_data: z.string(),
    address_type: z.literal('customer'),
    user: z.union([NestedUser, z.number()]),
    is_corporate: z.boolean(),
  })
  .describe('seed 002 address; null when the order was placed without one');

const EasyReturn = z.object({
  status: Enum,
  code: z.string(),
  end_date: Time.nullable(),
  tracking_url: z.string().nullable(),
  tracking_number: z.string().nullable(),
  shipping_company: Enum,
  pickup_date: z.looseObject({ date: z.string() }).nullable(),
  start_date: Time,
});

export const CancellationRequestResponse = z.looseObject({
  id: z.number(),
  cancellation_type: z.enum(['cancel', 'refund']),
  status: Enum,
  easy_return: EasyReturn.nullable(),
  created_date: Time,
  modified_date: Time,
  uuid: z.string(),
  description: z.string().nullable(),
  iban: z.string().nullable(),
  holder_name: z.string().nullable(),
  reason: z.number(),
  order_item: z.number(),
});

const OrderItemResponse = z.looseObject({
  id: z.number(),
  status: Enum,
  price_currency: Enum,
  product: z.looseObject({ sku: z.string(), name: z.string() }),
  is_cancelled: z.boolean(),
  is_cancellable: z.boolean(),
  is_refundable: z.boolean(),
  cancellationrequest_set: z.array(CancellationRequestResponse),
  shipping_company: Enum.nullable(),
  available_easy_return_shipping_companies: z.array(z.object({ pk: z.number(), shipping_company: Enum, name: z.string() })),
  attributes: z.record(z.string(), z.unknown()).describe('`tradein`: quote, device, offered/final value, discount, review_status, amount_due'),
  price: Money,
  quantity: z.number(),
  tax_rate: Money.nullable(),
  tracking_number: z.string().nullable(),
  order: z.number(),
});

export const OrderResponse = z.looseObject({
  id: z.number(),
  status: Enum,
  currency: Enum,
  orderitem_set: z.array(OrderItemResponse),
  discountitem_set: z.array(
    z.object({
      name: z.string(),
      amount: Money.describe('negative for an amount a trade-in decision left due'),
      created_date: Time,
      order_number: z.string(),
      currency: Enum,
    }),
  ),
  is_cancelled: z.boolean(),
  is_cancellable: z.boolean(),
  is_refundable: z.boolean(),
  shipping_address: AddressResponse.nullable(),
  billing_address: AddressResponse.nullable(),
  shipping_company: Enum.nullable(),
  payment_option: z.object({ pk: z.number(), name: z.string(), payment_type: z.string().nullable(), slug: z.string() }).nullable(),
  amount_without_discount: Money,
  is_payable: z.boolean().describe('true while a trade-in decision left an amount due'),
  bank: z.null(),
  number: z.string(),
  amount: Money,
  discount_amount: Money,
  shipping_amount: Money,
  refund_amount: Money,
  language_code: z.string().nullable().describe('e.g. tr-tr'),
  extra_field: z.object({ amount_due: Money.describe('what the customer owes after a lower final trade-in value or a rejection') }),
  user_email: z.string(),
  shipping_option_slug: z.string().nullable(),
  payment_option_slug: z.string().nullable(),
  shipping_option: z.number().nullable(),
  user: z.number(),
});

export const ReasonResponse = z.looseObject({ id: z.number(), cancellation_type: z.enum(['cancel', 'refund']), subject: z.string(), is_active: z.boolean() });

export const OldOrderResponse = z.looseObject({ id: z.number(), number: z.string(), currency: Enum, amount: Money, status: z.string(), user: z.number() });

/** The decision's message: a JSON string (Accept: application/json, `*\/*`), text/plain, or an HTML page. */
export const DecisionResponse = z.string().describe('localized message, e.g. "Onaylama isleminiz gönderilmiştir."');
