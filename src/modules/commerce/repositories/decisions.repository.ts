import type { Ctx } from '../../../platform/context.js';
import type { OrderItemRecord } from './records.js';
import { itemCols, toItem, type Row } from './rows.js';

/** The customer as a decision's email and locale need them (read with the decision, no second round trip). */
export interface DecisionCustomer {
  email: string;
  firstName: string;
  lastName: string;
  locale: string | null;
}

/** A trade-in's final valuation on its order item, the customer's guarded decision and what it leaves due. */
export const decisionsRepository = {
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
  ): Promise<
    (OrderItemRecord & { orderNumber: string; userEmail: string; currency: string; languageCode: string | null; customer: DecisionCustomer | null }) | null
  > {
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
};
