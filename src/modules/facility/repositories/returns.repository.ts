import type { Ctx } from '../../../platform/context.js';

type Db = Pick<Ctx, 'db' | 'tenant'>;

/** `facility_returns`: devices sent back to their customers. */
export const returnsRepository = {
  async insertReturn(
    ctx: Db,
    r: { deviceId: number; shipmentId: number | null; labelUrl: string | null; toAddress: Record<string, unknown>; manual: boolean; now: Date },
  ): Promise<boolean> {
    const rows = await ctx.db.query(
      `INSERT INTO facility_returns (tenant_id, device_id, shipment_id, label_url, to_address, manual, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (tenant_id, device_id) DO NOTHING RETURNING id`,
      [ctx.tenant.id, r.deviceId, r.shipmentId, r.labelUrl, JSON.stringify(r.toAddress), r.manual, r.now],
    );
    return rows.length > 0;
  },

  async returnOf(
    ctx: Db,
    deviceId: number,
  ): Promise<{ shipmentId: number | null; labelUrl: string | null; manual: boolean; toAddress: Record<string, unknown> } | null> {
    const rows = await ctx.db.query<{ shipment_id: number | null; label_url: string | null; manual: boolean; to_address: Record<string, unknown> }>(
      `SELECT shipment_id, label_url, manual, to_address FROM facility_returns WHERE tenant_id = $1 AND device_id = $2`,
      [ctx.tenant.id, deviceId],
    );
    return rows[0] ? { shipmentId: rows[0].shipment_id, labelUrl: rows[0].label_url, manual: rows[0].manual, toAddress: rows[0].to_address } : null;
  },
};
