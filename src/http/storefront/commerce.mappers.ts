import {
  CommerceSettings,
  formatTaxRate,
  isCancellable,
  isRefundable,
  type AddressRecord,
  type CancellationReasonRecord,
  type CancellationRequestRecord,
  type EasyReturnRecord,
  type OldOrderRecord,
  type OrderItemRecord,
  type OrderRecord,
} from '../../modules/commerce/index.js';
import type { UserRecord } from '../../modules/org/index.js';
import type { TenantRef } from '../../platform/context.js';
import { defineMessages, translate } from '../../platform/i18n/index.js';
import { currencySymbol, formatDecimal } from '../../platform/money/index.js';

/** Labels of seed 002's `{ value, label }` statuses. */
defineMessages('storefront.commerce', {
  status100: { en: 'Cancelled' },
  status200: { en: 'Waiting' },
  status400: { en: 'Approved' },
  status500: { en: 'Shipped' },
  status550: { en: 'Delivered' },
  status600: { en: 'Refunded' },
  requestopen: { en: 'Open' },
  requestcompleted: { en: 'Completed' },
  easyReturnactive: { en: 'Active' },
});

const REASON_LOCALE_KEYS: Record<string, string> = { en: 'en-us', tr: 'tr-tr', sv: 'sv-se', de: 'de-de' };

/** What the mappers need besides the record: the answer's locale and the tenant's settings. */
export interface MapCtx {
  locale: string;
  tenant: TenantRef;
}

export const currency = (code: string) => ({ value: code.toLowerCase(), label: code.toUpperCase() === 'TRY' ? 'TL' : currencySymbol(code) });
const statusOf = (code: string, locale: string) => ({ value: code, label: translate(`storefront.commerce.status${code}`, locale) });

function toEasyReturn(e: EasyReturnRecord | null, locale: string) {
  if (!e) return null;
  return { ...e, status: { value: e.status, label: translate(`storefront.commerce.easyReturn${e.status}`, locale) } };
}

export function toCancellationRequest(r: CancellationRequestRecord, locale: string) {
  return {
    id: r.id,
    cancellation_type: r.cancellationType,
    status: { value: r.status, label: translate(`storefront.commerce.request${r.status}`, locale) },
    easy_return: toEasyReturn(r.easyReturn, locale),
    created_date: r.createdAt.toISOString(),
    modified_date: r.modifiedAt.toISOString(),
    uuid: r.uuid,
    description: r.description,
    iban: r.iban,
    holder_name: r.holderName,
    reason: r.reasonId,
    order_item: r.orderItemId,
  };
}

/** Seed 002's user object nested in an address (fields we do not keep are null). */
export function toUser(u: UserRecord) {
  return {
    pk: u.id,
    username: u.uid,
    first_name: u.firstName,
    last_name: u.lastName,
    email: u.email,
    is_active: u.isActive,
    date_joined: u.createdAt.toISOString(),
    last_login: u.lastLoginAt?.toISOString() ?? null,
    email_allowed: null,
    sms_allowed: null,
    call_allowed: null,
    gender: null,
    attributes: {},
    phone: u.phone,
    date_of_birth: null,
    attributes_kwargs: {},
    user_type: 'registered',
    modified_date: null,
  };
}

/** Seed 002's address with its country, city, township and district objects. */
export function toAddress(a: AddressRecord | null, owner: UserRecord | null) {
  if (!a) return null;
  return {
    pk: a.id,
    email: a.email,
    phone_number: a.phoneNumber,
    first_name: a.firstName,
    last_name: a.lastName,
    country: { pk: a.country.id, is_active: true, name: a.country.name, code: a.country.code, translations: null },
    city: { pk: a.city.id, is_active: true, name: a.city.name, country: a.country.id, translations: null, priority: null, postcode: null },
    line: a.line,
    title: a.title,
    township: a.township ? { pk: a.township.id, is_active: true, name: a.township.name, city: a.city.id, postcode: null, translations: null } : null,
    district: a.district
      ? { pk: a.district.id, is_active: true, name: a.district.name, city: a.city.id, township: a.township?.id ?? null, postcode: null, translations: null }
      : null,
    postcode: a.postcode,
    notes: a.notes,
    company_name: a.companyName,
    tax_office: a.taxOffice,
    tax_no: a.taxNo,
    e_bill_taxpayer: a.eBillTaxpayer,
    hash_data: a.hashData,
    address_type: 'customer' as const,
    retail_store: null,
    remote_id: null,
    identity_number: a.identityNumber,
    extra_field: null,
    user: owner && owner.id === a.userId ? toUser(owner) : a.userId,
    is_corporate: a.isCorporate,
    primary: false,
  };
}

