import type { Ctx } from '../../../platform/context.js';
import type { OrderItemRecord } from './records.js';
import { itemCols, num, toItem, type Row } from './rows.js';

/** `commerce_order_items`: checkout writes, locked reads, guarded cancellation of pieces and fulfilment. */
export const orderItemsRepository = {
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
    await ctx.db.query(`UPDATE commerce_order_items SET tradein_device_id = $3, attributes = $4 WHERE tenant_id = $1 AND id = $2`, [
      ctx.tenant.id,
      itemId,
      deviceId,
      JSON.stringify(attributes),
    ]);
  },

  /** An item of one of `userId`'s orders, locked for update. */
  async lockItemOfUser(
    ctx: Ctx,
    itemId: number,
    userId: number,
  ): Promise<(OrderItemRecord & { orderNumber: string; userEmail: string; currency: string; languageCode: string | null }) | null> {
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

  async itemByDevice(
    ctx: Ctx,
    deviceId: number,
  ): Promise<(OrderItemRecord & { userId: number; orderNumber: string; userEmail: string; currency: string; languageCode: string | null }) | null> {
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
};
