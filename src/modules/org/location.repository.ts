import type { Ctx } from '../../platform/context.js';

export interface Address {
  street1?: string;
  street2?: string;
  city?: string;
  postCode?: string;
  countryCode?: string;
  phone?: string;
}

export interface LocationRecord {
  id: number;
  tenantId: number;
  name: string;
  kind: 'store' | 'warehouse' | 'facility';
  externalRef: string | null;
  address: Address;
  isActive: boolean;
  createdAt: Date;
}

interface Row {
  id: number;
  tenant_id: number;
  name: string;
  kind: LocationRecord['kind'];
  external_ref: string | null;
  address: Address;
  is_active: boolean;
  created_at: Date;
}

const map = (r: Row): LocationRecord => ({
  id: r.id,
  tenantId: r.tenant_id,
  name: r.name,
  kind: r.kind,
  externalRef: r.external_ref,
  address: r.address ?? {},
  isActive: r.is_active,
  createdAt: r.created_at,
});

export const locationRepository = {
  async findById(ctx: Pick<Ctx, 'db' | 'tenant'>, id: number): Promise<LocationRecord | null> {
    const rows = await ctx.db.query<Row>('SELECT * FROM locations WHERE tenant_id = $1 AND id = $2', [ctx.tenant.id, id]);
    return rows[0] ? map(rows[0]) : null;
  },
  async list(ctx: Pick<Ctx, 'db' | 'tenant'>): Promise<LocationRecord[]> {
    const rows = await ctx.db.query<Row>('SELECT * FROM locations WHERE tenant_id = $1 ORDER BY id', [ctx.tenant.id]);
    return rows.map(map);
  },
  async insert(
    ctx: Pick<Ctx, 'db' | 'tenant'>,
    l: { name: string; kind: LocationRecord['kind']; externalRef: string | null; address: Address },
  ): Promise<LocationRecord> {
    const rows = await ctx.db.query<Row>(`INSERT INTO locations (tenant_id, name, kind, external_ref, address) VALUES ($1, $2, $3, $4, $5) RETURNING *`, [
      ctx.tenant.id,
      l.name,
      l.kind,
      l.externalRef,
      JSON.stringify(l.address),
    ]);
    return map(rows[0]);
  },
};
