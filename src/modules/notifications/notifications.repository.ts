import type { Ctx } from '../../platform/context.js';
import type { Queryable } from '../../platform/db/index.js';

export interface QueuedEmail {
  id: number;
  status: 'pending' | 'delivered' | 'dead';
  attempts: number;
  to: string;
  subject: string;
  text: string;
  html: string;
  template: string;
  locale: string;
  createdAt: Date;
  deliveredAt: Date | null;
  lastError: string | null;
}

interface EmailRow {
  id: number;
  status: QueuedEmail['status'];
  attempts: number;
  payload: Record<string, unknown>;
  created_at: Date;
  delivered_at: Date | null;
  last_error: string | null;
}

export const notificationsRepository = {
  /** The tenant's emails in the outbox, newest first (sent or not). */
  async listEmails(ctx: Ctx, opts: { limit: number; offset: number; to?: string }): Promise<{ count: number; rows: QueuedEmail[] }> {
    const params: unknown[] = [ctx.tenant.id];
    let filter = '';
    if (opts.to) {
      params.push(opts.to.toLowerCase());
      filter = ` AND lower(payload->>'to') = $${params.length}`;
    }
    const total = await ctx.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM outbox_messages WHERE tenant_id = $1 AND topic = 'email.send'${filter}`,
      params,
    );
    const rows = await ctx.db.query<EmailRow>(
      `SELECT id::int AS id, status, attempts, payload, created_at, delivered_at, last_error FROM outbox_messages
       WHERE tenant_id = $1 AND topic = 'email.send'${filter} ORDER BY id DESC LIMIT ${opts.limit} OFFSET ${opts.offset}`,
      params,
    );
    return {
      count: total[0].n,
      rows: rows.map((r) => ({
        id: r.id,
        status: r.status,
        attempts: r.attempts,
        to: String(r.payload.to ?? ''),
        subject: String(r.payload.subject ?? ''),
        text: String(r.payload.text ?? ''),
        html: String(r.payload.html ?? ''),
        template: String(r.payload.template ?? ''),
        locale: String(r.payload.locale ?? ''),
        createdAt: r.created_at,
        deliveredAt: r.delivered_at,
        lastError: r.last_error,
      })),
    };
  },

  async deliveryOf(q: Queryable, tenantId: number, outboxId: number): Promise<boolean> {
    const rows = await q.query(`SELECT 1 FROM notification_email_deliveries WHERE tenant_id = $1 AND outbox_id = $2`, [tenantId, outboxId]);
    return rows.length > 0;
  },

  async recordDelivery(q: Queryable, d: { tenantId: number; outboxId: number; messageId: string; recipient: string; sentAt: Date }): Promise<void> {
    await q.query(
      `INSERT INTO notification_email_deliveries (outbox_id, tenant_id, message_id, recipient, sent_at)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (outbox_id) DO NOTHING`,
      [d.outboxId, d.tenantId, d.messageId, d.recipient, d.sentAt],
    );
  },
};