function itemAttributes(i: OrderItemRecord, cur: string): Record<string, unknown> {
  const ti = i.attributes.tradein as Record<string, unknown> | undefined;
  if (!ti) return i.attributes;
  return {
    ...i.attributes,
    tradein: {
      ...ti,
      final_price: i.tradeinFinalPriceMinor === null ? null : formatDecimal(i.tradeinFinalPriceMinor, String(ti.currency ?? cur)),
      review_status: i.tradeinReview,
    },
  };
}

const carrierOf = (o: OrderRecord) => (o.shippingOption?.shipping_company as { value: string; label: string } | undefined) ?? null;

function toOrderItem(i: OrderItemRecord, o: OrderRecord, m: MapCtx) {
  const remaining = i.quantity - i.cancelledQuantity;
  const requests = i.cancellationRequests.map((r) => toCancellationRequest(r, m.locale));
  const refundable = isRefundable(i.status, remaining);
  const carriers = refundable ? CommerceSettings.read(m.tenant).shippingOptions.filter((c) => c.easyReturn) : [];
  return {
    id: i.id,
    status: statusOf(i.status, m.locale),
    price_currency: currency(o.currency),
    product: {
      pk: null,
      sku: i.productSku,
      base_code: null,
      name: i.productName,
      image: null,
      absolute_url: null,
      attributes: {},
      attributes_kwargs: {},
      form_schema: null,
      data_source: null,
      extra_attributes: {},
    },
    is_cancelled: remaining === 0,
    is_cancellable: isCancellable(i.status, remaining),
    is_refundable: refundable,
    cancellationrequest_set: requests,
    active_cancellation_request: requests.find((r) => r.status.value === 'open') ?? null,
    shipping_company: i.shippedAt ? carrierOf(o) : null,
    tracking_url: null,
    is_tradable: false,
    available_easy_return_shipping_companies: carriers.map((c) => ({ pk: c.pk, shipping_company: c.shippingCompany, name: c.name })),
    datasource_detailed: null,
    extra_product_stock_detailed: null,
    extra_product_price_detailed: null,
    created_date: i.createdAt.toISOString(),
    modified_date: i.modifiedAt.toISOString(),
    attributes: itemAttributes(i, o.currency),
    attributes_kwargs: {},
    localized_attributes: {},
    localized_attributes_kwargs: {},
    price: formatDecimal(i.priceMinor, o.currency),
    quantity: i.quantity,
    tax_rate: i.taxRateBp === null ? null : formatTaxRate(i.taxRateBp),
    invoice_number: null,
    invoice_date: null,
    e_archive_url: null,
    tracking_number: i.trackingNumber,
    retail_price: formatDecimal(i.priceMinor, o.currency),
    image: null,
    extra_field: { price_extra_field: {}, stock_extra_field: {} },
    estimated_delivery_date: null,
    shipping_tracking_url: null,
    order: o.id,
    parent: null,
    extra_product_price: null,
    extra_product_stock: null,
    datasource: null,
  };
}

