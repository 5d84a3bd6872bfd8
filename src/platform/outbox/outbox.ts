import type { Queryable } from '../db/index.js';

/** A side effect to perform after a state change commits (email, webhook, backend call). */
export interface OutboxMessage {
  tenantId: number;
  /** What to do, e.g. `email.send`, `backend.tradein-decision`, `webhook.deliver`. */
  topic: string;
  payload: Record<string, unknown>;
  /**
   * Unique per effect: enqueuing the same key twice keeps one message, so a retried use case
   * never sends twice.
   */
  dedupeKey?: string;
  /**
   * Deliver no earlier than this; pass `ctx.clock.now()` for "at once". Required so the
   * dispatcher, which compares with the same clock, never sees a message from another clock.
   */
  availableAt: Date;
}

export interface StoredOutboxMessage {
  id: number;
  tenantId: number;
  topic: string;
  payload: Record<string, unknown>;
  dedupeKey: string | null;
  attempts: number;
  status: 'pending' | 'delivered' | 'dead';
  createdAt: Date;
}

/**
 * Writes a message in the caller's transaction: it exists if and only if the state change
 * commits. Returns the message id (or the existing one for a repeated dedupe key).
 */
export async function enqueueOutbox(q: Queryable, msg: OutboxMessage): Promise<number> {
  const rows = await q.query<{ id: number }>(
    `INSERT INTO outbox_messages (tenant_id, topic, payload, dedupe_key, available_at)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (dedupe_key) DO UPDATE SET dedupe_key = EXCLUDED.dedupe_key
     RETURNING id`,
    [msg.tenantId, msg.topic, JSON.stringify(msg.payload), msg.dedupeKey ?? null, msg.availableAt],
  );
  await q.query(`SELECT pg_notify('tradein_outbox', '')`);
  return rows[0].id;
}
