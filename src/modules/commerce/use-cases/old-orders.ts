import { z } from 'zod';
import type { Ctx } from '../../../platform/context.js';
import { withTransaction } from '../../../platform/context.js';
import { parseDecimal } from '../../../platform/money/index.js';
import { CommerceErrors } from '../commerce.errors.js';
import { commerceRepository as repo, type OldOrderRecord } from '../commerce.repository.js';
import { OldOrderImport } from '../commerce.schemas.js';
import { Page, userIdOf, type CommerceEnv } from './env.js';

export async function listOldOrders(env: CommerceEnv, ctx: Ctx, page: { limit: number; offset: number }): Promise<{ count: number; rows: OldOrderRecord[] }> {
  return repo.findOldOrders(ctx, userIdOf(ctx), Page(page));
}

export async function getOldOrder(env: CommerceEnv, ctx: Ctx, id: number): Promise<OldOrderRecord> {
  const { rows } = await repo.findOldOrders(ctx, userIdOf(ctx), { id, limit: 1, offset: 0 });
  if (!rows[0]) throw CommerceErrors.N300001();
  return rows[0];
}

/**
 * Imports old orders (migration from a previous shop): a JSON array (or `{results: [...]}`) of
 * {@link OldOrderImport} rows, matched to users by email, all or nothing, idempotent by number.
 */
export async function importOldOrders(env: CommerceEnv, ctx: Ctx, raw: unknown): Promise<{ created: number; updated: number }> {
  const list = Array.isArray(raw) ? raw : (raw as { results?: unknown } | null)?.results;
  const rows = z.array(OldOrderImport).min(1).max(100_000).parse(list);
  return withTransaction(ctx, async (tx) => {
    let created = 0;
    let updated = 0;
    for (const o of rows) {
      const user = await env.deps.users.findByEmail(tx, o.user_email);
      if (!user) throw CommerceErrors.B300007({ number: o.number, email: o.user_email });
      const cur = o.currency.toUpperCase();
      const res = await repo.upsertOldOrder(tx, {
        userId: user.id,
        number: o.number,
        currency: cur,
        status: o.status,
        amountMinor: parseDecimal(o.amount, cur),
        discountMinor: parseDecimal(o.discount_amount, cur),
        paymentType: o.payment_type ?? null,
        bank: o.bank ?? null,
        installmentCount: o.installment_count ?? null,
        trackingNumber: o.tracking_number ?? null,
        shippingAddress: o.shipping_address ?? null,
        billingAddress: o.billing_address ?? null,
        extraField: o.extra_field,
        userEmail: user.email,
        items: o.items.map((i) => ({ sku: i.sku, name: i.name, quantity: i.quantity, price_minor: parseDecimal(i.price, cur) })),
        createdAt: new Date(o.created_date),
      });
      if (res === 'created') created++;
      else updated++;
    }
    return { created, updated };
  });
}
