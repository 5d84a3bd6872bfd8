import crypto from 'node:crypto';
import type { Ctx } from '../../../platform/context.js';
import type { CancellationReasonRecord, CancellationRequestRecord } from './records.js';
import { toReason, toRequest, type Row } from './rows.js';

/** Default cancellation reasons a tenant starts with (editable later in the back office). */
export const DEFAULT_REASONS: { key: string; type: 'cancel' | 'refund'; subjects: Record<'en' | 'tr' | 'sv' | 'de', string> }[] = [
  {
    key: 'changed-mind',
    type: 'cancel',
    subjects: { en: 'I changed my mind', tr: 'Fikrimi değiştirdim', sv: 'Jag har ångrat mig', de: 'Ich habe es mir anders überlegt' },
  },
  {
    key: 'ordered-by-mistake',
    type: 'cancel',
    subjects: { en: 'I ordered by mistake', tr: 'Yanlışlıkla sipariş verdim', sv: 'Jag beställde av misstag', de: 'Ich habe versehentlich bestellt' },
  },
  {
    key: 'wrong-product',
    type: 'refund',
    subjects: { en: 'I got the wrong product', tr: 'Yanlış ürün aldım', sv: 'Jag fick fel produkt', de: 'Ich habe das falsche Produkt erhalten' },
  },
  {
    key: 'defective',
    type: 'refund',
    subjects: { en: 'The product is defective', tr: 'Ürün kusurlu', sv: 'Produkten är defekt', de: 'Das Produkt ist defekt' },
  },
];

/** `commerce_cancellation_requests` and `commerce_cancellation_reasons`. */
export const cancellationsRepository = {
  async insertCancellationRequest(
    ctx: Ctx,
    r: Omit<CancellationRequestRecord, 'id' | 'uuid' | 'createdAt' | 'modifiedAt'> & { now: Date },
  ): Promise<CancellationRequestRecord> {
    const rows = await ctx.db.query<Row>(
      `INSERT INTO commerce_cancellation_requests (tenant_id, uuid, order_item_id, reason_id, cancellation_type, status, quantity,
         description, iban, holder_name, pickup_address, shipping_company, pickup_date, fully_refund_as_loyalty_money, easy_return, created_at, modified_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $16, $15, $15) RETURNING *`,
      [
        ctx.tenant.id,
        crypto.randomUUID(),
        r.orderItemId,
        r.reasonId,
        r.cancellationType,
        r.status,
        r.quantity,
        r.description,
        r.iban,
        r.holderName,
        r.pickupAddress,
        r.shippingCompany,
        r.pickupDate ? JSON.stringify(r.pickupDate) : null,
        r.fullyRefundAsLoyaltyMoney,
        r.now,
        r.easyReturn ? JSON.stringify(r.easyReturn) : null,
      ],
    );
    return toRequest(rows[0]);
  },

  async listCancellationRequests(ctx: Ctx, userId: number, limit: number, offset: number): Promise<{ count: number; rows: CancellationRequestRecord[] }> {
    const from = `FROM commerce_cancellation_requests r JOIN commerce_order_items i ON i.id = r.order_item_id
      JOIN commerce_orders o ON o.id = i.order_id WHERE r.tenant_id = $1 AND o.tenant_id = $1 AND o.user_id = $2`;
    const total = await ctx.db.query<{ n: number }>(`SELECT count(*)::int AS n ${from}`, [ctx.tenant.id, userId]);
    const rows = await ctx.db.query<Row>(`SELECT r.* ${from} ORDER BY r.id DESC LIMIT ${limit} OFFSET ${offset}`, [ctx.tenant.id, userId]);
    return { count: total[0].n, rows: rows.map(toRequest) };
  },

  async ensureDefaultReasons(ctx: Ctx, now: Date): Promise<void> {
    for (const r of DEFAULT_REASONS) {
      const translations = Object.fromEntries(Object.entries(r.subjects).map(([l, s]) => [l, { subject: s }]));
      await ctx.db.query(
        `INSERT INTO commerce_cancellation_reasons (tenant_id, key, uuid, cancellation_type, translations, created_at, modified_at)
         VALUES ($1, $2, $3, $4, $5, $6, $6) ON CONFLICT (tenant_id, key) DO NOTHING`,
        [ctx.tenant.id, r.key, crypto.randomUUID(), r.type, JSON.stringify(translations), now],
      );
    }
  },

  async listReasons(ctx: Ctx): Promise<CancellationReasonRecord[]> {
    const rows = await ctx.db.query<Row>(`SELECT * FROM commerce_cancellation_reasons WHERE tenant_id = $1 AND is_active ORDER BY id`, [ctx.tenant.id]);
    return rows.map(toReason);
  },
};
