import type { Ctx } from '../../../platform/context.js';
import type { OldOrderRecord } from './records.js';
import { toOldOrder, type Row } from './rows.js';

/** `commerce_old_orders`: orders imported from a previous shop. */
export const oldOrdersRepository = {
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
    const rows = await ctx.db.query<Row>(
      `SELECT * FROM commerce_old_orders WHERE ${where} ORDER BY created_at DESC, id DESC LIMIT ${f.limit} OFFSET ${f.offset}`,
      params,
    );
    return { count: total[0].n, rows: rows.map(toOldOrder) };
  },
};
