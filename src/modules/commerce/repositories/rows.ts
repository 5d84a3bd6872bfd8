import type { AddressRecord } from '../addresses.repository.js';
import type {
  CancellationReasonRecord,
  CancellationRequestRecord,
  DiscountItemRecord,
  EasyReturnRecord,
  OldOrderRecord,
  OptionSnapshot,
  OrderItemRecord,
  OrderRecord,
} from './records.js';

/** Row mapping of the `commerce_*` tables to their records, and the order item columns every item query selects. */
export type Row = Record<string, unknown>;
export const num = (v: unknown): number => Number(v);
export const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export function toRequest(r: Row): CancellationRequestRecord {
  return {
    id: num(r.id),
    uuid: String(r.uuid),
    orderItemId: num(r.order_item_id),
    reasonId: num(r.reason_id),
    cancellationType: r.cancellation_type as 'cancel' | 'refund',
    status: String(r.status),
    quantity: num(r.quantity),
    description: (r.description as string | null) ?? null,
    iban: (r.iban as string | null) ?? null,
    holderName: (r.holder_name as string | null) ?? null,
    pickupAddress: numOrNull(r.pickup_address),
    shippingCompany: numOrNull(r.shipping_company),
    pickupDate: (r.pickup_date as Record<string, unknown> | null) ?? null,
    fullyRefundAsLoyaltyMoney: Boolean(r.fully_refund_as_loyalty_money),
    easyReturn: (r.easy_return as EasyReturnRecord | null) ?? null,
    createdAt: new Date(r.created_at as Date),
    modifiedAt: new Date(r.modified_at as Date),
  };
}

export function toItem(r: Row, requests: CancellationRequestRecord[]): OrderItemRecord {
  return {
    id: num(r.id),
    orderId: num(r.order_id),
    productSku: String(r.product_sku),
    productName: String(r.product_name),
    priceMinor: num(r.price_minor),
    quantity: num(r.quantity),
    cancelledQuantity: num(r.cancelled_quantity),
    status: String(r.status),
    attributes: (r.attributes as Record<string, unknown>) ?? {},
    tradeinDeviceId: numOrNull(r.tradein_device_id),
    tradeinFinalPriceMinor: numOrNull(r.tradein_final_price_minor),
    tradeinValuatedAt: r.tradein_valuated_at ? new Date(r.tradein_valuated_at as Date) : null,
    tradeinReview: (r.tradein_review as 'approved' | 'rejected' | null) ?? null,
    taxRateBp: numOrNull(r.tax_rate_bp),
    trackingNumber: (r.tracking_number as string | null) ?? null,
    shippedAt: r.shipped_at ? new Date(r.shipped_at as Date) : null,
    deliveredAt: r.delivered_at ? new Date(r.delivered_at as Date) : null,
    createdAt: new Date(r.created_at as Date),
    modifiedAt: new Date(r.modified_at as Date),
    cancellationRequests: requests.filter((c) => c.orderItemId === num(r.id)),
  };
}

export function toOrder(r: Row, items: OrderItemRecord[], discounts: DiscountItemRecord[], addresses: Map<number, AddressRecord>): OrderRecord {
  return {
    id: num(r.id),
    userId: num(r.user_id),
    number: String(r.number),
    status: String(r.status),
    currency: String(r.currency),
    amountWithoutDiscountMinor: num(r.amount_without_discount_minor),
    discountMinor: num(r.discount_minor),
    amountMinor: num(r.amount_minor),
    shippingMinor: num(r.shipping_minor),
    refundMinor: num(r.refund_minor),
    languageCode: (r.language_code as string | null) ?? null,
    userEmail: String(r.user_email),
    remoteAddr: (r.remote_addr as string | null) ?? null,
    clientType: String(r.client_type),
    shippingAddress: addresses.get(num(r.shipping_address_id)) ?? null,
    billingAddress: addresses.get(num(r.billing_address_id)) ?? null,
    shippingOption: (r.shipping_option as OptionSnapshot | null) ?? null,
    paymentOption: (r.payment_option as OptionSnapshot | null) ?? null,
    balanceDueMinor: num(r.balance_due_minor),
    createdAt: new Date(r.created_at as Date),
    modifiedAt: new Date(r.modified_at as Date),
    items: items.filter((i) => i.orderId === num(r.id)),
    discounts: discounts.filter((d) => (d as DiscountItemRecord & { orderId?: number }).orderId === num(r.id)),
  };
}

export function toReason(r: Row): CancellationReasonRecord {
  return {
    id: num(r.id),
    key: String(r.key),
    uuid: String(r.uuid),
    cancellationType: r.cancellation_type as 'cancel' | 'refund',
    translations: r.translations as Record<string, { subject: string }>,
    extraInformationNeeded: Boolean(r.extra_information_needed),
    isActive: Boolean(r.is_active),
    createdAt: new Date(r.created_at as Date),
    modifiedAt: new Date(r.modified_at as Date),
  };
}

export function toOldOrder(r: Row): OldOrderRecord {
  return {
    id: num(r.id),
    userId: num(r.user_id),
    number: String(r.number),
    currency: String(r.currency),
    status: String(r.status),
    amountMinor: num(r.amount_minor),
    discountMinor: num(r.discount_minor),
    paymentType: (r.payment_type as string | null) ?? null,
    bank: (r.bank as string | null) ?? null,
    installmentCount: numOrNull(r.installment_count),
    trackingNumber: (r.tracking_number as string | null) ?? null,
    shippingAddress: (r.shipping_address as string | null) ?? null,
    billingAddress: (r.billing_address as string | null) ?? null,
    extraField: (r.extra_field as Record<string, unknown>) ?? {},
    userEmail: String(r.user_email),
    items: (r.items as OldOrderRecord['items']) ?? [],
    createdAt: new Date(r.created_at as Date),
  };
}

export const itemCols = (p = '') =>
  [
    'id',
    'order_id',
    'product_sku',
    'product_name',
    'price_minor',
    'quantity',
    'cancelled_quantity',
    'status',
    'attributes',
    'tradein_device_id',
    'tradein_final_price_minor',
    'tradein_valuated_at',
    'tradein_review',
    'tax_rate_bp',
    'tracking_number',
    'shipped_at',
    'delivered_at',
    'created_at',
    'modified_at',
  ]
    .map((c) => p + c)
    .join(', ');
export const ITEM_COLS = itemCols();
