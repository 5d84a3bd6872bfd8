import type { Ctx } from '../../../platform/context.js';
import { json } from './rows.js';

type Db = Pick<Ctx, 'db' | 'tenant'>;

/** `facility_tac_map`: TAC → model learnt from inspections. */
export const tacMapRepository = {
  /** Learns TAC → model from a confirmed inspection; a different model for a known TAC is flagged, never overwritten. */
  async learnTac(ctx: Db, tac: string, variantId: number, source: 'inspection' | 'import', now: Date): Promise<'learned' | 'confirmed' | 'conflict'> {
    const rows = await ctx.db.query<{ variant_id: number }>(
      `INSERT INTO facility_tac_map (tenant_id, tac, variant_id, source, updated_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (tenant_id, tac) DO UPDATE SET
         confirmations = facility_tac_map.confirmations + CASE WHEN facility_tac_map.variant_id = EXCLUDED.variant_id THEN 1 ELSE 0 END,
         conflict_variant_ids = CASE WHEN facility_tac_map.variant_id = EXCLUDED.variant_id OR facility_tac_map.conflict_variant_ids @> to_jsonb(EXCLUDED.variant_id)
                                     THEN facility_tac_map.conflict_variant_ids
                                     ELSE facility_tac_map.conflict_variant_ids || to_jsonb(EXCLUDED.variant_id) END,
         updated_at = EXCLUDED.updated_at
       RETURNING variant_id, (xmax = 0) AS inserted`,
      [ctx.tenant.id, tac, variantId, source, now],
    );
    const r = rows[0] as unknown as { variant_id: number; inserted: boolean };
    if (r.inserted) return 'learned';
    return r.variant_id === variantId ? 'confirmed' : 'conflict';
  },

  async tacMap(ctx: Db): Promise<{ tac: string; variantId: number; confirmations: number; source: string; conflicts: number[] }[]> {
    const rows = await ctx.db.query<{ tac: string; variant_id: number; confirmations: number; source: string; conflict_variant_ids: number[] | string }>(
      `SELECT tac, variant_id, confirmations, source, conflict_variant_ids FROM facility_tac_map WHERE tenant_id = $1 ORDER BY tac`,
      [ctx.tenant.id],
    );
    return rows.map((r) => ({
      tac: r.tac,
      variantId: r.variant_id,
      confirmations: r.confirmations,
      source: r.source,
      conflicts: json(r.conflict_variant_ids),
    }));
  },

  async learnedTacs(ctx: Db): Promise<{ tac: string; variantId: number }[]> {
    const rows = await ctx.db.query<{ tac: string; variant_id: number }>(`SELECT tac, variant_id FROM facility_tac_map WHERE tenant_id = $1`, [ctx.tenant.id]);
    return rows.map((r) => ({ tac: r.tac, variantId: r.variant_id }));
  },
};
