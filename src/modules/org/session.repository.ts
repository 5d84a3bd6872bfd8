import type { Queryable } from '../../platform/db/index.js';

export interface SessionRecord {
  id: number;
  tenantId: number;
  userId: number;
  csrfToken: string;
  expiresAt: Date;
}

interface Row {
  id: number;
  tenant_id: number;
  user_id: number;
  csrf_token: string;
  expires_at: Date;
}

const map = (r: Row): SessionRecord => ({
  id: r.id,
  tenantId: r.tenant_id,
  userId: r.user_id,
  csrfToken: r.csrf_token,
  expiresAt: r.expires_at,
});

/** Sessions are always looked up within one tenant: a cookie of tenant A means nothing at B. */
export const sessionRepository = {
  async findActive(q: Queryable, tenantId: number, tokenHash: string, now: Date): Promise<SessionRecord | null> {
    const rows = await q.query<Row>(
      `SELECT s.id, s.tenant_id, s.user_id, s.csrf_token, s.expires_at FROM sessions s
       JOIN users u ON u.id = s.user_id AND u.is_active
       WHERE s.tenant_id = $1 AND s.token_hash = $2 AND s.revoked_at IS NULL AND s.expires_at > $3`,
      [tenantId, tokenHash, now],
    );
    return rows[0] ? map(rows[0]) : null;
  },
  async insert(
    q: Queryable,
    s: { tenantId: number; tokenHash: string; userId: number; csrfToken: string; expiresAt: Date; ip: string | null; userAgent: string | null },
  ): Promise<SessionRecord> {
    const rows = await q.query<Row>(
      `INSERT INTO sessions (tenant_id, token_hash, user_id, csrf_token, expires_at, ip, user_agent)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, tenant_id, user_id, csrf_token, expires_at`,
      [s.tenantId, s.tokenHash, s.userId, s.csrfToken, s.expiresAt, s.ip, s.userAgent],
    );
    return map(rows[0]);
  },
  async revoke(q: Queryable, tenantId: number, tokenHash: string, at: Date): Promise<void> {
    await q.query('UPDATE sessions SET revoked_at = $3 WHERE tenant_id = $1 AND token_hash = $2 AND revoked_at IS NULL', [
      tenantId,
      tokenHash,
      at,
    ]);
  },
  async revokeAllForUser(q: Queryable, tenantId: number, userId: number, at: Date): Promise<number> {
    const rows = await q.query(
      'UPDATE sessions SET revoked_at = $3 WHERE tenant_id = $1 AND user_id = $2 AND revoked_at IS NULL RETURNING id',
      [tenantId, userId, at],
    );
    return rows.length;
  },
};

/** Failed-login counters per bucket (account or address), in the database so every process sees them. */
export const loginAttemptRepository = {
  async get(q: Queryable, tenantId: number, bucket: string): Promise<{ windowStart: Date; failures: number } | null> {
    const rows = await q.query<{ window_start: Date; failures: number }>(
      'SELECT window_start, failures FROM login_attempts WHERE tenant_id = $1 AND bucket = $2',
      [tenantId, bucket],
    );
    return rows[0] ? { windowStart: rows[0].window_start, failures: rows[0].failures } : null;
  },
  async recordFailure(q: Queryable, tenantId: number, bucket: string, now: Date, windowMs: number): Promise<void> {
    await q.query(
      `INSERT INTO login_attempts (tenant_id, bucket, window_start, failures) VALUES ($1, $2, $3, 1)
       ON CONFLICT (tenant_id, bucket) DO UPDATE SET
         failures = CASE WHEN login_attempts.window_start < $4 THEN 1 ELSE login_attempts.failures + 1 END,
         window_start = CASE WHEN login_attempts.window_start < $4 THEN $3 ELSE login_attempts.window_start END`,
      [tenantId, bucket, now, new Date(now.getTime() - windowMs)],
    );
  },
  async clear(q: Queryable, tenantId: number, bucket: string): Promise<void> {
    await q.query('DELETE FROM login_attempts WHERE tenant_id = $1 AND bucket = $2', [tenantId, bucket]);
  },
};
