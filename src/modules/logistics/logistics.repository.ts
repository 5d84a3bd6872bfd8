import type { Ctx } from '../../platform/context.js';

type Db = Pick<Ctx, 'db' | 'tenant'>;

export type FlowType = 'tradein' | 'return' | 'mailin';
export type PackageStatus = 'Open' | 'Packed' | 'Shipped' | 'Delivered' | 'Cancelled';
export type ShipmentStatus = 'Ready' | 'LabelCreated' | 'InTransit' | 'Delivered' | 'Cancelled';
export const SHIPMENT_STATUSES: readonly ShipmentStatus[] = ['Ready', 'LabelCreated', 'InTransit', 'Delivered', 'Cancelled'];

export interface PackageDimension {
  id: number;
  name: string;
  lengthMm: number;
  widthMm: number;
  heightMm: number;
  tareWeightG: number;
  isDefault: boolean;
  isActive: boolean;
}

export interface ShippingRoute {
  id: number;
  priority: number;
  fromLocationId: number | null;
  countryCode: string | null;
  facilityLocationId: number;
}

export interface PackageRecord {
  id: number;
  name: string;
  identifier: string;
  dimensionId: number | null;
  locationId: number | null;
  locationRef: string | null;
  agentUserId: number | null;
  agentRef: string | null;
  status: PackageStatus;
  flowType: FlowType;
  destinationLocationId: number | null;
  isInternal: boolean;
  /** The live shipment it is in, if any. */
  shipmentId: number | null;
  /** Devices currently in it (for delivered packages: the devices it carried). */
  deviceIds: number[];
  createdAt: Date;
  updatedAt: Date;
}

export interface Address {
  name: string;
  street1: string;
  street2?: string | null;
  postCode: string;
  city: string;
  countryCode: string;
  phone?: string | null;
  email?: string | null;
}

export interface ShipmentRecord {
  id: number;
  name: string;
  locationId: number | null;
  locationRef: string | null;
  agentUserId: number | null;
  agentRef: string | null;
  status: ShipmentStatus;
  flowType: FlowType;
  destinationLocationId: number | null;
  reference: string | null;
  fromAddress: Address | null;
  toAddress: Address | null;
  carrier: string | null;
  externalId: string | null;
  trackingNumber: string | null;
  labelKey: string | null;
  labelCreatedAt: Date | null;
  packageIds: number[];
  createdAt: Date;
  updatedAt: Date;
}

