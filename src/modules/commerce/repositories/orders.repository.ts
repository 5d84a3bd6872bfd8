import type { Ctx } from '../../../platform/context.js';
import { addressesRepository } from '../addresses.repository.js';
import type { OptionSnapshot, OrderRecord } from './records.js';
import { ITEM_COLS, num, numOrNull, toItem, toOrder, toRequest, type Row } from './rows.js';

/** `commerce_orders` (with their discount lines): checkout writes, the owner's orders, refunds and the balance due. */
export const ordersRepository = {
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
    const orders = await ctx.db.query<Row>(`SELECT * FROM commerce_orders WHERE ${where} ORDER BY id DESC LIMIT ${f.limit} OFFSET ${f.offset}`, params);
    if (orders.length === 0) return { count: total[0].n, orders: [] };
    const ids = orders.map((o) => num(o.id));
    const items = await ctx.db.query<Row>(`SELECT ${ITEM_COLS} FROM commerce_order_items WHERE tenant_id = $1 AND order_id = ANY($2::int[]) ORDER BY id`, [
      ctx.tenant.id,
      ids,
    ]);
    const requests = (
      await ctx.db.query<Row>(
        `SELECT r.* FROM commerce_cancellation_requests r JOIN commerce_order_items i ON i.id = r.order_item_id
         WHERE r.tenant_id = $1 AND i.order_id = ANY($2::int[]) ORDER BY r.id`,
        [ctx.tenant.id, ids],
      )
    ).map(toRequest);
    const discounts = (
      await ctx.db.query<Row>(`SELECT * FROM commerce_discount_items WHERE tenant_id = $1 AND order_id = ANY($2::int[]) ORDER BY id`, [ctx.tenant.id, ids])
    ).map((d) => ({
      id: num(d.id),
      orderId: num(d.order_id),
      orderItemId: numOrNull(d.order_item_id),
      name: String(d.name),
      amountMinor: num(d.amount_minor),
      createdAt: new Date(d.created_at as Date),
    }));
    const itemRecords = items.map((i) => toItem(i, requests));
    const addressIds = orders
      .flatMap((o) => [o.shipping_address_id, o.billing_address_id])
      .filter((id) => id !== null)
      .map(num);
    const addresses = await addressesRepository.findByIds(ctx, [...new Set(addressIds)]);
    return { count: total[0].n, orders: orders.map((o) => toOrder(o, itemRecords, discounts, addresses)) };
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

  /** Lowers what the customer owes (an item whose trade-in left an amount due was cancelled). */
  async reduceBalanceDue(ctx: Ctx, orderId: number, amountMinor: number, now: Date): Promise<void> {
    await ctx.db.query(
      `UPDATE commerce_orders SET balance_due_minor = GREATEST(0, balance_due_minor - $3), modified_at = $4 WHERE tenant_id = $1 AND id = $2`,
      [ctx.tenant.id, orderId, amountMinor, now],
    );
  },
};
