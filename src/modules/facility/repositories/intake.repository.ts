import type { Ctx } from '../../../platform/context.js';
import type { Discrepancy, DiscrepancyKind, ReceiptOutcome } from './records.js';
import { mapDiscrepancy } from './rows.js';

type Db = Pick<Ctx, 'db' | 'tenant'>;

/** `facility_receipts` and `facility_discrepancies`: what arrived at the facility and what did not match. */
export const intakeRepository = {
  async insertReceipt(
    ctx: Db,
    r: { deviceId: number | null; code: string; outcome: ReceiptOutcome; locationId: number | null; userId: number | null; now: Date },
  ): Promise<void> {
    await ctx.db.query(
      `INSERT INTO facility_receipts (tenant_id, device_id, scanned_code, outcome, location_id, received_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [ctx.tenant.id, r.deviceId, r.code, r.outcome, r.locationId, r.userId, r.now],
    );
  },

  /** Records a discrepancy; a second missing record of one device is ignored (null). */
  async insertDiscrepancy(ctx: Db, d: Omit<Discrepancy, 'id' | 'createdAt'> & { userId: number | null; now: Date }): Promise<Discrepancy | null> {
    const rows = await ctx.db.query(
      `INSERT INTO facility_discrepancies (tenant_id, kind, device_id, identifier, package_code, location_id, status, photo_ids, note, data, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
       ON CONFLICT (tenant_id, device_id) WHERE kind = 'missing' DO NOTHING RETURNING *`,
      [
        ctx.tenant.id,
        d.kind,
        d.deviceId,
        d.identifier,
        d.packageCode,
        d.locationId,
        d.status,
        JSON.stringify(d.photoIds),
        d.note,
        JSON.stringify(d.data),
        d.userId,
        d.now,
      ],
    );
    return rows[0] ? mapDiscrepancy(rows[0]) : null;
  },

  async listDiscrepancies(ctx: Db, f: { kind?: DiscrepancyKind; deviceId?: number; limit: number }): Promise<Discrepancy[]> {
    const rows = await ctx.db.query(
      `SELECT * FROM facility_discrepancies WHERE tenant_id = $1 AND ($2::text IS NULL OR kind = $2) AND ($3::int IS NULL OR device_id = $3)
        ORDER BY id DESC LIMIT $4`,
      [ctx.tenant.id, f.kind ?? null, f.deviceId ?? null, f.limit],
    );
    return rows.map(mapDiscrepancy);
  },

  async receiptOf(ctx: Db, deviceId: number): Promise<{ locationId: number | null; userId: number | null; at: Date } | null> {
    const rows = await ctx.db.query<{ location_id: number | null; received_by: number | null; created_at: Date }>(
      `SELECT location_id, received_by, created_at FROM facility_receipts WHERE tenant_id = $1 AND device_id = $2 AND outcome IN ('received', 'mismatch', 'fraud') ORDER BY id DESC LIMIT 1`,
      [ctx.tenant.id, deviceId],
    );
    return rows[0] ? { locationId: rows[0].location_id, userId: rows[0].received_by, at: new Date(rows[0].created_at) } : null;
  },
};
