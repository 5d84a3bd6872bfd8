import type { Ctx } from '../../platform/context.js';
import type { Queryable } from '../../platform/db/index.js';

/**
 * The surface a key serves: the seed 003 retail API, the admin API, or `publishable` — the
 * read-only slice of the retail API a browser widget may call from the shop's own origins.
 */
export type ApiKeyScope = 'retail' | 'admin' | 'publishable';
export const API_KEY_SCOPES = ['retail', 'admin', 'publishable'] as const satisfies readonly ApiKeyScope[];

export interface ApiKeyRecord {
  id: number;
  tenantId: number;
  prefix: string;
  name: string;
  scope: ApiKeyScope;
  userId: number;
  locationId: number | null;
  /** Publishable keys: the browser origins (`https://shop.example`) allowed to use it. */
  allowedOrigins: string[];
  createdAt: Date;
  revokedAt: Date | null;
}

interface Row {
  id: number;
  tenant_id: number;
  prefix: string;
  name: string;
  scope: ApiKeyScope;
  user_id: number;
  location_id: number | null;
  allowed_origins: string[] | null;
  created_at: Date;
  revoked_at: Date | null;
}

const map = (r: Row): ApiKeyRecord => ({
  id: r.id,
  tenantId: r.tenant_id,
  prefix: r.prefix,
  name: r.name,
  scope: r.scope,
  userId: r.user_id,
  locationId: r.location_id,
  allowedOrigins: r.allowed_origins ?? [],
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});

export const apiKeyRepository = {
  /**
   * Lookup by hash happens before a tenant is known: the key is what names the tenant. Only a
   * key that is not revoked and whose user is active and not a customer counts.
   */
  async findActiveByHash(q: Queryable, keyHash: string): Promise<(ApiKeyRecord & { userRole: string }) | null> {
    const rows = await q.query<Row & { user_role: string }>(
      `SELECT k.*, u.role AS user_role FROM api_keys k JOIN users u ON u.id = k.user_id AND u.tenant_id = k.tenant_id
        WHERE k.key_hash = $1 AND k.revoked_at IS NULL AND u.is_active AND u.role <> 'customer'`,
      [keyHash],
    );
    return rows[0] ? { ...map(rows[0]), userRole: rows[0].user_role } : null;
  },
  async insert(
    ctx: Pick<Ctx, 'db' | 'tenant'>,
    k: { keyHash: string; prefix: string; name: string; userId: number; locationId: number | null; scope: ApiKeyScope; allowedOrigins?: string[] },
  ): Promise<ApiKeyRecord> {
    const rows = await ctx.db.query<Row>(
      `INSERT INTO api_keys (tenant_id, key_hash, prefix, name, user_id, location_id, scope, allowed_origins)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text[]) RETURNING *`,
      [ctx.tenant.id, k.keyHash, k.prefix, k.name, k.userId, k.locationId, k.scope, k.allowedOrigins ?? []],
    );
    return map(rows[0]);
  },
  /** Every origin of an active publishable key, of any tenant (CORS preflights carry no key). */
  async publishableOrigins(q: Queryable): Promise<string[]> {
    const rows = await q.query<{ origin: string }>(
      `SELECT DISTINCT unnest(allowed_origins) AS origin FROM api_keys WHERE scope = 'publishable' AND revoked_at IS NULL`,
    );
    return rows.map((r) => r.origin);
  },
  async list(ctx: Pick<Ctx, 'db' | 'tenant'>): Promise<ApiKeyRecord[]> {
    const rows = await ctx.db.query<Row>('SELECT * FROM api_keys WHERE tenant_id = $1 ORDER BY id', [ctx.tenant.id]);
    return rows.map(map);
  },
  async revoke(ctx: Pick<Ctx, 'db' | 'tenant'>, id: number, at: Date): Promise<boolean> {
    const rows = await ctx.db.query('UPDATE api_keys SET revoked_at = $3 WHERE tenant_id = $1 AND id = $2 AND revoked_at IS NULL RETURNING id', [
      ctx.tenant.id,
      id,
      at,
    ]);
    return rows.length > 0;
  },
};
