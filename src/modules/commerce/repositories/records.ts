import type { AddressRecord } from '../addresses.repository.js';

/** The records commerce's use cases work with (rows of `commerce_*` tables, mapped in `rows.ts`). */
export interface CancellationRequestRecord {
  id: number;
  uuid: string;
  orderItemId: number;
  reasonId: number;
  cancellationType: 'cancel' | 'refund';
  status: string;
  quantity: number;
  description: string | null;
  iban: string | null;
  holderName: string | null;
  pickupAddress: number | null;
  shippingCompany: number | null;
  pickupDate: Record<string, unknown> | null;
  fullyRefundAsLoyaltyMoney: boolean;
  /** The carrier pickup of a return (seed 002 `easy_return`), stored as answered. */
  easyReturn: EasyReturnRecord | null;
  createdAt: Date;
  modifiedAt: Date;
}

/** A carrier pickup of a return (seed 002 `easy_return`; `status` is the value of its `{ value, label }`). */
export interface EasyReturnRecord {
  status: 'active';
  code: string;
  start_date: string;
  end_date: string | null;
  tracking_url: string | null;
  tracking_number: string | null;
  shipping_company: { value: string; label: string };
  pickup_date: ({ date: string } & Record<string, unknown>) | null;
}

export interface OrderItemRecord {
  id: number;
  orderId: number;
  productSku: string;
  productName: string;
  priceMinor: number;
  quantity: number;
  cancelledQuantity: number;
  status: string;
  attributes: Record<string, unknown>;
  tradeinDeviceId: number | null;
  tradeinFinalPriceMinor: number | null;
  tradeinValuatedAt: Date | null;
  tradeinReview: 'approved' | 'rejected' | null;
  /** VAT in basis points (2000 = 20.00 %); null for items ordered before rates were stored. */
  taxRateBp: number | null;
  trackingNumber: string | null;
  shippedAt: Date | null;
  deliveredAt: Date | null;
  createdAt: Date;
  modifiedAt: Date;
  cancellationRequests: CancellationRequestRecord[];
}

export interface DiscountItemRecord {
  id: number;
  orderItemId: number | null;
  name: string;
  amountMinor: number;
  createdAt: Date;
}

export interface OrderRecord {
  id: number;
  userId: number;
  number: string;
  status: string;
  currency: string;
  amountWithoutDiscountMinor: number;
  discountMinor: number;
  amountMinor: number;
  shippingMinor: number;
  refundMinor: number;
  languageCode: string | null;
  userEmail: string;
  remoteAddr: string | null;
  clientType: string;
  shippingAddress: AddressRecord | null;
  billingAddress: AddressRecord | null;
  /** Snapshot of the tenant's shipping option at checkout (`settings.commerce.shippingOptions`). */
  shippingOption: OptionSnapshot | null;
  paymentOption: OptionSnapshot | null;
  /** What the customer owes after a lower final trade-in value or a rejected trade-in. */
  balanceDueMinor: number;
  createdAt: Date;
  modifiedAt: Date;
  items: OrderItemRecord[];
  discounts: DiscountItemRecord[];
}

/** A shipping or payment option as chosen at checkout (free-form fields of the setting). */
export type OptionSnapshot = { pk: number; slug: string; name: string } & Record<string, unknown>;

export interface CancellationReasonRecord {
  id: number;
  key: string;
  uuid: string;
  cancellationType: 'cancel' | 'refund';
  translations: Record<string, { subject: string }>;
  extraInformationNeeded: boolean;
  isActive: boolean;
  createdAt: Date;
  modifiedAt: Date;
}

export interface OldOrderRecord {
  id: number;
  userId: number;
  number: string;
  currency: string;
  status: string;
  amountMinor: number;
  discountMinor: number;
  paymentType: string | null;
  bank: string | null;
  installmentCount: number | null;
  trackingNumber: string | null;
  shippingAddress: string | null;
  billingAddress: string | null;
  extraField: Record<string, unknown>;
  userEmail: string;
  items: { sku: string; name: string; quantity: number; price_minor: number }[];
  createdAt: Date;
}
