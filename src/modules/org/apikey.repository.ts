import type { Ctx } from '../../platform/context.js';
import type { Queryable } from '../../platform/db/index.js';

export interface ApiKeyRecord {
  id: number;
  tenantId: number;
  prefix: string;
  name: string;
  userId: number;
  locationId: number | null;
  createdAt: Date;
  revokedAt: Date | null;
}

interface Row {
  id: number;
  tenant_id: number;
  prefix: string;
  name: string;
  user_id: number;
  location_id: number | null;
  created_at: Date;
  revoked_at: Date | null;
}

const map = (r: Row): ApiKeyRecord => ({
  id: r.id,
  tenantId: r.tenant_id,
  prefix: r.prefix,
  name: r.name,
  userId: r.user_id,
  locationId: r.location_id,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});

export const apiKeyRepository = {
  /** Lookup by hash happens before a tenant is known: the key is what names the tenant. */
  async findActiveByHash(q: Queryable, keyHash: string): Promise<ApiKeyRecord | null> {
    const rows = await q.query<Row>('SELECT * FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL', [keyHash]);
    return rows[0] ? map(rows[0]) : null;
  },
  async insert(
    ctx: Pick<Ctx, 'db' | 'tenant'>,
    k: { keyHash: string; prefix: string; name: string; userId: number; locationId: number | null },
  ): Promise<ApiKeyRecord> {
    const rows = await ctx.db.query<Row>(
      `INSERT INTO api_keys (tenant_id, key_hash, prefix, name, user_id, location_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
      [ctx.tenant.id, k.keyHash, k.prefix, k.name, k.userId, k.locationId],
    );
    return map(rows[0]);
  },
  async list(ctx: Pick<Ctx, 'db' | 'tenant'>): Promise<ApiKeyRecord[]> {
    const rows = await ctx.db.query<Row>('SELECT * FROM api_keys WHERE tenant_id = $1 ORDER BY id', [ctx.tenant.id]);
    return rows.map(map);
  },
  async revoke(ctx: Pick<Ctx, 'db' | 'tenant'>, id: number, at: Date): Promise<boolean> {
    const rows = await ctx.db.query(
      'UPDATE api_keys SET revoked_at = $3 WHERE tenant_id = $1 AND id = $2 AND revoked_at IS NULL RETURNING id',
      [ctx.tenant.id, id, at],
    );
    return rows.length > 0;
  },
};
