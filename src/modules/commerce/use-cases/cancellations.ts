import crypto from 'node:crypto';
import type { Ctx } from '../../../platform/context.js';
import { withTransaction } from '../../../platform/context.js';
import { AppError } from '../../../platform/errors/index.js';
import { addressesRepository } from '../addresses.repository.js';
import { CommerceErrors, onField } from '../commerce.errors.js';
import { commerceRepository as repo, type CancellationReasonRecord, type CancellationRequestRecord, type EasyReturnRecord } from '../commerce.repository.js';
import type { BulkCancellationInput, CancellationRequestInput } from '../commerce.schemas.js';
import { isCancellable, isRefundable } from '../order-math.js';
import { easyReturnCarriers } from './checkout-terms.js';
import { Page, userIdOf, type CommerceEnv } from './env.js';

export async function listCancellationReasons(env: CommerceEnv, ctx: Ctx): Promise<CancellationReasonRecord[]> {
  userIdOf(ctx);
  await repo.ensureDefaultReasons(ctx, ctx.clock.now());
  return repo.listReasons(ctx);
}

export async function listCancellationRequests(
  env: CommerceEnv,
  ctx: Ctx,
  page: { limit: number; offset: number },
): Promise<{ count: number; rows: CancellationRequestRecord[] }> {
  const p = Page(page);
  return repo.listCancellationRequests(ctx, userIdOf(ctx), p.limit, p.offset);
}

/** One cancellation request (seed 002); see {@link bulkCancel}. */
export async function requestCancellation(env: CommerceEnv, ctx: Ctx, input: CancellationRequestInput): Promise<CancellationRequestRecord> {
  return (await bulkCancel(env, ctx, { cancel_order_items: [input] }))[0];
}

/**
 * Cancellation or refund requests for items of the user's orders, all or nothing. `cancel`
 * takes effect at once while the item has not shipped (and cancels its trade-in device);
 * `refund` needs a pickup address and opens a request for a delivered item.
 */
export async function bulkCancel(env: CommerceEnv, ctx: Ctx, input: BulkCancellationInput): Promise<CancellationRequestRecord[]> {
  const userId = userIdOf(ctx);
  const seen = new Set<number>();
  for (const r of input.cancel_order_items) {
    if (seen.has(r.order_item)) throw CommerceErrors.B300006({ id: r.order_item });
    seen.add(r.order_item);
  }
  return withTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    await repo.ensureDefaultReasons(tx, now);
    const reasons = new Map((await repo.listReasons(tx)).map((r) => [r.id, r]));
    const out: CancellationRequestRecord[] = [];
    for (const r of input.cancel_order_items) {
      const pickupAddress = r.pickup_address ?? input.pickup_address ?? null;
      const item = await repo.lockItemOfUser(tx, r.order_item, userId);
      if (!item) throw CommerceErrors.N300001();
      const remaining = item.quantity - item.cancelledQuantity;
      const quantity = r.quantity ?? remaining;
      if (quantity > remaining) {
        const message = CommerceErrors.B300001().localizedMessage(ctx.locale);
        throw new AppError('B300001', 'validation', { remaining }, [{ path: 'quantity', code: 'too_big', message }]);
      }
      if (r.cancellation_type === 'refund' && !pickupAddress) throw CommerceErrors.cancellation_request_100_8();
      const reason = reasons.get(r.reason);
      if (!reason || reason.cancellationType !== r.cancellation_type) throw CommerceErrors.B300003({ id: r.reason });
      const allowed = r.cancellation_type === 'cancel' ? isCancellable(item.status, remaining) : isRefundable(item.status, remaining);
      if (!allowed || quantity < 1) throw CommerceErrors.B300002({ id: item.id, type: r.cancellation_type });
      let status = 'open';
      let easyReturn: EasyReturnRecord | null = null;
      if (r.cancellation_type === 'refund') {
        if (!(await addressesRepository.isOwned(tx, userId, pickupAddress!)))
          throw onField(CommerceErrors.B300010({ id: pickupAddress }), 'pickup_address', ctx.locale);
        if (r.shipping_company != null) {
          const carrier = easyReturnCarriers(tx.tenant).find((c) => c.pk === r.shipping_company);
          if (!carrier) throw onField(CommerceErrors.B300011({ id: r.shipping_company }), 'shipping_company', ctx.locale);
          easyReturn = {
            status: 'active',
            code: String(crypto.randomInt(10_000_000, 100_000_000)),
            start_date: now.toISOString(),
            end_date: null,
            tracking_url: null,
            tracking_number: null,
            shipping_company: carrier.shippingCompany,
            pickup_date: r.pickup_date ?? null,
          };
        }
      }
      if (r.cancellation_type === 'cancel') {
        const newStatus = await repo.cancelPieces(tx, item.id, quantity, item.cancelledQuantity, now, false);
        if (!newStatus) throw CommerceErrors.B300002({ id: item.id, type: r.cancellation_type });
        const fully = item.cancelledQuantity + quantity >= item.quantity;
        const discount = fully ? Number((item.attributes.tradein as { discount_minor?: number } | undefined)?.discount_minor ?? 0) : 0;
        await repo.addRefund(tx, item.orderId, Math.max(0, item.priceMinor * quantity - discount), now);
        if (fully && item.tradeinDeviceId !== null) await env.tradeIns().cancelDevice(tx, item.tradeinDeviceId, 'order item cancelled');
        // The item goes back whole: what its trade-in decision left due is owed no more.
        const due = fully ? Number((item.attributes.tradein as { amount_due_minor?: number } | undefined)?.amount_due_minor ?? 0) : 0;
        if (due > 0) await repo.reduceBalanceDue(tx, item.orderId, due, now);
        status = 'completed';
      }
      out.push(
        await repo.insertCancellationRequest(tx, {
          orderItemId: item.id,
          reasonId: reason.id,
          cancellationType: r.cancellation_type,
          status,
          quantity,
          description: r.description ?? null,
          iban: r.iban ?? null,
          holderName: r.holder_name ?? null,
          pickupAddress,
          shippingCompany: r.shipping_company ?? null,
          pickupDate: (r.pickup_date as Record<string, unknown> | null | undefined) ?? null,
          fullyRefundAsLoyaltyMoney: r.fully_refund_as_loyalty_money ?? input.fully_refund_as_loyalty_money ?? false,
          easyReturn,
          now,
        }),
      );
    }
    return out;
  });
}
