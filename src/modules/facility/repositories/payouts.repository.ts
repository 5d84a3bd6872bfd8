import type { Ctx } from '../../../platform/context.js';
import type { Payout } from './records.js';
import { mapPayout } from './rows.js';

type Db = Pick<Ctx, 'db' | 'tenant'>;

/** `facility_payouts`, `store_credit_ledger`, `gift_cards`: money paid out for devices. */
export const payoutsRepository = {
  /** One payout per device: the second insert returns null (the caller reads the first). */
  async insertPayout(ctx: Db, p: Omit<Payout, 'id' | 'createdAt'> & { userId: number | null; now: Date }): Promise<Payout | null> {
    const rows = await ctx.db.query(
      `INSERT INTO facility_payouts (tenant_id, device_id, method, amount_minor, currency, customer_ref, gift_card_code, bank_account, status, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (tenant_id, device_id) DO NOTHING RETURNING *`,
      [ctx.tenant.id, p.deviceId, p.method, p.amountMinor, p.currency, p.customerRef, p.giftCardCode, p.bankAccount, p.status, p.userId, p.now],
    );
    return rows[0] ? mapPayout(rows[0]) : null;
  },

  async payoutOf(ctx: Db, deviceId: number): Promise<Payout | null> {
    const rows = await ctx.db.query(`SELECT * FROM facility_payouts WHERE tenant_id = $1 AND device_id = $2`, [ctx.tenant.id, deviceId]);
    return rows[0] ? mapPayout(rows[0]) : null;
  },

  async addCredit(
    ctx: Db,
    e: { customerRef: string; amountMinor: number; currency: string; deviceId: number | null; note: string | null; now: Date },
  ): Promise<void> {
    await ctx.db.query(
      `INSERT INTO store_credit_ledger (tenant_id, customer_ref, amount_minor, currency, device_id, note, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [ctx.tenant.id, e.customerRef, e.amountMinor, e.currency, e.deviceId, e.note, e.now],
    );
  },

  async creditBalance(ctx: Db, customerRef: string): Promise<{ currency: string; balanceMinor: number }[]> {
    const rows = await ctx.db.query<{ currency: string; balance: string | number }>(
      `SELECT currency, sum(amount_minor) AS balance FROM store_credit_ledger WHERE tenant_id = $1 AND customer_ref = $2 GROUP BY currency ORDER BY currency`,
      [ctx.tenant.id, customerRef],
    );
    return rows.map((r) => ({ currency: r.currency, balanceMinor: Number(r.balance) }));
  },

  async insertGiftCard(ctx: Db, g: { code: string; amountMinor: number; currency: string; deviceId: number; now: Date }): Promise<void> {
    await ctx.db.query(
      `INSERT INTO gift_cards (tenant_id, code, initial_minor, balance_minor, currency, device_id, created_at) VALUES ($1, $2, $3, $3, $4, $5, $6)`,
      [ctx.tenant.id, g.code, g.amountMinor, g.currency, g.deviceId, g.now],
    );
  },

  async giftCard(ctx: Db, code: string): Promise<{ code: string; balanceMinor: number; initialMinor: number; currency: string } | null> {
    const rows = await ctx.db.query<{ code: string; balance_minor: string | number; initial_minor: string | number; currency: string }>(
      `SELECT code, balance_minor, initial_minor, currency FROM gift_cards WHERE tenant_id = $1 AND code = $2`,
      [ctx.tenant.id, code],
    );
    return rows[0]
      ? { code: rows[0].code, balanceMinor: Number(rows[0].balance_minor), initialMinor: Number(rows[0].initial_minor), currency: rows[0].currency }
      : null;
  },

  /** Guarded redemption: only when the balance covers it. */
  async redeemGiftCard(ctx: Db, code: string, amountMinor: number): Promise<number | null> {
    const rows = await ctx.db.query<{ balance_minor: string | number }>(
      `UPDATE gift_cards SET balance_minor = balance_minor - $3 WHERE tenant_id = $1 AND code = $2 AND balance_minor >= $3 RETURNING balance_minor`,
      [ctx.tenant.id, code, amountMinor],
    );
    return rows[0] ? Number(rows[0].balance_minor) : null;
  },
};
