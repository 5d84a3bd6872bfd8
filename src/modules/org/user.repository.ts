import type { Ctx, Role } from '../../platform/context.js';
import type { Queryable } from '../../platform/db/index.js';

export interface UserRecord {
  id: number;
  tenantId: number;
  uid: string;
  email: string;
  firstName: string;
  lastName: string;
  phone: string | null;
  externalRef: string | null;
  role: Role;
  locale: string | null;
  isActive: boolean;
  createdAt: Date;
  lastLoginAt: Date | null;
  locationIds: number[];
  locationNames: string[];
}

interface Row {
  id: number;
  tenant_id: number;
  uid: string;
  email: string;
  first_name: string;
  last_name: string;
  phone: string | null;
  external_ref: string | null;
  role: Role;
  locale: string | null;
  is_active: boolean;
  created_at: Date;
  last_login_at: Date | null;
  location_ids: number[] | null;
  location_names: string[] | null;
}

const SELECT = `SELECT u.id, u.tenant_id, u.uid, u.email, u.first_name, u.last_name, u.phone, u.external_ref, u.role,
  u.locale, u.is_active, u.created_at, u.last_login_at,
  COALESCE((SELECT array_agg(ul.location_id ORDER BY ul.location_id) FROM user_locations ul WHERE ul.user_id = u.id), '{}') AS location_ids,
  COALESCE((SELECT array_agg(l.name ORDER BY l.id) FROM user_locations ul JOIN locations l ON l.id = ul.location_id WHERE ul.user_id = u.id), '{}') AS location_names
  FROM users u`;

function map(r: Row): UserRecord {
  return {
    id: r.id,
    tenantId: r.tenant_id,
    uid: r.uid,
    email: r.email,
    firstName: r.first_name,
    lastName: r.last_name,
    phone: r.phone,
    externalRef: r.external_ref,
    role: r.role,
    locale: r.locale,
    isActive: r.is_active,
    createdAt: r.created_at,
    lastLoginAt: r.last_login_at,
    locationIds: r.location_ids ?? [],
    locationNames: r.location_names ?? [],
  };
}

export const userRepository = {
  async findById(ctx: Pick<Ctx, 'db' | 'tenant'>, id: number): Promise<UserRecord | null> {
    const rows = await ctx.db.query<Row>(`${SELECT} WHERE u.tenant_id = $1 AND u.id = $2`, [ctx.tenant.id, id]);
    return rows[0] ? map(rows[0]) : null;
  },
  /**
   * The active user behind an unrevoked, unexpired session of the tenant (by the token's hash),
   * with the session: one round trip for every signed-in request.
   */
  async findBySession(
    q: Queryable,
    tenantId: number,
    tokenHash: string,
    now: Date,
  ): Promise<{ user: UserRecord; session: { id: number; csrfToken: string; expiresAt: Date } } | null> {
    const rows = await q.query<Row & { session_id: number; session_csrf_token: string; session_expires_at: Date }>(
      `${SELECT.replace('SELECT u.id,', 'SELECT s.id AS session_id, s.csrf_token AS session_csrf_token, s.expires_at AS session_expires_at, u.id,')}
       JOIN sessions s ON s.user_id = u.id AND s.tenant_id = u.tenant_id
       WHERE u.tenant_id = $1 AND s.token_hash = $2 AND s.revoked_at IS NULL AND s.expires_at > $3 AND u.is_active`,
      [tenantId, tokenHash, now],
    );
    const r = rows[0];
    return r ? { user: map(r), session: { id: r.session_id, csrfToken: r.session_csrf_token, expiresAt: r.session_expires_at } } : null;
  },
  async findByUid(ctx: Pick<Ctx, 'db' | 'tenant'>, uid: string): Promise<UserRecord | null> {
    if (!/^[0-9a-f-]{36}$/i.test(uid)) return null;
    const rows = await ctx.db.query<Row>(`${SELECT} WHERE u.tenant_id = $1 AND u.uid = $2`, [ctx.tenant.id, uid]);
    return rows[0] ? map(rows[0]) : null;
  },
  async findByEmail(ctx: Pick<Ctx, 'db' | 'tenant'>, email: string): Promise<(UserRecord & { passwordHash: string | null }) | null> {
    const rows = await ctx.db.query<Row & { password_hash: string | null }>(
      `${SELECT.replace('u.last_login_at,', 'u.last_login_at, u.password_hash,')} WHERE u.tenant_id = $1 AND lower(u.email) = lower($2)`,
      [ctx.tenant.id, email],
    );
    return rows[0] ? { ...map(rows[0]), passwordHash: rows[0].password_hash } : null;
  },
  async list(ctx: Pick<Ctx, 'db' | 'tenant'>, filter: { roles?: Role[] } = {}): Promise<UserRecord[]> {
    const rows = await ctx.db.query<Row>(`${SELECT} WHERE u.tenant_id = $1 AND ($2::text[] IS NULL OR u.role = ANY($2::text[])) ORDER BY u.id`, [
      ctx.tenant.id,
      filter.roles ?? null,
    ]);
    return rows.map(map);
  },
  async insert(
    ctx: Pick<Ctx, 'db' | 'tenant'>,
    u: {
      uid: string;
      email: string;
      firstName: string;
      lastName: string;
      phone: string | null;
      externalRef: string | null;
      role: Role;
      passwordHash: string | null;
      locale: string | null;
    },
  ): Promise<number> {
    const rows = await ctx.db.query<{ id: number }>(
      `INSERT INTO users (tenant_id, uid, email, first_name, last_name, phone, external_ref, role, password_hash, locale)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [ctx.tenant.id, u.uid, u.email, u.firstName, u.lastName, u.phone, u.externalRef, u.role, u.passwordHash, u.locale],
    );
    return rows[0].id;
  },
  async addLocation(ctx: Pick<Ctx, 'db' | 'tenant'>, userId: number, locationId: number): Promise<void> {
    await ctx.db.query(`INSERT INTO user_locations (tenant_id, user_id, location_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
      ctx.tenant.id,
      userId,
      locationId,
    ]);
  },
  async setActive(ctx: Pick<Ctx, 'db' | 'tenant'>, userId: number, active: boolean): Promise<boolean> {
    const rows = await ctx.db.query('UPDATE users SET is_active = $3 WHERE tenant_id = $1 AND id = $2 RETURNING id', [ctx.tenant.id, userId, active]);
    return rows.length > 0;
  },
  async passwordHash(ctx: Pick<Ctx, 'db' | 'tenant'>, userId: number): Promise<string | null> {
    const rows = await ctx.db.query<{ password_hash: string | null }>('SELECT password_hash FROM users WHERE tenant_id = $1 AND id = $2', [
      ctx.tenant.id,
      userId,
    ]);
    return rows[0]?.password_hash ?? null;
  },
  async setPasswordHash(ctx: Pick<Ctx, 'db' | 'tenant'>, userId: number, hash: string): Promise<void> {
    await ctx.db.query('UPDATE users SET password_hash = $3 WHERE tenant_id = $1 AND id = $2', [ctx.tenant.id, userId, hash]);
  },
  async touchLogin(ctx: Pick<Ctx, 'db' | 'tenant'>, userId: number, at: Date): Promise<void> {
    await ctx.db.query('UPDATE users SET last_login_at = $3 WHERE tenant_id = $1 AND id = $2', [ctx.tenant.id, userId, at]);
  },
};

export type { Queryable };
