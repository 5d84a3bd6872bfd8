import type { Ctx } from '../../../platform/context.js';
import type { PackageRecord, PackageStatus } from './records.js';
import { mapPackage, PACKAGE_SELECT, validId } from './rows.js';

type Db = Pick<Ctx, 'db' | 'tenant'>;

/** `packages` and `package_items`: boxes and the devices in them. */
export const packagesRepository = {
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
};
