import type { Ctx } from '../../../platform/context.js';
import type { DifferenceReport, Valuation } from './records.js';
import { json, mapValuation } from './rows.js';

type Db = Pick<Ctx, 'db' | 'tenant'>;

/** `facility_valuations`: the valuation history of devices and its analytics read. */
export const valuationsRepository = {
  async insertValuation(
    ctx: Db,
    v: Omit<Valuation, 'id' | 'createdAt'> & { variantId: number; storeId: number | null; agentUserId: number | null; now: Date },
  ): Promise<Valuation> {
    const rows = await ctx.db.query(
      `INSERT INTO facility_valuations (tenant_id, device_id, inspection_id, valuation_count, quote_id, registered_minor, computed_minor, final_minor, currency,
         grade_key, grade_name, report, is_override, override_reason, actor_user_id, actor_role, store_id, agent_user_id, variant_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20) RETURNING *`,
      [
        ctx.tenant.id,
        v.deviceId,
        v.inspectionId,
        v.valuationCount,
        v.quoteId,
        v.registeredMinor,
        v.computedMinor,
        v.finalMinor,
        v.currency,
        v.gradeKey,
        v.gradeName,
        JSON.stringify(v.report),
        v.isOverride,
        v.overrideReason,
        v.actorUserId,
        v.actorRole,
        v.storeId,
        v.agentUserId,
        v.variantId,
        v.now,
      ],
    );
    return mapValuation(rows[0]);
  },

  async latestValuation(ctx: Db, deviceId: number): Promise<Valuation | null> {
    const rows = await ctx.db.query(`SELECT * FROM facility_valuations WHERE tenant_id = $1 AND device_id = $2 ORDER BY id DESC LIMIT 1`, [
      ctx.tenant.id,
      deviceId,
    ]);
    return rows[0] ? mapValuation(rows[0]) : null;
  },

  /** Final valuations (latest per device) for analytics, within a period. */
  async valuationsForAnalytics(
    ctx: Db,
    from: Date | null,
    to: Date | null,
  ): Promise<
    {
      deviceId: number;
      storeId: number | null;
      agentUserId: number | null;
      variantId: number;
      month: string;
      registeredMinor: number;
      finalMinor: number;
      currency: string;
      report: DifferenceReport;
    }[]
  > {
    const rows = await ctx.db.query<{
      device_id: number;
      store_id: number | null;
      agent_user_id: number | null;
      variant_id: number;
      month: string;
      registered_minor: string | number;
      final_minor: string | number;
      currency: string;
      report: DifferenceReport | string;
    }>(
      `SELECT DISTINCT ON (device_id) device_id, store_id, agent_user_id, variant_id, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM') AS month,
              registered_minor, final_minor, currency, report
         FROM facility_valuations
        WHERE tenant_id = $1 AND ($2::timestamptz IS NULL OR created_at >= $2) AND ($3::timestamptz IS NULL OR created_at < $3)
        ORDER BY device_id, id DESC`,
      [ctx.tenant.id, from, to],
    );
    return rows.map((r) => ({
      deviceId: r.device_id,
      storeId: r.store_id,
      agentUserId: r.agent_user_id,
      variantId: r.variant_id,
      month: r.month,
      registeredMinor: Number(r.registered_minor),
      finalMinor: Number(r.final_minor),
      currency: r.currency,
      report: json(r.report),
    }));
  },
};