/** Seed 002's order: addresses, options and money filled from what checkout stored. */
export function toOrder(o: OrderRecord, owner: UserRecord | null, m: MapCtx) {
  const money = (v: number) => formatDecimal(v, o.currency);
  const p = o.paymentOption;
  return {
    id: o.id,
    status: statusOf(o.status, m.locale),
    currency: currency(o.currency),
    orderitem_set: o.items.map((i) => toOrderItem(i, o, m)),
    discountitem_set: o.discounts.map((d) => ({
      name: d.name,
      amount: money(d.amountMinor),
      created_date: d.createdAt.toISOString(),
      order_number: o.number,
      currency: currency(o.currency),
    })),
    is_cancelled: o.status === '100',
    is_cancellable: o.items.some((i) => isCancellable(i.status, i.quantity - i.cancelledQuantity)),
    is_refundable: o.items.some((i) => isRefundable(i.status, i.quantity - i.cancelledQuantity)),
    shipping_address: toAddress(o.shippingAddress, owner),
    billing_address: toAddress(o.billingAddress, owner),
    shipping_company: carrierOf(o),
    client_type: o.clientType,
    payment_option: p ? { pk: p.pk, name: p.name, payment_type: typeof p.payment_type === 'string' ? p.payment_type : null, slug: p.slug } : null,
    amount_without_discount: money(o.amountWithoutDiscountMinor),
    // Payable again when a trade-in decision left an amount due (README "A lower final value").
    is_payable: o.balanceDueMinor > 0,
    tracking_url: null,
    bank: null,
    loyaltytransaction_set: [],
    created_date: o.createdAt.toISOString(),
    modified_date: o.modifiedAt.toISOString(),
    number: o.number,
    amount: money(o.amountMinor),
    discount_amount: money(o.discountMinor),
    shipping_amount: money(o.shippingMinor),
    shipping_tax_rate: null,
    refund_amount: money(o.refundMinor),
    discount_refund_amount: money(0),
    shipping_refund_amount: money(0),
    invoice_number: null,
    invoice_date: null,
    e_archive_url: null,
    tracking_number: o.items.find((i) => i.trackingNumber)?.trackingNumber ?? null,
    defined_tracking_url: null,
    remote_addr: o.remoteAddr,
    has_gift_box: false,
    gift_box_note: null,
    language_code: o.languageCode,
    notes: null,
    delivery_range: null,
    extra_field: { amount_due: money(o.balanceDueMinor) },
    user_email: o.userEmail,
    shipping_option_slug: o.shippingOption?.slug ?? null,
    payment_option_slug: p?.slug ?? null,
    bin_number: null,
    installment_count: 1,
    installment_interest_amount: money(0),
    shipping_tracking_url: null,
    user: o.userId,
    basket: null,
    shipping_option: o.shippingOption?.pk ?? null,
    card: null,
    installment: null,
    segment: null,
    checkout_provider: null,
  };
}

export function toReason(r: CancellationReasonRecord, locale: string) {
  const translations = Object.fromEntries(Object.entries(r.translations).map(([l, t]) => [REASON_LOCALE_KEYS[l] ?? l, t]));
  return {
    id: r.id,
    cancellation_type: r.cancellationType,
    translations,
    created_date: r.createdAt.toISOString(),
    modified_date: r.modifiedAt.toISOString(),
    uuid: r.uuid,
    subject: (r.translations[locale] ?? r.translations.en)?.subject ?? r.key,
    extra_information_needed: r.extraInformationNeeded,
    order: null,
    is_active: r.isActive,
  };
}

export function toOldOrder(o: OldOrderRecord) {
  const money = (m: number) => formatDecimal(m, o.currency);
  return {
    id: o.id,
    currency: currency(o.currency),
    shipping_company: null,
    oldorderitem_set: o.items.map((i) => ({ sku: i.sku, name: i.name, quantity: i.quantity, price: money(i.price_minor) })),
    number: o.number,
    user_email: o.userEmail,
    status: o.status,
    created_date: o.createdAt.toISOString(),
    amount: money(o.amountMinor),
    discount_amount: money(o.discountMinor),
    payment_type: o.paymentType,
    bank: o.bank,
    installment_count: o.installmentCount,
    tracking_number: o.trackingNumber,
    shipping_address: o.shippingAddress,
    billing_address: o.billingAddress,
    extra_field: o.extraField,
    user: o.userId,
  };
}
