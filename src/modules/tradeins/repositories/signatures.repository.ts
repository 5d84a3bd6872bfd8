import type { Ctx } from '../../../platform/context.js';

type Db = Pick<Ctx, 'db' | 'tenant'>;

/** `trade_in_signatures`: the client's and the agent's signature images (PNG). */
export const signaturesRepository = {
  async saveSignature(
    ctx: Db & { actor?: Ctx['actor'] },
    tradeInId: number,
    role: 'client' | 'agent',
    png: Buffer,
    width: number,
    height: number,
    userId: number | null,
    now: Date,
  ): Promise<void> {
    await ctx.db.query(
      `INSERT INTO trade_in_signatures (tenant_id, trade_in_id, role, png, width, height, uploaded_by, created_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8)
       ON CONFLICT (trade_in_id, role) DO UPDATE SET png = EXCLUDED.png, width = EXCLUDED.width, height = EXCLUDED.height,
         uploaded_by = EXCLUDED.uploaded_by, created_at = EXCLUDED.created_at`,
      [ctx.tenant.id, tradeInId, role, png, width, height, userId, now],
    );
  },

  async signatures(ctx: Db, tradeInId: number): Promise<{ role: 'client' | 'agent'; png: Buffer; width: number; height: number }[]> {
    const rows = await ctx.db.query<{ role: 'client' | 'agent'; png: Uint8Array; width: number; height: number }>(
      'SELECT role, png, width, height FROM trade_in_signatures WHERE tenant_id = $1 AND trade_in_id = $2',
      [ctx.tenant.id, tradeInId],
    );
    return rows.map((r) => ({ role: r.role, png: Buffer.from(r.png), width: r.width, height: r.height }));
  },
};