export interface ShipmentEvent {
  id: number;
  shipmentId: number;
  status: string;
  source: string;
  note: string | null;
  externalEventId: string | null;
  occurredAt: Date;
  createdAt: Date;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- row shapes are mapped field by field below */
const mapDimension = (r: any): PackageDimension => ({
  id: r.id,
  name: r.name,
  lengthMm: r.length_mm,
  widthMm: r.width_mm,
  heightMm: r.height_mm,
  tareWeightG: r.tare_weight_g,
  isDefault: r.is_default,
  isActive: r.is_active,
});
const mapRoute = (r: any): ShippingRoute => ({
  id: r.id,
  priority: r.priority,
  fromLocationId: r.from_location_id,
  countryCode: r.country_code,
  facilityLocationId: r.facility_location_id,
});
const mapPackage = (r: any): PackageRecord => ({
  id: r.id,
  name: r.name,
  identifier: r.identifier,
  dimensionId: r.dimension_id,
  locationId: r.location_id,
  locationRef: r.location_ref,
  agentUserId: r.agent_user_id,
  agentRef: r.agent_ref,
  status: r.status,
  flowType: r.flow_type,
  destinationLocationId: r.destination_location_id,
  isInternal: r.is_internal,
  shipmentId: r.shipment_id ?? null,
  deviceIds: (r.device_ids ?? []).map(Number),
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
});
const mapShipment = (r: any): ShipmentRecord => ({
  id: r.id,
  name: r.name,
  locationId: r.location_id,
  locationRef: r.location_ref,
  agentUserId: r.agent_user_id,
  agentRef: r.agent_ref,
  status: r.status,
  flowType: r.flow_type,
  destinationLocationId: r.destination_location_id,
  reference: r.reference,
  fromAddress: r.from_address,
  toAddress: r.to_address,
  carrier: r.carrier,
  externalId: r.external_id,
  trackingNumber: r.tracking_number,
  labelKey: r.label_key,
  labelCreatedAt: r.label_created_at ? new Date(r.label_created_at) : null,
  packageIds: (r.package_ids ?? []).map(Number),
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
});
const mapEvent = (r: any): ShipmentEvent => ({
  id: Number(r.id),
  shipmentId: r.shipment_id,
  status: r.status,
  source: r.source,
  note: r.note,
  externalEventId: r.external_event_id,
  occurredAt: new Date(r.occurred_at),
  createdAt: new Date(r.created_at),
});
/* eslint-enable @typescript-eslint/no-explicit-any */

// Delivered packages keep showing the devices they carried (their items are no longer live).
const PACKAGE_SELECT = `SELECT p.*,
  (SELECT sp.shipment_id FROM shipment_packages sp WHERE sp.tenant_id = p.tenant_id AND sp.package_id = p.id AND (sp.live OR p.status = 'Delivered') ORDER BY sp.id DESC LIMIT 1) AS shipment_id,
  COALESCE((SELECT array_agg(i.device_id ORDER BY i.id) FROM package_items i WHERE i.package_id = p.id AND i.tenant_id = p.tenant_id
             AND (i.live OR (p.status = 'Delivered' AND i.removed_at IS NULL))), ARRAY[]::int[]) AS device_ids
  FROM packages p`;
const SHIPMENT_SELECT = `SELECT s.*,
  COALESCE((SELECT array_agg(sp.package_id ORDER BY sp.id) FROM shipment_packages sp WHERE sp.shipment_id = s.id AND sp.tenant_id = s.tenant_id
             AND (sp.live OR s.status = 'Delivered')), ARRAY[]::int[]) AS package_ids
  FROM shipments s`;

const validId = (id: number) => Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647;

export const logisticsRepository = {
  // ------------------------------------------------------------ dimensions and routing
  async listDimensions(ctx: Db, includeInactive = false): Promise<PackageDimension[]> {
    const rows = await ctx.db.query('SELECT * FROM package_dimensions WHERE tenant_id = $1 AND ($2 OR is_active) ORDER BY id', [
      ctx.tenant.id,
      includeInactive,
    ]);
    return rows.map(mapDimension);
  },

  async findDimension(ctx: Db, id: number): Promise<PackageDimension | null> {
    if (!validId(id)) return null;
    const rows = await ctx.db.query('SELECT * FROM package_dimensions WHERE tenant_id = $1 AND id = $2', [ctx.tenant.id, id]);
    return rows[0] ? mapDimension(rows[0]) : null;
  },

  async defaultDimension(ctx: Db): Promise<PackageDimension | null> {
    const rows = await ctx.db.query('SELECT * FROM package_dimensions WHERE tenant_id = $1 AND is_default AND is_active', [ctx.tenant.id]);
    return rows[0] ? mapDimension(rows[0]) : null;
  },

  async insertDimension(ctx: Db, d: Omit<PackageDimension, 'id' | 'isActive'>, now: Date): Promise<PackageDimension> {
    if (d.isDefault) await ctx.db.query('UPDATE package_dimensions SET is_default = false WHERE tenant_id = $1 AND is_default', [ctx.tenant.id]);
    const rows = await ctx.db.query(
      `INSERT INTO package_dimensions (tenant_id, name, length_mm, width_mm, height_mm, tare_weight_g, is_default, created_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8) RETURNING *`,
      [ctx.tenant.id, d.name, d.lengthMm, d.widthMm, d.heightMm, d.tareWeightG, d.isDefault, now],
    );
    return mapDimension(rows[0]);
  },

  async updateDimension(ctx: Db, id: number, patch: { isDefault?: boolean; isActive?: boolean }): Promise<PackageDimension | null> {
    if (!validId(id)) return null;
    if (patch.isDefault)
      await ctx.db.query('UPDATE package_dimensions SET is_default = false WHERE tenant_id = $1 AND is_default AND id <> $2', [ctx.tenant.id, id]);
    const rows = await ctx.db.query(
      `UPDATE package_dimensions SET is_default = COALESCE($3, is_default), is_active = COALESCE($4, is_active)
        WHERE tenant_id = $1 AND id = $2 RETURNING *`,
      [ctx.tenant.id, id, patch.isDefault ?? null, patch.isActive ?? null],
    );
    return rows[0] ? mapDimension(rows[0]) : null;
  },

  async listRoutes(ctx: Db): Promise<ShippingRoute[]> {
    const rows = await ctx.db.query('SELECT * FROM shipping_routes WHERE tenant_id = $1 ORDER BY priority, id', [ctx.tenant.id]);
    return rows.map(mapRoute);
  },

  async insertRoute(ctx: Db, r: Omit<ShippingRoute, 'id'>, now: Date): Promise<ShippingRoute> {
    const rows = await ctx.db.query(
      `INSERT INTO shipping_routes (tenant_id, priority, from_location_id, country_code, facility_location_id, created_at) VALUES ($1,$2,$3,$4,$5,$6) RETURNING *`,
      [ctx.tenant.id, r.priority, r.fromLocationId, r.countryCode, r.facilityLocationId, now],
    );
    return mapRoute(rows[0]);
  },

  async deleteRoute(ctx: Db, id: number): Promise<boolean> {
    if (!validId(id)) return false;
    const rows = await ctx.db.query('DELETE FROM shipping_routes WHERE tenant_id = $1 AND id = $2 RETURNING id', [ctx.tenant.id, id]);
    return rows.length > 0;
  },

  // ------------------------------------------------------------ packages
  async insertPackage(
    ctx: Db,
    p: Pick<
      PackageRecord,
      'name' | 'identifier' | 'dimensionId' | 'locationId' | 'locationRef' | 'agentUserId' | 'agentRef' | 'flowType' | 'destinationLocationId' | 'isInternal'
    >,
    now: Date,
  ): Promise<number> {
    const rows = await ctx.db.query<{ id: number }>(
      `INSERT INTO packages (tenant_id, name, identifier, dimension_id, location_id, location_ref, agent_user_id, agent_ref, status, flow_type,
                             destination_location_id, is_internal, created_at, updated_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,'Open',$9,$10,$11,$12,$12) RETURNING id`,
      [
        ctx.tenant.id,
        p.name,
        p.identifier,
        p.dimensionId,
        p.locationId,
        p.locationRef,
        p.agentUserId,
        p.agentRef,
        p.flowType,
        p.destinationLocationId,
        p.isInternal,
        now,
      ],
    );
    return rows[0].id;
  },

  /** Gives a package without an identifier its default one (`PKG-<id>`). */
  async setIdentifier(ctx: Db, id: number, identifier: string): Promise<void> {
    await ctx.db.query('UPDATE packages SET identifier = $3 WHERE tenant_id = $1 AND id = $2', [ctx.tenant.id, id, identifier]);
  },

  async findPackage(ctx: Db, id: number): Promise<PackageRecord | null> {
    if (!validId(id)) return null;
    const rows = await ctx.db.query(`${PACKAGE_SELECT} WHERE p.tenant_id = $1 AND p.id = $2`, [ctx.tenant.id, id]);
    return rows[0] ? mapPackage(rows[0]) : null;
  },

  async findPackages(ctx: Db, ids: number[]): Promise<PackageRecord[]> {
    const valid = ids.filter(validId);
    if (valid.length === 0) return [];
    const rows = await ctx.db.query(`${PACKAGE_SELECT} WHERE p.tenant_id = $1 AND p.id = ANY($2::int[]) ORDER BY p.id`, [ctx.tenant.id, valid]);
    return rows.map(mapPackage);
  },

  async findPackageByIdentifier(ctx: Db, identifier: string): Promise<PackageRecord | null> {
    const rows = await ctx.db.query(
      `${PACKAGE_SELECT} WHERE p.tenant_id = $1 AND lower(p.identifier) = lower($2) ORDER BY (p.status = 'Cancelled'), p.id DESC LIMIT 1`,
      [ctx.tenant.id, identifier],
    );
    return rows[0] ? mapPackage(rows[0]) : null;
  },

  async listPackages(
    ctx: Db,
    f: { status?: PackageStatus; locationId?: number; limit: number; offset: number },
  ): Promise<{ rows: PackageRecord[]; total: number }> {
    const where = 'p.tenant_id = $1 AND ($2::text IS NULL OR p.status = $2) AND ($3::int IS NULL OR p.location_id = $3)';
    const params = [ctx.tenant.id, f.status ?? null, f.locationId ?? null];
    const total = await ctx.db.query<{ n: string | number }>(`SELECT count(*) AS n FROM packages p WHERE ${where}`, params);
    const rows = await ctx.db.query(`${PACKAGE_SELECT} WHERE ${where} ORDER BY p.id DESC LIMIT $4 OFFSET $5`, [...params, f.limit, f.offset]);
    return { rows: rows.map(mapPackage), total: Number(total[0].n) };
  },

  /** Adds devices to a package; the live-device unique index refuses a device that is in another live package. */
  async addItems(ctx: Db, packageId: number, deviceIds: number[], now: Date): Promise<void> {
    await ctx.db.query(`INSERT INTO package_items (tenant_id, package_id, device_id, added_at) SELECT $1, $2, d, $4 FROM unnest($3::int[]) AS d`, [
      ctx.tenant.id,
      packageId,
      deviceIds,
      now,
    ]);
  },

  /** Takes one device out of a package (guarded: only from a package in `fromStatuses`); false if it was not in it. */
  async removeItem(ctx: Db, packageId: number, deviceId: number, now: Date): Promise<boolean> {
    const rows = await ctx.db.query(
      `UPDATE package_items SET live = false, removed_at = $4 WHERE tenant_id = $1 AND package_id = $2 AND device_id = $3 AND live RETURNING id`,
      [ctx.tenant.id, packageId, deviceId, now],
    );
    return rows.length > 0;
  },

  /** Ends the items of packages: `removed` (cancel: the device left) or carried (delivered: history keeps them). */
  async closeItems(ctx: Db, packageIds: number[], now: Date, removed: boolean): Promise<void> {
    await ctx.db.query(
      `UPDATE package_items SET live = false, removed_at = CASE WHEN $4 THEN $3::timestamptz ELSE NULL END WHERE tenant_id = $1 AND package_id = ANY($2::int[]) AND live`,
      [ctx.tenant.id, packageIds, now, removed],
    );
  },

  /** Guarded status change of packages; returns the ids that moved. */
  async setPackageStatus(ctx: Db, ids: number[], from: PackageStatus[], to: PackageStatus, now: Date): Promise<number[]> {
    if (ids.length === 0) return [];
    const rows = await ctx.db.query<{ id: number }>(
      `UPDATE packages SET status = $4, updated_at = $5 WHERE tenant_id = $1 AND id = ANY($2::int[]) AND status = ANY($3::text[]) RETURNING id`,
      [ctx.tenant.id, ids, from, to, now],
    );
    return rows.map((r) => r.id);
  },

  async touchPackage(ctx: Db, id: number, now: Date): Promise<void> {
    await ctx.db.query('UPDATE packages SET updated_at = $3 WHERE tenant_id = $1 AND id = $2', [ctx.tenant.id, id, now]);
  },

  /** Locks the package row for the rest of the transaction (item changes serialize per package). */
  async lockPackage(ctx: Db, id: number): Promise<void> {
    await ctx.db.query('SELECT id FROM packages WHERE tenant_id = $1 AND id = $2 FOR UPDATE', [ctx.tenant.id, id]);
  },

  async lockShipment(ctx: Db, id: number): Promise<void> {
    await ctx.db.query('SELECT id FROM shipments WHERE tenant_id = $1 AND id = $2 FOR UPDATE', [ctx.tenant.id, id]);
  },

  // ------------------------------------------------------------ shipments
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

  /** Adds a history row and returns its id; with an external event id a repeat is ignored (null). */
  async insertEvent(
    ctx: Db,
    e: { shipmentId: number; status: string; source: string; note: string | null; externalEventId: string | null; occurredAt: Date },
    now: Date,
  ): Promise<number | null> {
    const rows = await ctx.db.query<{ id: string | number }>(
      `INSERT INTO shipment_events (tenant_id, shipment_id, status, source, note, external_event_id, occurred_at, created_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8) ON CONFLICT (tenant_id, source, external_event_id) WHERE external_event_id IS NOT NULL DO NOTHING RETURNING id`,
      [ctx.tenant.id, e.shipmentId, e.status, e.source, e.note, e.externalEventId, e.occurredAt, now],
    );
    return rows[0] ? Number(rows[0].id) : null;
  },

  async events(ctx: Db, shipmentId: number): Promise<ShipmentEvent[]> {
    const rows = await ctx.db.query('SELECT * FROM shipment_events WHERE tenant_id = $1 AND shipment_id = $2 ORDER BY occurred_at, id', [
      ctx.tenant.id,
      shipmentId,
    ]);
    return rows.map(mapEvent);
  },

  async findShipmentByTracking(ctx: Db, trackingNumber: string): Promise<ShipmentRecord | null> {
    const rows = await ctx.db.query(`${SHIPMENT_SELECT} WHERE s.tenant_id = $1 AND (s.tracking_number = $2 OR s.external_id = $2) ORDER BY s.id DESC LIMIT 1`, [
      ctx.tenant.id,
      trackingNumber,
    ]);
    return rows[0] ? mapShipment(rows[0]) : null;
  },
};
