import type { Ctx, TenantRef } from '../../../platform/context.js';
import { withTransaction } from '../../../platform/context.js';
import { isLocale } from '../../../platform/i18n/index.js';
import { signToken, verifyToken } from '../../../platform/ids/index.js';
import { formatDecimal, formatMoney, parseDecimal } from '../../../platform/money/index.js';
import type { StoredOutboxMessage } from '../../../platform/outbox/index.js';
import { differenceRows } from '../../notifications/index.js';
import { CommerceErrors } from '../commerce.errors.js';
import { commerceRepository as repo } from '../commerce.repository.js';
import type { FinalValuationInput } from '../commerce.schemas.js';
import type { UserRecord } from '../../org/index.js';
import { CommerceSettings } from '../commerce.settings.js';
import { tradeInAmountDue } from '../order-math.js';
import type { TradeInDeviceView } from '../tradeins-port.js';
import type { CommerceEnv } from './env.js';

/** Outbox topic of the trade-in core that commerce reacts to. */
export const FINAL_VALUATION_TOPIC = 'tradeins.final_valuation_recorded';

export type TradeInDecision = 'approved' | 'rejected';

/** Who decides: the signed-in owner, or the holder of a signed link confirmed on a page. */
export type DecisionAuthority = { kind: 'session'; userId: number } | { kind: 'token'; token: string };

interface DecisionToken extends Record<string, unknown> {
  k: 'tdc';
  t: number;
  i: number;
  d: TradeInDecision;
  u: number;
}

/** Admin/technician: records the facility's final valuation through the trade-in core. */
export async function recordFinalValuation(
  env: CommerceEnv,
  ctx: Ctx,
  deviceId: number,
  input: FinalValuationInput,
): Promise<{ device: TradeInDeviceView; changed: boolean }> {
  const port = env.tradeIns();
  const device = await port.getDevice(ctx, deviceId);
  if (!device) throw CommerceErrors.N300002({ id: deviceId });
  return port.recordFinalValuation(ctx, deviceId, {
    priceMinor: parseDecimal(input.price, device.currency),
    grade: input.grade,
    reason: input.reason,
    photoIds: input.photo_ids,
  });
}

/** The absolute approve/reject links of an item, each with a signed single-use token. */
export function decisionLinks(env: CommerceEnv, tenant: TenantRef, itemId: number, userId: number, now: Date): Record<TradeInDecision, string> {
  const s = CommerceSettings.read(tenant);
  const base = (s.storefrontUrl ?? env.deps.publicUrl).replace(/\/$/, '');
  const exp = new Date(now.getTime() + s.decisionLinkDays * 86_400_000);
  const link = (d: TradeInDecision) => {
    const token = signToken(env.deps.secret, { k: 'tdc', t: tenant.id, i: itemId, d, u: userId } satisfies DecisionToken, exp);
    return `${base}/users/order_item/${itemId}/tradein_${d}/?token=${encodeURIComponent(token)}`;
  };
  return { approved: link('approved'), rejected: link('rejected') };
}

/** Whether `token` is a valid link token for this item and decision (no decision taken). */
export function checkDecisionToken(env: CommerceEnv, ctx: Ctx, itemId: number, decision: TradeInDecision, token: string): boolean {
  return tokenUser(env, ctx, itemId, decision, token) !== null;
}

function tokenUser(env: CommerceEnv, ctx: Ctx, itemId: number, decision: TradeInDecision, token: string): number | null {
  const p = verifyToken<DecisionToken>(env.deps.secret, token, ctx.clock.now());
  if (!p || p.k !== 'tdc' || p.t !== ctx.tenant.id || p.i !== itemId || p.d !== decision || typeof p.u !== 'number') return null;
  return p.u;
}

/**
 * The customer's answer to the final valuation (seed 000). In ONE transaction: the guarded
 * review update (so concurrent clicks give one winner), the trade-in core's state change
 * (rejected → return flow), the backend notification (queued, or called synchronously when the
 * tenant says so) and the confirmation email. Every refusal is the same N300001.
 */
