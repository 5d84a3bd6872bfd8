import type { Ctx } from '../../../platform/context.js';
import type { PackageDimension, ShippingRoute } from './records.js';
import { mapDimension, mapRoute, validId } from './rows.js';

type Db = Pick<Ctx, 'db' | 'tenant'>;

/** `package_dimensions` and `shipping_routes`: the tenant's box sizes and where devices are shipped to. */
export const shippingConfigRepository = {
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
};
