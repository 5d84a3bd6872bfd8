import type { Ctx } from '../../../platform/context.js';
import type { Address, ShipmentRecord, ShipmentStatus } from './records.js';
import { mapShipment, SHIPMENT_SELECT, validId } from './rows.js';

type Db = Pick<Ctx, 'db' | 'tenant'>;

/** `shipments` and `shipment_packages`: shipments, their packages and label fields. */
export const shipmentsRepository = {
  async lockShipment(ctx: Db, id: number): Promise<void> {
    await ctx.db.query('SELECT id FROM shipments WHERE tenant_id = $1 AND id = $2 FOR UPDATE', [ctx.tenant.id, id]);
  },

  async insertShipment(
    ctx: Db,
    s: Pick<
      ShipmentRecord,
      'name' | 'locationId' | 'locationRef' | 'agentUserId' | 'agentRef' | 'flowType' | 'destinationLocationId' | 'reference' | 'fromAddress' | 'toAddress'
    >,
    now: Date,
  ): Promise<number> {
    const rows = await ctx.db.query<{ id: number }>(
      `INSERT INTO shipments (tenant_id, name, location_id, location_ref, agent_user_id, agent_ref, status, flow_type, destination_location_id, reference,
                              from_address, to_address, created_at, updated_at)
       VALUES ($1,$2,$3,$4,$5,$6,'Ready',$7,$8,$9,$10,$11,$12,$12) RETURNING id`,
      [
        ctx.tenant.id,
        s.name,
        s.locationId,
        s.locationRef,
        s.agentUserId,
        s.agentRef,
        s.flowType,
        s.destinationLocationId,
        s.reference,
        s.fromAddress ? JSON.stringify(s.fromAddress) : null,
        s.toAddress ? JSON.stringify(s.toAddress) : null,
        now,
      ],
    );
    return rows[0].id;
  },

  async findShipment(ctx: Db, id: number): Promise<ShipmentRecord | null> {
    if (!validId(id)) return null;
    const rows = await ctx.db.query(`${SHIPMENT_SELECT} WHERE s.tenant_id = $1 AND s.id = $2`, [ctx.tenant.id, id]);
    return rows[0] ? mapShipment(rows[0]) : null;
  },

  async listShipments(
    ctx: Db,
    f: { status?: ShipmentStatus; locationId?: number; limit: number; offset: number },
  ): Promise<{ rows: ShipmentRecord[]; total: number }> {
    const where = 's.tenant_id = $1 AND ($2::text IS NULL OR s.status = $2) AND ($3::int IS NULL OR s.location_id = $3)';
    const params = [ctx.tenant.id, f.status ?? null, f.locationId ?? null];
    const total = await ctx.db.query<{ n: string | number }>(`SELECT count(*) AS n FROM shipments s WHERE ${where}`, params);
    const rows = await ctx.db.query(`${SHIPMENT_SELECT} WHERE ${where} ORDER BY s.id DESC LIMIT $4 OFFSET $5`, [...params, f.limit, f.offset]);
    return { rows: rows.map(mapShipment), total: Number(total[0].n) };
  },

  /** Links packages to a shipment; the live-package unique index refuses a package in another live shipment. */
  async addPackages(ctx: Db, shipmentId: number, packageIds: number[], now: Date): Promise<void> {
    await ctx.db.query(`INSERT INTO shipment_packages (tenant_id, shipment_id, package_id, added_at) SELECT $1, $2, p, $4 FROM unnest($3::int[]) AS p`, [
      ctx.tenant.id,
      shipmentId,
      packageIds,
      now,
    ]);
  },

  /** Unlinks every package of a cancelled shipment. */
  async releasePackages(ctx: Db, shipmentId: number): Promise<void> {
    await ctx.db.query('UPDATE shipment_packages SET live = false WHERE tenant_id = $1 AND shipment_id = $2 AND live', [ctx.tenant.id, shipmentId]);
  },

  /** Delivered: the link stays in history but no longer blocks the package (kept readable by SHIPMENT_SELECT). */
  async closePackages(ctx: Db, shipmentId: number): Promise<void> {
    await ctx.db.query('UPDATE shipment_packages SET live = false WHERE tenant_id = $1 AND shipment_id = $2 AND live', [ctx.tenant.id, shipmentId]);
  },

  async updateShipment(
    ctx: Db,
    id: number,
    patch: { name?: string; agentRef?: string | null; locationRef?: string | null; agentUserId?: number | null },
    now: Date,
  ): Promise<void> {
    await ctx.db.query(
      `UPDATE shipments SET name = COALESCE($3, name),
              agent_ref = CASE WHEN $4 THEN $5 ELSE agent_ref END,
              location_ref = CASE WHEN $6 THEN $7 ELSE location_ref END,
              agent_user_id = CASE WHEN $8 THEN $9 ELSE agent_user_id END,
              updated_at = $10
        WHERE tenant_id = $1 AND id = $2`,
      [
        ctx.tenant.id,
        id,
        patch.name ?? null,
        patch.agentRef !== undefined,
        patch.agentRef ?? null,
        patch.locationRef !== undefined,
        patch.locationRef ?? null,
        patch.agentUserId !== undefined,
        patch.agentUserId ?? null,
        now,
      ],
    );
  },

  /** Guarded status change; `label` sets (or with null clears) the label fields in the same UPDATE. */
  async transitionShipment(
    ctx: Db,
    id: number,
    from: ShipmentStatus[],
    to: ShipmentStatus,
    now: Date,
    label?: {
      carrier: string | null;
      externalId: string | null;
      trackingNumber: string | null;
      labelKey: string | null;
      fromAddress?: Address | null;
      toAddress?: Address | null;
    } | null,
  ): Promise<boolean> {
    const setLabel = label !== undefined;
    const rows = await ctx.db.query(
      `UPDATE shipments SET status = $4, updated_at = $5,
              carrier = CASE WHEN $6 THEN $7 ELSE carrier END,
              external_id = CASE WHEN $6 THEN $8 ELSE external_id END,
              tracking_number = CASE WHEN $6 THEN $9 ELSE tracking_number END,
              label_key = CASE WHEN $6 THEN $10 ELSE label_key END,
              label_created_at = CASE WHEN $6 THEN (CASE WHEN $10::text IS NULL THEN NULL ELSE $5::timestamptz END) ELSE label_created_at END,
              from_address = COALESCE($11::jsonb, from_address),
              to_address = COALESCE($12::jsonb, to_address)
        WHERE tenant_id = $1 AND id = $2 AND status = ANY($3::text[]) RETURNING id`,
      [
        ctx.tenant.id,
        id,
        from,
        to,
        now,
        setLabel,
        label?.carrier ?? null,
        label?.externalId ?? null,
        label?.trackingNumber ?? null,
        label?.labelKey ?? null,
        label?.fromAddress ? JSON.stringify(label.fromAddress) : null,
        label?.toAddress ? JSON.stringify(label.toAddress) : null,
      ],
    );
    return rows.length > 0;
  },

  async findShipmentByTracking(ctx: Db, trackingNumber: string): Promise<ShipmentRecord | null> {
    const rows = await ctx.db.query(`${SHIPMENT_SELECT} WHERE s.tenant_id = $1 AND (s.tracking_number = $2 OR s.external_id = $2) ORDER BY s.id DESC LIMIT 1`, [
      ctx.tenant.id,
      trackingNumber,
    ]);
    return rows[0] ? mapShipment(rows[0]) : null;
  },
};