export async function decide(env: CommerceEnv, ctx: Ctx, itemId: number, decision: TradeInDecision, authority: DecisionAuthority): Promise<void> {
  const userId = authority.kind === 'session' ? authority.userId : tokenUser(env, ctx, itemId, decision, authority.token);
  if (userId === null) throw CommerceErrors.N300001();
  const port = env.tradeIns();
  await withTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    // The guarded review update (the item is the user's, valuated, undecided, not cancelled) in one statement.
    const item = await repo.claimReview(tx, itemId, userId, decision, now);
    if (!item || item.tradeinDeviceId === null) throw CommerceErrors.N300001();
    if (!(await port.applyCustomerDecision(tx, item.tradeinDeviceId, decision))) throw CommerceErrors.N300001();
    const ti = item.attributes.tradein as { offered_price_minor?: number; product_name?: string; currency?: string; discount_minor?: number };
    const currency = ti.currency ?? item.currency;
    const user = item.customer;
    const locale = customerLocale(tx, user, item.languageCode);
    // What the decision leaves due on the order (README "A lower final value changes the order").
    const discount = Number(ti.discount_minor ?? 0);
    const due = tradeInAmountDue(decision, discount, item.tradeinFinalPriceMinor ?? 0);
    const productName = ti.product_name ?? item.productName;
    await repo.applyTradeInAmountDue(tx, {
      orderId: item.orderId,
      itemId,
      dueMinor: due,
      attributes: {
        ...item.attributes,
        tradein: {
          ...ti,
          final_discount_minor: discount - due,
          final_discount: formatDecimal(discount - due, item.currency),
          amount_due_minor: due,
          amount_due: formatDecimal(due, item.currency),
          device_returned: decision === 'rejected',
        },
      },
      discountName: decision === 'approved' ? `Trade-in final value: ${productName}` : `Trade-in returned: ${productName}`,
      now,
    });
    await env.deps.notifications.enqueueEmail(tx, {
      to: item.userEmail,
      template: decision === 'approved' ? 'tradein.approved' : 'tradein.rejected',
      locale,
      dedupeKey: `tradein-decision-email:${tx.tenant.id}:${itemId}`,
      data: {
        tenantName: tx.tenant.name,
        customerName: user ? `${user.firstName} ${user.lastName}`.trim() || user.email : item.userEmail,
        orderNumber: item.orderNumber,
        productName: ti.product_name ?? item.productName,
        offered: formatMoney(ti.offered_price_minor ?? 0, currency, locale),
        final: formatMoney(item.tradeinFinalPriceMinor ?? 0, currency, locale),
        amountDue: due > 0 ? formatMoney(due, item.currency, locale) : null,
      },
    });
    // Last before commit: in synchronous mode a failing backend rolls everything back.
    const outcome = await env.deps.notifications.notifyBackend(tx, {
      event: `tradein.${decision}`,
      dedupeKey: `tradein-decision:${tx.tenant.id}:${itemId}`,
      payload: {
        order_number: item.orderNumber,
        order_item: itemId,
        tradein_device_id: item.tradeinDeviceId,
        decision,
        offered_price_minor: ti.offered_price_minor ?? null,
        final_price_minor: item.tradeinFinalPriceMinor,
        amount_due_minor: due,
        currency,
        decided_at: now.toISOString(),
      },
    });
    if (outcome === 'failed') throw CommerceErrors.N300001();
  });
}

function customerLocale(ctx: Ctx, user: Pick<UserRecord, 'locale'> | null, languageCode: string | null): string {
  // The order's language is the customer's latest explicit choice; then the account's.
  const candidates = [languageCode?.slice(0, 2).toLowerCase(), user?.locale, ctx.tenant.defaultLocale];
  return candidates.find((l) => isLocale(l)) ?? 'en';
}

/**
 * Outbox handler of `tradeins.final_valuation_recorded`: remembers the final value on the
 * order item and, when it differs from the offer, emails the customer both links.
 */
export async function onFinalValuationRecorded(env: CommerceEnv, msg: StoredOutboxMessage): Promise<void> {
  const tenant = await env.deps.findTenant(msg.tenantId);
  if (!tenant) return;
  const p = msg.payload as {
    deviceId: number;
    offeredPriceMinor: number;
    finalPriceMinor: number;
    currency: string;
    grade?: string;
    reason?: string;
    changed: boolean;
  };
  const base: Ctx = { tenant, actor: { kind: 'system' }, db: env.deps.db, clock: env.deps.clock, locale: 'en', requestId: `outbox-${msg.id}` };
  await withTransaction(base, async (tx) => {
    const item = await repo.itemByDevice(tx, p.deviceId);
    if (!item || item.tradeinReview !== null) return;
    const now = tx.clock.now();
    await repo.setValuation(tx, item.id, p.finalPriceMinor, now);
    if (!p.changed || item.cancelledQuantity >= item.quantity) return;
    const user = await env.deps.users.findById(tx, item.userId);
    const locale = customerLocale(tx, user, item.languageCode);
    const links = decisionLinks(env, tenant, item.id, item.userId, now);
    const ti = item.attributes.tradein as { product_name?: string; discount_minor?: number } | undefined;
    // The customer decides knowing what each answer costs on the order.
    const discount = Number(ti?.discount_minor ?? 0);
    const due = (d: TradeInDecision) => formatMoney(tradeInAmountDue(d, discount, p.finalPriceMinor), item.currency, locale);
    // The difference report (answer by answer, with photo links) in the customer's language.
    const port = env.tradeIns();
    const evidence = port.valuationEvidence ? await port.valuationEvidence({ ...tx, locale: locale as Ctx['locale'] }, p.deviceId) : null;
    await env.deps.notifications.enqueueEmail(tx, {
      to: item.userEmail,
      template: 'tradein.final_valuation',
      locale,
      dedupeKey: `tradein-valuation-email:${tenant.id}:${msg.id}`,
      data: {
        tenantName: tenant.name,
        customerName: user ? `${user.firstName} ${user.lastName}`.trim() || user.email : item.userEmail,
        orderNumber: item.orderNumber,
        productName: ti?.product_name ?? item.productName,
        offered: formatMoney(p.offeredPriceMinor, p.currency, locale),
        final: formatMoney(p.finalPriceMinor, p.currency, locale),
        // With the report, the table says what changed; an override says so with its reason.
        reason: evidence ? null : (p.reason ?? null),
        approveUrl: links.approved,
        rejectUrl: links.rejected,
        dueIfApproved: due('approved'),
        dueIfRejected: due('rejected'),
        differences: evidence ? differenceRows(evidence, locale) : null,
        setByHand: evidence?.overrideReason ?? null,
      },
    });
  });
}
