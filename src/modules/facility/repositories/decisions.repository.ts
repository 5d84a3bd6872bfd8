import type { Ctx } from '../../../platform/context.js';

type Db = Pick<Ctx, 'db' | 'tenant'>;

/** `facility_device_contacts` and `facility_decisions`: whom to ask about a revaluation and what they answered. */
export const decisionsRepository = {
  async setContact(ctx: Db, deviceId: number, email: string | null, locale: string | null): Promise<void> {
    await ctx.db.query(
      `INSERT INTO facility_device_contacts (tenant_id, device_id, email, locale) VALUES ($1, $2, $3, $4)
       ON CONFLICT (tenant_id, device_id) DO UPDATE SET email = EXCLUDED.email, locale = EXCLUDED.locale`,
      [ctx.tenant.id, deviceId, email, locale],
    );
  },

  async contact(ctx: Db, deviceId: number): Promise<{ email: string | null; locale: string | null } | null> {
    const rows = await ctx.db.query<{ email: string | null; locale: string | null }>(
      `SELECT email, locale FROM facility_device_contacts WHERE tenant_id = $1 AND device_id = $2`,
      [ctx.tenant.id, deviceId],
    );
    return rows[0] ?? null;
  },

  async insertDecision(
    ctx: Db,
    d: { deviceId: number; valuationCount: number; decision: 'approved' | 'rejected'; channel: string; userId: number | null; now: Date },
  ): Promise<boolean> {
    const rows = await ctx.db.query(
      `INSERT INTO facility_decisions (tenant_id, device_id, valuation_count, decision, channel, actor_user_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (tenant_id, device_id, valuation_count) DO NOTHING RETURNING id`,
      [ctx.tenant.id, d.deviceId, d.valuationCount, d.decision, d.channel, d.userId, d.now],
    );
    return rows.length > 0;
  },

  async decisionOf(ctx: Db, deviceId: number): Promise<{ decision: string; channel: string; createdAt: Date } | null> {
    const rows = await ctx.db.query<{ decision: string; channel: string; created_at: Date }>(
      `SELECT decision, channel, created_at FROM facility_decisions WHERE tenant_id = $1 AND device_id = $2 ORDER BY id DESC LIMIT 1`,
      [ctx.tenant.id, deviceId],
    );
    return rows[0] ? { decision: rows[0].decision, channel: rows[0].channel, createdAt: new Date(rows[0].created_at) } : null;
  },
};
