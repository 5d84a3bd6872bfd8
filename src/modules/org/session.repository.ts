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
    await q.query('UPDATE sessions SET revoked_at = $3 WHERE tenant_id = $1 AND token_hash = $2 AND revoked_at IS NULL', [tenantId, tokenHash, at]);
  },
  /** Whether the user ever had a session from this address (a known address). */
  async hasSignedInFrom(q: Queryable, tenantId: number, userId: number, ip: string): Promise<boolean> {
    const rows = await q.query('SELECT 1 FROM sessions WHERE tenant_id = $1 AND user_id = $2 AND ip = $3 LIMIT 1', [tenantId, userId, ip]);
    return rows.length > 0;
  },
  /** Revokes a user's sessions, except the one whose token hash is `keepTokenHash`. */
  async revokeAllForUser(q: Queryable, tenantId: number, userId: number, at: Date, keepTokenHash: string | null = null): Promise<number> {
    const rows = await q.query(
      `UPDATE sessions SET revoked_at = $3 WHERE tenant_id = $1 AND user_id = $2 AND revoked_at IS NULL
         AND ($4::text IS NULL OR token_hash <> $4::text) RETURNING id`,
      [tenantId, userId, at, keepTokenHash],
    );
    return rows.length;
  },
};

/** How one throttle bucket counts: `limit` attempts, then a block of `baseMs` doubling per further failure up to `maxMs`. */
export interface ThrottlePolicy {
  limit: number;
  baseMs: number;
  maxMs: number;
  /** A bucket with no counted attempt for this long starts again from zero. */
  quietMs: number;
}

/**
 * Login-attempt counters per bucket (address, account from an address, account), in the
 * database so every process sees them. Counting is one statement per bucket, before the
 * password is checked, so concurrent guesses each see every attempt before them.
 */
export const loginAttemptRepository = {
  /**
   * Counts an attempt atomically; answers whether the bucket was blocked (then nothing is
   * counted) and until when it is blocked now.
   */
  async attempt(q: Queryable, tenantId: number, bucket: string, now: Date, p: ThrottlePolicy): Promise<{ throttled: boolean; blockedUntil: Date | null }> {
    // All right-hand sides see the row as it was; `nf` is the count after this attempt.
    const nf = 'CASE WHEN la.window_start < $4 THEN 1 ELSE la.failures + 1 END';
    const rows = await q.query<{ throttled: boolean; blocked_until: Date | null }>(
      `INSERT INTO login_attempts AS la (tenant_id, bucket, window_start, failures, blocked_until, throttled)
       VALUES ($1, $2, $3, 1, NULL, false)
       ON CONFLICT (tenant_id, bucket) DO UPDATE SET
         throttled = COALESCE(la.blocked_until > $3, false),
         failures = CASE WHEN la.blocked_until > $3 THEN la.failures ELSE ${nf} END,
         window_start = CASE WHEN la.blocked_until > $3 THEN la.window_start ELSE $3 END,
         blocked_until = CASE
           WHEN la.blocked_until > $3 THEN la.blocked_until
           WHEN ${nf} >= $5::integer
             THEN $3 + LEAST($7::double precision, $6::double precision * power(2, LEAST(${nf} - $5::integer, 40))) * interval '1 millisecond'
           ELSE NULL END
       RETURNING throttled, blocked_until`,
      [tenantId, bucket, now, new Date(now.getTime() - p.quietMs), p.limit, p.baseMs, p.maxMs],
    );
    return { throttled: rows[0].throttled, blockedUntil: rows[0].blocked_until };
  },
  /** Takes back one counted attempt that turned out to be a success (shared buckets). */
  async release(q: Queryable, tenantId: number, bucket: string, limit: number): Promise<void> {
    await q.query(
      `UPDATE login_attempts SET failures = GREATEST(failures - 1, 0),
         blocked_until = CASE WHEN failures - 1 < $3::integer THEN NULL ELSE blocked_until END
       WHERE tenant_id = $1 AND bucket = $2`,
      [tenantId, bucket, limit],
    );
  },
  async clear(q: Queryable, tenantId: number, bucket: string): Promise<void> {
    await q.query('DELETE FROM login_attempts WHERE tenant_id = $1 AND bucket = $2', [tenantId, bucket]);
  },
};
