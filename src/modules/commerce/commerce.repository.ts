import crypto from 'node:crypto';
import type { Ctx } from '../../platform/context.js';
import { addressesRepository, type AddressRecord } from './addresses.repository.js';

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

type Row = Record<string, unknown>;
const num = (v: unknown): number => Number(v);
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

function toRequest(r: Row): CancellationRequestRecord {
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

function toItem(r: Row, requests: CancellationRequestRecord[]): OrderItemRecord {
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

function toOrder(r: Row, items: OrderItemRecord[], discounts: DiscountItemRecord[], addresses: Map<number, AddressRecord>): OrderRecord {
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

function toReason(r: Row): CancellationReasonRecord {
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

function toOldOrder(r: Row): OldOrderRecord {
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

/** Default cancellation reasons a tenant starts with (editable later in the back office). */
export const DEFAULT_REASONS: { key: string; type: 'cancel' | 'refund'; subjects: Record<'en' | 'tr' | 'sv' | 'de', string> }[] = [
  { key: 'changed-mind', type: 'cancel', subjects: { en: 'I changed my mind', tr: 'Fikrimi değiştirdim', sv: 'Jag har ångrat mig', de: 'Ich habe es mir anders überlegt' } },
  { key: 'ordered-by-mistake', type: 'cancel', subjects: { en: 'I ordered by mistake', tr: 'Yanlışlıkla sipariş verdim', sv: 'Jag beställde av misstag', de: 'Ich habe versehentlich bestellt' } },
  { key: 'wrong-product', type: 'refund', subjects: { en: 'I got the wrong product', tr: 'Yanlış ürün aldım', sv: 'Jag fick fel produkt', de: 'Ich habe das falsche Produkt erhalten' } },
  { key: 'defective', type: 'refund', subjects: { en: 'The product is defective', tr: 'Ürün kusurlu', sv: 'Produkten är defekt', de: 'Das Produkt ist defekt' } },
];

const itemCols = (p = '') =>
  ['id', 'order_id', 'product_sku', 'product_name', 'price_minor', 'quantity', 'cancelled_quantity', 'status', 'attributes', 'tradein_device_id',
    'tradein_final_price_minor', 'tradein_valuated_at', 'tradein_review', 'tax_rate_bp', 'tracking_number', 'shipped_at', 'delivered_at',
    'created_at', 'modified_at'].map((c) => p + c).join(', ');
const ITEM_COLS = itemCols();

/** The customer as a decision's email and locale need them (read with the decision, no second round trip). */
export interface DecisionCustomer {
  email: string;
  firstName: string;
  lastName: string;
  locale: string | null;
}

export const commerceRepository = {
  async insertOrder(
    ctx: Ctx,
    o: {
      userId: number;
      number: string;
      currency: string;
      languageCode: string | null;
      userEmail: string;
      remoteAddr: string | null;
      shippingAddressId: number | null;
      billingAddressId: number | null;
      shippingOption: OptionSnapshot;
      paymentOption: OptionSnapshot;
      now: Date;
    },
  ): Promise<number> {
    const rows = await ctx.db.query<{ id: number }>(
      `INSERT INTO commerce_orders (tenant_id, user_id, number, currency, amount_without_discount_minor, amount_minor,
         language_code, user_email, remote_addr, shipping_address_id, billing_address_id, shipping_option, payment_option, created_at, modified_at)
       VALUES ($1, $2, $3, $4, 0, 0, $5, $6, $7, $8, $9, $10, $11, $12, $12) RETURNING id`,
      [
        ctx.tenant.id,
        o.userId,
        o.number,
        o.currency,
        o.languageCode,
        o.userEmail,
        o.remoteAddr,
        o.shippingAddressId,
        o.billingAddressId,
        JSON.stringify(o.shippingOption),
        JSON.stringify(o.paymentOption),
        o.now,
      ],
    );
    return rows[0].id;
  },

  async insertItem(
    ctx: Ctx,
    i: { orderId: number; sku: string; name: string; priceMinor: number; quantity: number; taxRateBp: number; now: Date },
  ): Promise<number> {
    const rows = await ctx.db.query<{ id: number }>(
      `INSERT INTO commerce_order_items (tenant_id, order_id, product_sku, product_name, price_minor, quantity, tax_rate_bp, created_at, modified_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id`,
      [ctx.tenant.id, i.orderId, i.sku, i.name, i.priceMinor, i.quantity, i.taxRateBp, i.now],
    );
    return rows[0].id;
  },

  async setItemTradeIn(ctx: Ctx, itemId: number, deviceId: number, attributes: Record<string, unknown>): Promise<void> {
    await ctx.db.query(
      `UPDATE commerce_order_items SET tradein_device_id = $3, attributes = $4 WHERE tenant_id = $1 AND id = $2`,
      [ctx.tenant.id, itemId, deviceId, JSON.stringify(attributes)],
    );
  },

  async insertDiscount(ctx: Ctx, d: { orderId: number; orderItemId: number | null; name: string; amountMinor: number; now: Date }): Promise<void> {
    await ctx.db.query(
      `INSERT INTO commerce_discount_items (tenant_id, order_id, order_item_id, name, amount_minor, created_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [ctx.tenant.id, d.orderId, d.orderItemId, d.name, d.amountMinor, d.now],
    );
  },

  async setOrderTotals(ctx: Ctx, orderId: number, t: { withoutDiscount: number; discount: number; amount: number; shipping: number }): Promise<void> {
    await ctx.db.query(
      `UPDATE commerce_orders SET amount_without_discount_minor = $3, discount_minor = $4, amount_minor = $5, shipping_minor = $6
       WHERE tenant_id = $1 AND id = $2`,
      [ctx.tenant.id, orderId, t.withoutDiscount, t.discount, t.amount, t.shipping],
    );
  },

  /** Orders with items, discounts and cancellation requests; `userId` limits to one owner. */
  async findOrders(ctx: Ctx, f: { userId: number; orderId?: number; limit: number; offset: number }): Promise<{ count: number; orders: OrderRecord[] }> {
    const params: unknown[] = [ctx.tenant.id, f.userId];
    let where = 'tenant_id = $1 AND user_id = $2';
    if (f.orderId !== undefined) {
      params.push(f.orderId);
      where += ` AND id = $${params.length}`;
    }
    const total = await ctx.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM commerce_orders WHERE ${where}`, params);
    const orders = await ctx.db.query<Row>(
      `SELECT * FROM commerce_orders WHERE ${where} ORDER BY id DESC LIMIT ${f.limit} OFFSET ${f.offset}`,
      params,
    );
    if (orders.length === 0) return { count: total[0].n, orders: [] };
    const ids = orders.map((o) => num(o.id));
    const items = await ctx.db.query<Row>(
      `SELECT ${ITEM_COLS} FROM commerce_order_items WHERE tenant_id = $1 AND order_id = ANY($2::int[]) ORDER BY id`,
      [ctx.tenant.id, ids],
    );
    const requests = (
      await ctx.db.query<Row>(
        `SELECT r.* FROM commerce_cancellation_requests r JOIN commerce_order_items i ON i.id = r.order_item_id
         WHERE r.tenant_id = $1 AND i.order_id = ANY($2::int[]) ORDER BY r.id`,
        [ctx.tenant.id, ids],
      )
    ).map(toRequest);
    const discounts = (
      await ctx.db.query<Row>(`SELECT * FROM commerce_discount_items WHERE tenant_id = $1 AND order_id = ANY($2::int[]) ORDER BY id`, [
        ctx.tenant.id,
        ids,
      ])
    ).map((d) => ({ id: num(d.id), orderId: num(d.order_id), orderItemId: numOrNull(d.order_item_id), name: String(d.name), amountMinor: num(d.amount_minor), createdAt: new Date(d.created_at as Date) }));
    const itemRecords = items.map((i) => toItem(i, requests));
    const addressIds = orders.flatMap((o) => [o.shipping_address_id, o.billing_address_id]).filter((id) => id !== null).map(num);
    const addresses = await addressesRepository.findByIds(ctx, [...new Set(addressIds)]);
    return { count: total[0].n, orders: orders.map((o) => toOrder(o, itemRecords, discounts, addresses)) };
  },

  /** An item of one of `userId`'s orders, locked for update. */
  async lockItemOfUser(ctx: Ctx, itemId: number, userId: number): Promise<(OrderItemRecord & { orderNumber: string; userEmail: string; currency: string; languageCode: string | null }) | null> {
    const rows = await ctx.db.query<Row>(
      `SELECT ${itemCols('i.')},
         o.number AS order_number, o.user_email, o.currency, o.language_code
       FROM commerce_order_items i JOIN commerce_orders o ON o.id = i.order_id AND o.tenant_id = i.tenant_id
       WHERE i.tenant_id = $1 AND i.id = $2 AND o.user_id = $3 FOR UPDATE OF i`,
      [ctx.tenant.id, itemId, userId],
    );
    if (!rows[0]) return null;
    return {
      ...toItem(rows[0], []),
      orderNumber: String(rows[0].order_number),
      userEmail: String(rows[0].user_email),
      currency: String(rows[0].currency),
      languageCode: (rows[0].language_code as string | null) ?? null,
    };
  },

  async itemByDevice(ctx: Ctx, deviceId: number): Promise<(OrderItemRecord & { userId: number; orderNumber: string; userEmail: string; currency: string; languageCode: string | null }) | null> {
    const rows = await ctx.db.query<Row>(
      `SELECT ${itemCols('i.')},
         o.user_id, o.number AS order_number, o.user_email, o.currency, o.language_code
       FROM commerce_order_items i JOIN commerce_orders o ON o.id = i.order_id AND o.tenant_id = i.tenant_id
       WHERE i.tenant_id = $1 AND i.tradein_device_id = $2 FOR UPDATE OF i`,
      [ctx.tenant.id, deviceId],
    );
    if (!rows[0]) return null;
    return {
      ...toItem(rows[0], []),
      userId: num(rows[0].user_id),
      orderNumber: String(rows[0].order_number),
      userEmail: String(rows[0].user_email),
      currency: String(rows[0].currency),
      languageCode: (rows[0].language_code as string | null) ?? null,
    };
  },

  async setValuation(ctx: Ctx, itemId: number, finalPriceMinor: number, now: Date): Promise<void> {
    await ctx.db.query(
      `UPDATE commerce_order_items SET tradein_final_price_minor = $3, tradein_valuated_at = $4, modified_at = $4 WHERE tenant_id = $1 AND id = $2`,
      [ctx.tenant.id, itemId, finalPriceMinor, now],
    );
  },

  /** Records the customer's review once: false when it was already decided. */
  /**
   * The owner's decision on an item's valuated trade-in, guarded in one statement: the item must
   * be the user's, carry a valuated trade-in, be undecided and not wholly cancelled (a concurrent
   * second decision waits for the row and then finds it decided). The item as it was, or null.
   */
  async claimReview(
    ctx: Ctx,
    itemId: number,
    userId: number,
    review: 'approved' | 'rejected',
    now: Date,
  ): Promise<(OrderItemRecord & { orderNumber: string; userEmail: string; currency: string; languageCode: string | null; customer: DecisionCustomer | null }) | null> {
    const rows = await ctx.db.query<Row>(
      `UPDATE commerce_order_items i SET tradein_review = $4, tradein_reviewed_at = $5, modified_at = $5
          FROM commerce_orders o LEFT JOIN users u ON u.id = o.user_id AND u.tenant_id = o.tenant_id
        WHERE o.id = i.order_id AND o.tenant_id = i.tenant_id AND i.tenant_id = $1 AND i.id = $2 AND o.user_id = $3
          AND i.tradein_review IS NULL AND i.tradein_device_id IS NOT NULL AND i.tradein_valuated_at IS NOT NULL
          AND i.cancelled_quantity < i.quantity AND jsonb_typeof(i.attributes -> 'tradein') = 'object'
        RETURNING ${itemCols('i.')}, o.number AS order_number, o.user_email, o.currency, o.language_code,
                  u.id AS customer_id, u.email AS customer_email, u.first_name AS customer_first_name, u.last_name AS customer_last_name, u.locale AS customer_locale`,
      [ctx.tenant.id, itemId, userId, review, now],
    );
    if (!rows[0]) return null;
    return {
      ...toItem({ ...rows[0], tradein_review: null }, []),
      orderNumber: String(rows[0].order_number),
      userEmail: String(rows[0].user_email),
      currency: String(rows[0].currency),
      languageCode: (rows[0].language_code as string | null) ?? null,
      customer:
        rows[0].customer_id === null
          ? null
          : {
              email: String(rows[0].customer_email),
              firstName: String(rows[0].customer_first_name ?? ''),
              lastName: String(rows[0].customer_last_name ?? ''),
              locale: (rows[0].customer_locale as string | null) ?? null,
            },
    };
  },

  /** Cancels `quantity` pieces (guarded on the remaining count); the new status or null when refused. */
  async cancelPieces(ctx: Ctx, itemId: number, quantity: number, expectedCancelled: number, now: Date, refund: boolean): Promise<string | null> {
    const rows = await ctx.db.query<{ status: string }>(
      `UPDATE commerce_order_items SET cancelled_quantity = cancelled_quantity + $3,
         status = CASE WHEN cancelled_quantity + $3 >= quantity THEN $6 ELSE status END, modified_at = $5
       WHERE tenant_id = $1 AND id = $2 AND cancelled_quantity = $4 AND cancelled_quantity + $3 <= quantity RETURNING status`,
      [ctx.tenant.id, itemId, quantity, expectedCancelled, now, refund ? '600' : '100'],
    );
    return rows[0]?.status ?? null;
  },

  async addRefund(ctx: Ctx, orderId: number, amountMinor: number, now: Date): Promise<void> {
    await ctx.db.query(
      `UPDATE commerce_orders SET refund_minor = refund_minor + $3, modified_at = $4,
         status = CASE WHEN NOT EXISTS (SELECT 1 FROM commerce_order_items WHERE tenant_id = $1 AND order_id = $2 AND cancelled_quantity < quantity)
                  THEN '100' ELSE status END
       WHERE tenant_id = $1 AND id = $2`,
      [ctx.tenant.id, orderId, amountMinor, now],
    );
  },

  async insertCancellationRequest(
    ctx: Ctx,
    r: Omit<CancellationRequestRecord, 'id' | 'uuid' | 'createdAt' | 'modifiedAt'> & { now: Date },
  ): Promise<CancellationRequestRecord> {
    const rows = await ctx.db.query<Row>(
      `INSERT INTO commerce_cancellation_requests (tenant_id, uuid, order_item_id, reason_id, cancellation_type, status, quantity,
         description, iban, holder_name, pickup_address, shipping_company, pickup_date, fully_refund_as_loyalty_money, easy_return, created_at, modified_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $16, $15, $15) RETURNING *`,
      [
        ctx.tenant.id,
        crypto.randomUUID(),
        r.orderItemId,
        r.reasonId,
        r.cancellationType,
        r.status,
        r.quantity,
        r.description,
        r.iban,
        r.holderName,
        r.pickupAddress,
        r.shippingCompany,
        r.pickupDate ? JSON.stringify(r.pickupDate) : null,
        r.fullyRefundAsLoyaltyMoney,
        r.now,
        r.easyReturn ? JSON.stringify(r.easyReturn) : null,
      ],
    );
    return toRequest(rows[0]);
  },

  /**
   * Books what a customer's trade-in decision leaves due: the item's trade-in data, a discount
   * line of `-due`, and the order's totals (discount down, amount and balance due up).
   */
  /** The item's trade-in attributes after a decision and, when something is due, its discount line and the order's totals: one statement. */
  async applyTradeInAmountDue(
    ctx: Ctx,
    a: { orderId: number; itemId: number; dueMinor: number; attributes: Record<string, unknown>; discountName: string; now: Date },
  ): Promise<void> {
    await ctx.db.query(
      `WITH item AS (
         UPDATE commerce_order_items SET attributes = $3, modified_at = $4 WHERE tenant_id = $1 AND id = $2 RETURNING id
       ), discount AS (
         INSERT INTO commerce_discount_items (tenant_id, order_id, order_item_id, name, amount_minor, created_at)
         SELECT $1, $5, $2, $6, -$7::bigint, $4 WHERE $7::bigint > 0
       )
       UPDATE commerce_orders SET discount_minor = discount_minor - $7, amount_minor = amount_minor + $7,
              balance_due_minor = balance_due_minor + $7, modified_at = $4
        WHERE tenant_id = $1 AND id = $5 AND $7::bigint > 0`,
      [ctx.tenant.id, a.itemId, JSON.stringify(a.attributes), a.now, a.orderId, a.discountName, a.dueMinor],
    );
  },

  /** Lowers what the customer owes (an item whose trade-in left an amount due was cancelled). */
  async reduceBalanceDue(ctx: Ctx, orderId: number, amountMinor: number, now: Date): Promise<void> {
    await ctx.db.query(
      `UPDATE commerce_orders SET balance_due_minor = GREATEST(0, balance_due_minor - $3), modified_at = $4 WHERE tenant_id = $1 AND id = $2`,
      [ctx.tenant.id, orderId, amountMinor, now],
    );
  },

  /** Any order item of the tenant (fulfilment is staff work, not the owner's). */
  async findItem(ctx: Ctx, itemId: number): Promise<(OrderItemRecord & { orderNumber: string }) | null> {
    const rows = await ctx.db.query<Row>(
      `SELECT ${itemCols('i.')}, o.number AS order_number FROM commerce_order_items i
       JOIN commerce_orders o ON o.id = i.order_id AND o.tenant_id = i.tenant_id WHERE i.tenant_id = $1 AND i.id = $2`,
      [ctx.tenant.id, itemId],
    );
    return rows[0] ? { ...toItem(rows[0], []), orderNumber: String(rows[0].order_number) } : null;
  },

  /**
   * Moves an item to `status` when it is in one of `from` and not wholly cancelled (guarded, so
   * two clerks cannot both win); then the order's status follows its least advanced live item.
   * The new order status, or null when the item was not in a state to take the step.
   */
  async fulfilItem(ctx: Ctx, f: { itemId: number; status: '500' | '550'; from: string[]; trackingNumber: string | null; now: Date }): Promise<string | null> {
    const rows = await ctx.db.query<{ order_id: number }>(
      `UPDATE commerce_order_items SET status = $3, tracking_number = COALESCE($5, tracking_number),
         shipped_at = COALESCE(shipped_at, $6), delivered_at = CASE WHEN $3 = '550' THEN $6::timestamptz ELSE delivered_at END, modified_at = $6
       WHERE tenant_id = $1 AND id = $2 AND status = ANY($4::text[]) AND cancelled_quantity < quantity RETURNING order_id`,
      [ctx.tenant.id, f.itemId, f.status, f.from, f.trackingNumber, f.now],
    );
    if (!rows[0]) return null;
    const order = await ctx.db.query<{ status: string }>(
      `UPDATE commerce_orders o SET modified_at = $3, status = COALESCE((
         SELECT min(i.status::int)::text FROM commerce_order_items i
         WHERE i.tenant_id = $1 AND i.order_id = o.id AND i.cancelled_quantity < i.quantity AND i.status::int >= 400), o.status)
       WHERE o.tenant_id = $1 AND o.id = $2 RETURNING o.status`,
      [ctx.tenant.id, Number(rows[0].order_id), f.now],
    );
    return order[0].status;
  },

  async listCancellationRequests(ctx: Ctx, userId: number, limit: number, offset: number): Promise<{ count: number; rows: CancellationRequestRecord[] }> {
    const from = `FROM commerce_cancellation_requests r JOIN commerce_order_items i ON i.id = r.order_item_id
      JOIN commerce_orders o ON o.id = i.order_id WHERE r.tenant_id = $1 AND o.tenant_id = $1 AND o.user_id = $2`;
    const total = await ctx.db.query<{ n: number }>(`SELECT count(*)::int AS n ${from}`, [ctx.tenant.id, userId]);
    const rows = await ctx.db.query<Row>(`SELECT r.* ${from} ORDER BY r.id DESC LIMIT ${limit} OFFSET ${offset}`, [ctx.tenant.id, userId]);
    return { count: total[0].n, rows: rows.map(toRequest) };
  },

  async ensureDefaultReasons(ctx: Ctx, now: Date): Promise<void> {
    for (const r of DEFAULT_REASONS) {
      const translations = Object.fromEntries(Object.entries(r.subjects).map(([l, s]) => [l, { subject: s }]));
      await ctx.db.query(
        `INSERT INTO commerce_cancellation_reasons (tenant_id, key, uuid, cancellation_type, translations, created_at, modified_at)
         VALUES ($1, $2, $3, $4, $5, $6, $6) ON CONFLICT (tenant_id, key) DO NOTHING`,
        [ctx.tenant.id, r.key, crypto.randomUUID(), r.type, JSON.stringify(translations), now],
      );
    }
  },

  async listReasons(ctx: Ctx): Promise<CancellationReasonRecord[]> {
    const rows = await ctx.db.query<Row>(`SELECT * FROM commerce_cancellation_reasons WHERE tenant_id = $1 AND is_active ORDER BY id`, [ctx.tenant.id]);
    return rows.map(toReason);
  },

  async upsertOldOrder(ctx: Ctx, o: Omit<OldOrderRecord, 'id'>): Promise<'created' | 'updated'> {
    const rows = await ctx.db.query<{ inserted: boolean }>(
      `INSERT INTO commerce_old_orders (tenant_id, user_id, number, currency, status, amount_minor, discount_minor, payment_type, bank,
         installment_count, tracking_number, shipping_address, billing_address, extra_field, user_email, items, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
       ON CONFLICT (tenant_id, number) DO UPDATE SET user_id = EXCLUDED.user_id, currency = EXCLUDED.currency, status = EXCLUDED.status,
         amount_minor = EXCLUDED.amount_minor, discount_minor = EXCLUDED.discount_minor, payment_type = EXCLUDED.payment_type,
         bank = EXCLUDED.bank, installment_count = EXCLUDED.installment_count, tracking_number = EXCLUDED.tracking_number,
         shipping_address = EXCLUDED.shipping_address, billing_address = EXCLUDED.billing_address, extra_field = EXCLUDED.extra_field,
         user_email = EXCLUDED.user_email, items = EXCLUDED.items, created_at = EXCLUDED.created_at
       RETURNING (xmax = 0) AS inserted`,
      [
        ctx.tenant.id,
        o.userId,
        o.number,
        o.currency,
        o.status,
        o.amountMinor,
        o.discountMinor,
        o.paymentType,
        o.bank,
        o.installmentCount,
        o.trackingNumber,
        o.shippingAddress,
        o.billingAddress,
        JSON.stringify(o.extraField),
        o.userEmail,
        JSON.stringify(o.items),
        o.createdAt,
      ],
    );
    return rows[0].inserted ? 'created' : 'updated';
  },

  async findOldOrders(ctx: Ctx, userId: number, f: { id?: number; limit: number; offset: number }): Promise<{ count: number; rows: OldOrderRecord[] }> {
    const params: unknown[] = [ctx.tenant.id, userId];
    let where = 'tenant_id = $1 AND user_id = $2';
    if (f.id !== undefined) {
      params.push(f.id);
      where += ` AND id = $3`;
    }
    const total = await ctx.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM commerce_old_orders WHERE ${where}`, params);
    const rows = await ctx.db.query<Row>(`SELECT * FROM commerce_old_orders WHERE ${where} ORDER BY created_at DESC, id DESC LIMIT ${f.limit} OFFSET ${f.offset}`, params);
    return { count: total[0].n, rows: rows.map(toOldOrder) };
  },
};
