import type { Ctx } from '../../platform/context.js';

type Db = Pick<Ctx, 'db' | 'tenant'>;

/** A subscriber of a tenant's events. `secret` never leaves the module except when created or rotated. */
export interface WebhookEndpoint {
  id: number;
  url: string;
  description: string;
  eventTypes: string[];
  secret: string;
  previousSecret: string | null;
  previousSecretExpiresAt: Date | null;
  enabled: boolean;
  disabledReason: string | null;
  failingSince: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface WebhookMessage {
  id: string;
  eventType: string;
  body: string;
  createdAt: Date;
}

export interface WebhookAttempt {
  id: number;
  endpointId: number;
  messageId: string;
  eventType: string;
  attempt: number;
  outcome: 'succeeded' | 'failed' | 'gave_up' | 'endpoint_disabled';
  responseStatus: number | null;
  responseBody: string | null;
  error: string | null;
  latencyMs: number | null;
  nextAttemptAt: Date | null;
  trigger: string;
  createdAt: Date;
}

interface EndpointRow {
  id: number;
  url: string;
  description: string;
  event_types: string[];
  secret: string;
  previous_secret: string | null;
  previous_secret_expires_at: Date | null;
  enabled: boolean;
  disabled_reason: string | null;
  failing_since: Date | null;
  created_at: Date;
  updated_at: Date;
}

const date = (v: Date | string | null) => (v === null ? null : new Date(v));

const mapEndpoint = (r: EndpointRow): WebhookEndpoint => ({
  id: r.id,
  url: r.url,
  description: r.description,
  eventTypes: r.event_types ?? [],
  secret: r.secret,
  previousSecret: r.previous_secret,
  previousSecretExpiresAt: date(r.previous_secret_expires_at),
  enabled: r.enabled,
  disabledReason: r.disabled_reason,
  failingSince: date(r.failing_since),
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
});

/** One attempt's row; `$1` is the tenant and `$2` the endpoint (statements built on it rely on that). */
const INSERT_ATTEMPT_SQL = `INSERT INTO webhook_attempts (tenant_id, endpoint_id, message_id, attempt, outcome, response_status, response_body, error, latency_ms, next_attempt_at, trigger, created_at)
  VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)`;
const attemptParams = (ctx: Db, a: Omit<WebhookAttempt, 'id' | 'eventType' | 'createdAt'>, now: Date) => [
  ctx.tenant.id,
  a.endpointId,
  a.messageId,
  a.attempt,
  a.outcome,
  a.responseStatus,
  a.responseBody,
  a.error,
  a.latencyMs,
  a.nextAttemptAt,
  a.trigger,
  now,
];

export const webhooksRepository = {
  async insertEndpoint(ctx: Db, e: { url: string; description: string; eventTypes: string[]; secret: string }, now: Date): Promise<WebhookEndpoint> {
    const rows = await ctx.db.query<EndpointRow>(
      `INSERT INTO webhook_endpoints (tenant_id, url, description, event_types, secret, created_at, updated_at)
       VALUES ($1, $2, $3, $4::text[], $5, $6, $6) RETURNING *`,
      [ctx.tenant.id, e.url, e.description, e.eventTypes, e.secret, now],
    );
    return mapEndpoint(rows[0]);
  },

  async listEndpoints(ctx: Db): Promise<WebhookEndpoint[]> {
    const rows = await ctx.db.query<EndpointRow>('SELECT * FROM webhook_endpoints WHERE tenant_id = $1 ORDER BY id', [ctx.tenant.id]);
    return rows.map(mapEndpoint);
  },

  async findEndpoint(ctx: Db, id: number): Promise<WebhookEndpoint | null> {
    const rows = await ctx.db.query<EndpointRow>('SELECT * FROM webhook_endpoints WHERE tenant_id = $1 AND id = $2', [ctx.tenant.id, id]);
    return rows[0] ? mapEndpoint(rows[0]) : null;
  },

  async updateEndpoint(
    ctx: Db,
    id: number,
    patch: { url?: string; description?: string; eventTypes?: string[]; enabled?: boolean },
    now: Date,
  ): Promise<WebhookEndpoint | null> {
    const rows = await ctx.db.query<EndpointRow>(
      `UPDATE webhook_endpoints SET
          url = COALESCE($3, url), description = COALESCE($4, description), event_types = COALESCE($5::text[], event_types),
          enabled = COALESCE($6, enabled),
          -- Re-enabling starts a new failure streak and forgets why it was disabled.
          disabled_reason = CASE WHEN $6 IS TRUE THEN NULL ELSE disabled_reason END,
          failing_since = CASE WHEN $6 IS TRUE THEN NULL ELSE failing_since END,
          updated_at = $7
        WHERE tenant_id = $1 AND id = $2 RETURNING *`,
      [ctx.tenant.id, id, patch.url ?? null, patch.description ?? null, patch.eventTypes ?? null, patch.enabled ?? null, now],
    );
    return rows[0] ? mapEndpoint(rows[0]) : null;
  },

  async deleteEndpoint(ctx: Db, id: number): Promise<boolean> {
    const rows = await ctx.db.query('DELETE FROM webhook_endpoints WHERE tenant_id = $1 AND id = $2 RETURNING id', [ctx.tenant.id, id]);
    return rows.length > 0;
  },

  async rotateSecret(ctx: Db, id: number, secret: string, previousValidUntil: Date, now: Date): Promise<WebhookEndpoint | null> {
    const rows = await ctx.db.query<EndpointRow>(
      `UPDATE webhook_endpoints SET previous_secret = secret, previous_secret_expires_at = $4, secret = $3, updated_at = $5
        WHERE tenant_id = $1 AND id = $2 RETURNING *`,
      [ctx.tenant.id, id, secret, previousValidUntil, now],
    );
    return rows[0] ? mapEndpoint(rows[0]) : null;
  },

  /** Marks the endpoint failing (keeps the first failure's time); returns when the streak started. */
  async markFailing(ctx: Db, id: number, now: Date): Promise<Date> {
    const rows = await ctx.db.query<{ failing_since: Date }>(
      `UPDATE webhook_endpoints SET failing_since = COALESCE(failing_since, $3) WHERE tenant_id = $1 AND id = $2 RETURNING failing_since`,
      [ctx.tenant.id, id, now],
    );
    return rows[0] ? new Date(rows[0].failing_since) : now;
  },

  /** Disables an enabled endpoint; false when it already was. */
  async disable(ctx: Db, id: number, reason: string, now: Date): Promise<boolean> {
    const rows = await ctx.db.query(
      `UPDATE webhook_endpoints SET enabled = false, disabled_reason = $3, updated_at = $4 WHERE tenant_id = $1 AND id = $2 AND enabled RETURNING id`,
      [ctx.tenant.id, id, reason, now],
    );
    return rows.length > 0;
  },

  /** Stores a message once (the id derives from the event that caused it); false when it existed. */
  async insertMessage(ctx: Db, m: { id: string; eventType: string; body: string }, now: Date): Promise<boolean> {
    const rows = await ctx.db.query(
      `INSERT INTO webhook_messages (id, tenant_id, event_type, body, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING RETURNING id`,
      [m.id, ctx.tenant.id, m.eventType, m.body, now],
    );
    return rows.length > 0;
  },

  async findMessage(ctx: Db, id: string): Promise<WebhookMessage | null> {
    const rows = await ctx.db.query<{ id: string; event_type: string; body: string; created_at: Date }>(
      'SELECT * FROM webhook_messages WHERE tenant_id = $1 AND id = $2',
      [ctx.tenant.id, id],
    );
    return rows[0] ? { id: rows[0].id, eventType: rows[0].event_type, body: rows[0].body, createdAt: new Date(rows[0].created_at) } : null;
  },

  /** The endpoint and the message of one delivery, read together (the worker's first step). */
  async findDelivery(ctx: Db, endpointId: number, messageId: string): Promise<{ endpoint: WebhookEndpoint; message: WebhookMessage } | null> {
    const rows = await ctx.db.query<EndpointRow & { message_id: string; message_event_type: string; message_body: string; message_created_at: Date }>(
      `SELECT e.*, m.id AS message_id, m.event_type AS message_event_type, m.body AS message_body, m.created_at AS message_created_at
       FROM webhook_endpoints e JOIN webhook_messages m ON m.tenant_id = e.tenant_id AND m.id = $3
       WHERE e.tenant_id = $1 AND e.id = $2`,
      [ctx.tenant.id, endpointId, messageId],
    );
    const r = rows[0];
    if (!r) return null;
    return {
      endpoint: mapEndpoint(r),
      message: { id: r.message_id, eventType: r.message_event_type, body: r.message_body, createdAt: new Date(r.message_created_at) },
    };
  },

  /**
   * A succeeded attempt and the endpoint's failing streak cleared, in one statement (atomic
   * without a transaction: the delivery path's hottest write).
   */
  async recordSuccess(ctx: Db, a: Omit<WebhookAttempt, 'id' | 'eventType' | 'createdAt' | 'outcome' | 'nextAttemptAt'>, now: Date): Promise<void> {
    await ctx.db.query(
      `WITH attempt AS (${INSERT_ATTEMPT_SQL})
       UPDATE webhook_endpoints SET failing_since = NULL WHERE tenant_id = $1 AND id = $2 AND failing_since IS NOT NULL`,
      attemptParams(ctx, { ...a, outcome: 'succeeded', nextAttemptAt: null }, now),
    );
  },

  async insertAttempt(ctx: Db, a: Omit<WebhookAttempt, 'id' | 'eventType' | 'createdAt'>, now: Date): Promise<void> {
    await ctx.db.query(INSERT_ATTEMPT_SQL, attemptParams(ctx, a, now));
  },

  async listAttempts(ctx: Db, endpointId: number, page: { limit: number; offset: number }): Promise<{ count: number; rows: WebhookAttempt[] }> {
    const rows = await ctx.db.query<{
      id: string | number;
      endpoint_id: number;
      message_id: string;
      event_type: string;
      attempt: number;
      outcome: WebhookAttempt['outcome'];
      response_status: number | null;
      response_body: string | null;
      error: string | null;
      latency_ms: number | null;
      next_attempt_at: Date | null;
      trigger: string;
      created_at: Date;
      total: string | number;
    }>(
      `SELECT a.*, m.event_type, count(*) OVER () AS total
         FROM webhook_attempts a JOIN webhook_messages m ON m.id = a.message_id
        WHERE a.tenant_id = $1 AND a.endpoint_id = $2
        ORDER BY a.id DESC LIMIT $3 OFFSET $4`,
      [ctx.tenant.id, endpointId, page.limit, page.offset],
    );
    return {
      count: rows[0] ? Number(rows[0].total) : 0,
      rows: rows.map((r) => ({
        id: Number(r.id),
        endpointId: r.endpoint_id,
        messageId: r.message_id,
        eventType: r.event_type,
        attempt: r.attempt,
        outcome: r.outcome,
        responseStatus: r.response_status,
        responseBody: r.response_body,
        error: r.error,
        latencyMs: r.latency_ms,
        nextAttemptAt: date(r.next_attempt_at),
        trigger: r.trigger,
        createdAt: new Date(r.created_at),
      })),
    };
  },

  /** Messages whose latest attempt to this endpoint since `since` did not succeed. */
  async failedMessageIdsSince(ctx: Db, endpointId: number, since: Date): Promise<string[]> {
    const rows = await ctx.db.query<{ message_id: string }>(
      `SELECT message_id FROM (
         SELECT DISTINCT ON (message_id) message_id, outcome, created_at FROM webhook_attempts
          WHERE tenant_id = $1 AND endpoint_id = $2 AND created_at >= $3
          ORDER BY message_id, id DESC) latest
        WHERE outcome <> 'succeeded' ORDER BY created_at LIMIT 1000`,
      [ctx.tenant.id, endpointId, since],
    );
    return rows.map((r) => r.message_id);
  },
};
