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
  // One round trip: the row and the worker's wake-up (delivered at commit) in one statement.
  const rows = await q.query<{ id: number }>(
    `WITH m AS (
       INSERT INTO outbox_messages (tenant_id, topic, payload, dedupe_key, available_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (dedupe_key) DO UPDATE SET dedupe_key = EXCLUDED.dedupe_key
       RETURNING id)
     SELECT m.id, pg_notify('tradein_outbox', '') FROM m`,
    [msg.tenantId, msg.topic, JSON.stringify(msg.payload), msg.dedupeKey ?? null, msg.availableAt],
  );
  return rows[0].id;
}

/**
 * The topic of domain events ("a device was received", "a shipment was delivered"): facts other
 * processes may react to, published in the transaction of the change. The webhooks module
 * consumes it; until an integration subscribes, the default consumer just acknowledges.
 */
export const DOMAIN_EVENT_TOPIC = 'domain.event';

/** A fact about a change, e.g. `{ type: 'shipment.delivered', data: { shipmentId: 7, … } }`. */
export interface DomainEvent {
  tenantId: number;
  /** Dotted, past tense: `tradein.registered`, `device.received`, `payout.issued`. */
  type: string;
  /** The resource as the API returns it (kept small: under 20 kB). */
  data: Record<string, unknown>;
  /** When the change happened (`ctx.clock.now()`). */
  occurredAt: Date;
  /** Unique per fact, so a retried use case publishes once (e.g. `device.received:42`). */
  dedupeKey?: string;
}

/** Publishes a domain event in the caller's transaction (it exists iff the change commits). */
export function publishEvent(q: Queryable, event: DomainEvent): Promise<number> {
  return enqueueOutbox(q, {
    tenantId: event.tenantId,
    topic: DOMAIN_EVENT_TOPIC,
    payload: { type: event.type, timestamp: event.occurredAt.toISOString(), data: event.data },
    dedupeKey: event.dedupeKey,
    availableAt: event.occurredAt,
  });
}
