import type { Ctx, TenantRef } from '../../platform/context.js';
import { withTransaction } from '../../platform/context.js';
import type { Clock } from '../../platform/clock/index.js';
import type { Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors/index.js';
import { isLocale } from '../../platform/i18n/index.js';
import { signToken, verifyToken } from '../../platform/ids/index.js';
import { formatDecimal, formatMoney, parseDecimal } from '../../platform/money/index.js';
import type { StoredOutboxMessage } from '../../platform/outbox/index.js';
import type { NotificationsModule } from '../notifications/index.js';
import type { UserRecord } from '../org/index.js';
import { CommerceErrors } from './commerce.errors.js';
import {
  commerceRepository as repo,
  type CancellationReasonRecord,
  type CancellationRequestRecord,
  type OldOrderRecord,
  type OrderRecord,
} from './commerce.repository.js';
import { z } from 'zod';
import { OldOrderImport, type BulkCancellationInput, type CancellationRequestInput, type CheckoutInput, type FinalValuationInput } from './commerce.schemas.js';
import { CommerceSettings } from './commerce.settings.js';
import { allocateTradeInDiscounts, awaitsTradeInDecision, isCancellable, isRefundable, orderNumber } from './order-math.js';
import type { DataFieldsPort, TradeInDeviceView, TradeInsPort } from './tradeins-port.js';
import { customerFieldValues } from './customer-fields.js';

/** Outbox topic of the trade-in core that commerce reacts to. */
export const FINAL_VALUATION_TOPIC = 'tradeins.final_valuation_recorded';

export type TradeInDecision = 'approved' | 'rejected';

/** Who decides: the signed-in owner, or the holder of a signed link confirmed on a page. */
export type DecisionAuthority = { kind: 'session'; userId: number } | { kind: 'token'; token: string };

export interface CommerceDeps {
  db: Db;
  clock: Clock;
  notifications: NotificationsModule;
  users: { findById(ctx: Ctx, id: number): Promise<UserRecord | null>; findByEmail(ctx: Ctx, email: string): Promise<UserRecord | null> };
  findTenant: (tenantId: number) => Promise<TenantRef | null>;
  secret: string;
  publicUrl: string;
}

interface DecisionToken extends Record<string, unknown> {
  k: 'tdc';
  t: number;
  i: number;
  d: TradeInDecision;
  u: number;
}

const Page = (p: { limit: number; offset: number }) => ({ limit: Math.min(Math.max(p.limit, 1), 100), offset: Math.max(p.offset, 0) });

export class CommerceService {
  private tradeIns: TradeInsPort | null = null;
  private dataFields: DataFieldsPort | null = null;

  constructor(private readonly deps: CommerceDeps) {}

  /** Wires the trade-in core (done in `createModules`; tests may pass a double). */
  setTradeIns(port: TradeInsPort): void {
    this.tradeIns = port;
  }

  /** Wires the programme's data fields, used to fill the customer's fields at checkout. */
  setDataFields(port: DataFieldsPort): void {
    this.dataFields = port;
  }

  private port(): TradeInsPort {
    if (!this.tradeIns) throw CommerceErrors.B300004();
    return this.tradeIns;
  }

  private userId(ctx: Ctx): number {
    if (ctx.actor.kind !== 'user' || !ctx.actor.userId) throw CommerceErrors.N300001();
    return ctx.actor.userId;
  }

  /**
   * Creates an order for the signed-in customer. Items with a trade-in register the device in
   * the trade-in core in the same transaction (quote claimed, due diligence applied there),
   * keep the inquiry data in the item's `attributes`, and lower the total by the trade-in value
   * (never below zero) with one discount line each.
   */
  async checkout(ctx: Ctx, input: CheckoutInput, client: { ip: string | null }): Promise<OrderRecord> {
    const userId = this.userId(ctx);
    const user = await this.deps.users.findById(ctx, userId);
    if (!user) throw CommerceErrors.N300001();
    const currency = ctx.tenant.currency;
    const now = ctx.clock.now();
    const orderId = await withTransaction(ctx, async (tx) => {
      const id = await repo.insertOrder(tx, {
        userId,
        number: orderNumber(now),
        currency,
        languageCode: input.language_code ?? ctx.locale,
        userEmail: user.email,
        remoteAddr: client.ip,
        now,
      });
      let subtotal = 0;
      const tradeIns: { itemId: number; device: TradeInDeviceView; attributes: Record<string, unknown> }[] = [];
      for (const item of input.items) {
        const priceMinor = parseDecimal(item.price, currency);
        subtotal += priceMinor * item.quantity;
        const itemId = await repo.insertItem(tx, { orderId: id, sku: item.product_sku, name: item.product_name, priceMinor, quantity: item.quantity, now });
        if (!item.tradein) continue;
        const port = this.port();
        const fields = this.dataFields ? await this.dataFields.list(tx) : [];
        const result = await port.register(
          tx,
          {
            tradeInDevices: [{ priceQuoteId: item.tradein.price_quote_id, deviceIdentifier: item.tradein.device_identifier }],
            customDataFields: customerFieldValues(fields, user, item.tradein.custom_data_fields ?? []),
            isCorporate: false,
            clientFirstName: user.firstName,
            clientLastName: user.lastName,
            tradeInRef: `order-item:${itemId}`,
          },
          { temporary: false, source: 'order' },
        );
        const deviceId = result.devices[0]?.id;
        const device = deviceId === undefined ? null : await port.getDevice(tx, deviceId);
        if (!device) throw CommerceErrors.B300004();
        if (device.currency !== currency) throw CommerceErrors.B300005({ tradeIn: device.currency, order: currency });
        tradeIns.push({
          itemId,
          device,
          attributes: {
            tradein: {
              price_quote_id: item.tradein.price_quote_id,
              device_identifier: item.tradein.device_identifier,
              tradein_id: device.tradeInId,
              tradein_device_id: device.id,
              product_name: device.productName,
              grade: device.gradeName,
              offered_price_minor: device.offeredPriceMinor,
              offered_price: formatDecimal(device.offeredPriceMinor, device.currency),
              currency: device.currency,
            },
          },
        });
      }
      const discounts = allocateTradeInDiscounts(subtotal, tradeIns.map((t) => t.device.offeredPriceMinor));
      let discountTotal = 0;
      for (const [i, t] of tradeIns.entries()) {
        const discount = discounts[i];
        discountTotal += discount;
        Object.assign(t.attributes.tradein as Record<string, unknown>, { discount_minor: discount, discount: formatDecimal(discount, currency) });
        await repo.setItemTradeIn(tx, t.itemId, t.device.id, t.attributes);
        await repo.insertDiscount(tx, { orderId: id, orderItemId: t.itemId, name: `Trade-in: ${t.device.productName}`, amountMinor: discount, now });
      }
      await repo.setOrderTotals(tx, id, { withoutDiscount: subtotal, discount: discountTotal, amount: subtotal - discountTotal });
      return id;
    });
    return (await repo.findOrders(ctx, { userId, orderId, limit: 1, offset: 0 })).orders[0];
  }

  /** The signed-in user's orders, newest first. */
  async listOrders(ctx: Ctx, page: { limit: number; offset: number }): Promise<{ count: number; orders: OrderRecord[] }> {
    return repo.findOrders(ctx, { userId: this.userId(ctx), ...Page(page) });
  }

  /** One of the signed-in user's orders; N300001 for anyone else's. */
  async getOrder(ctx: Ctx, orderId: number): Promise<OrderRecord> {
    const { orders } = await repo.findOrders(ctx, { userId: this.userId(ctx), orderId, limit: 1, offset: 0 });
    if (!orders[0]) throw CommerceErrors.N300001();
    return orders[0];
  }

  async listCancellationReasons(ctx: Ctx): Promise<CancellationReasonRecord[]> {
    this.userId(ctx);
    await repo.ensureDefaultReasons(ctx, ctx.clock.now());
    return repo.listReasons(ctx);
  }

  async listCancellationRequests(ctx: Ctx, page: { limit: number; offset: number }): Promise<{ count: number; rows: CancellationRequestRecord[] }> {
    const p = Page(page);
    return repo.listCancellationRequests(ctx, this.userId(ctx), p.limit, p.offset);
  }

  /** One cancellation request (seed 002); see {@link bulkCancel}. */
  async requestCancellation(ctx: Ctx, input: CancellationRequestInput): Promise<CancellationRequestRecord> {
    return (await this.bulkCancel(ctx, { cancel_order_items: [input] }))[0];
  }

  /**
   * Cancellation or refund requests for items of the user's orders, all or nothing. `cancel`
   * takes effect at once while the item has not shipped (and cancels its trade-in device);
   * `refund` needs a pickup address and opens a request for a delivered item.
   */
  async bulkCancel(ctx: Ctx, input: BulkCancellationInput): Promise<CancellationRequestRecord[]> {
    const userId = this.userId(ctx);
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
        if (r.cancellation_type === 'cancel') {
          const newStatus = await repo.cancelPieces(tx, item.id, quantity, item.cancelledQuantity, now, false);
          if (!newStatus) throw CommerceErrors.B300002({ id: item.id, type: r.cancellation_type });
          const fully = item.cancelledQuantity + quantity >= item.quantity;
          const discount = fully ? Number((item.attributes.tradein as { discount_minor?: number } | undefined)?.discount_minor ?? 0) : 0;
          await repo.addRefund(tx, item.orderId, Math.max(0, item.priceMinor * quantity - discount), now);
          if (fully && item.tradeinDeviceId !== null) await this.port().cancelDevice(tx, item.tradeinDeviceId, 'order item cancelled');
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
            now,
          }),
        );
      }
      return out;
    });
  }

  async listOldOrders(ctx: Ctx, page: { limit: number; offset: number }): Promise<{ count: number; rows: OldOrderRecord[] }> {
    return repo.findOldOrders(ctx, this.userId(ctx), Page(page));
  }

  async getOldOrder(ctx: Ctx, id: number): Promise<OldOrderRecord> {
    const { rows } = await repo.findOldOrders(ctx, this.userId(ctx), { id, limit: 1, offset: 0 });
    if (!rows[0]) throw CommerceErrors.N300001();
    return rows[0];
  }

  /**
   * Imports old orders (migration from a previous shop): a JSON array (or `{results: [...]}`) of
   * {@link OldOrderImport} rows, matched to users by email, all or nothing, idempotent by number.
   */
  async importOldOrders(ctx: Ctx, raw: unknown): Promise<{ created: number; updated: number }> {
    const list = Array.isArray(raw) ? raw : (raw as { results?: unknown } | null)?.results;
    const rows = z.array(OldOrderImport).min(1).max(100_000).parse(list);
    return withTransaction(ctx, async (tx) => {
      let created = 0;
      let updated = 0;
      for (const o of rows) {
        const user = await this.deps.users.findByEmail(tx, o.user_email);
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

  /** Admin/technician: records the facility's final valuation through the trade-in core. */
  async recordFinalValuation(ctx: Ctx, deviceId: number, input: FinalValuationInput): Promise<{ device: TradeInDeviceView; changed: boolean }> {
    const port = this.port();
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
  decisionLinks(tenant: TenantRef, itemId: number, userId: number, now: Date): Record<TradeInDecision, string> {
    const s = CommerceSettings.read(tenant);
    const base = (s.storefrontUrl ?? this.deps.publicUrl).replace(/\/$/, '');
    const exp = new Date(now.getTime() + s.decisionLinkDays * 86_400_000);
    const link = (d: TradeInDecision) => {
      const token = signToken(this.deps.secret, { k: 'tdc', t: tenant.id, i: itemId, d, u: userId } satisfies DecisionToken, exp);
      return `${base}/users/order_item/${itemId}/tradein_${d}/?token=${encodeURIComponent(token)}`;
    };
    return { approved: link('approved'), rejected: link('rejected') };
  }

  /** Whether `token` is a valid link token for this item and decision (no decision taken). */
  checkDecisionToken(ctx: Ctx, itemId: number, decision: TradeInDecision, token: string): boolean {
    return this.tokenUser(ctx, itemId, decision, token) !== null;
  }

  private tokenUser(ctx: Ctx, itemId: number, decision: TradeInDecision, token: string): number | null {
    const p = verifyToken<DecisionToken>(this.deps.secret, token, ctx.clock.now());
    if (!p || p.k !== 'tdc' || p.t !== ctx.tenant.id || p.i !== itemId || p.d !== decision || typeof p.u !== 'number') return null;
    return p.u;
  }

  /**
   * The customer's answer to the final valuation (seed 000). In ONE transaction: the guarded
   * review update (so concurrent clicks give one winner), the trade-in core's state change
   * (rejected → return flow), the backend notification (queued, or called synchronously when the
   * tenant says so) and the confirmation email. Every refusal is the same N300001.
   */
  async decide(ctx: Ctx, itemId: number, decision: TradeInDecision, authority: DecisionAuthority): Promise<void> {
    const userId = authority.kind === 'session' ? authority.userId : this.tokenUser(ctx, itemId, decision, authority.token);
    if (userId === null) throw CommerceErrors.N300001();
    const port = this.port();
    await withTransaction(ctx, async (tx) => {
      const item = await repo.lockItemOfUser(tx, itemId, userId);
      if (!item || !awaitsTradeInDecision(item) || item.tradeinDeviceId === null) throw CommerceErrors.N300001();
      const now = tx.clock.now();
      if (!(await repo.markReview(tx, itemId, decision, now))) throw CommerceErrors.N300001();
      if (!(await port.applyCustomerDecision(tx, item.tradeinDeviceId, decision))) throw CommerceErrors.N300001();
      const ti = item.attributes.tradein as { offered_price_minor?: number; product_name?: string; currency?: string };
      const currency = ti.currency ?? item.currency;
      const locale = await this.customerLocale(tx, userId, item.languageCode);
      const user = await this.deps.users.findById(tx, userId);
      await this.deps.notifications.enqueueEmail(tx, {
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
        },
      });
      // Last before commit: in synchronous mode a failing backend rolls everything back.
      const outcome = await this.deps.notifications.notifyBackend(tx, {
        event: `tradein.${decision}`,
        dedupeKey: `tradein-decision:${tx.tenant.id}:${itemId}`,
        payload: {
          order_number: item.orderNumber,
          order_item: itemId,
          tradein_device_id: item.tradeinDeviceId,
          decision,
          offered_price_minor: ti.offered_price_minor ?? null,
          final_price_minor: item.tradeinFinalPriceMinor,
          currency,
          decided_at: now.toISOString(),
        },
      });
      if (outcome === 'failed') throw CommerceErrors.N300001();
    });
  }

  private async customerLocale(ctx: Ctx, userId: number, languageCode: string | null): Promise<string> {
    const user = await this.deps.users.findById(ctx, userId);
    // The order's language is the customer's latest explicit choice; then the account's.
    const candidates = [languageCode?.slice(0, 2).toLowerCase(), user?.locale, ctx.tenant.defaultLocale];
    return candidates.find((l) => isLocale(l)) ?? 'en';
  }

  /**
   * Outbox handler of `tradeins.final_valuation_recorded`: remembers the final value on the
   * order item and, when it differs from the offer, emails the customer both links.
   */
  async onFinalValuationRecorded(msg: StoredOutboxMessage): Promise<void> {
    const tenant = await this.deps.findTenant(msg.tenantId);
    if (!tenant) return;
    const p = msg.payload as { deviceId: number; offeredPriceMinor: number; finalPriceMinor: number; currency: string; grade?: string; reason?: string; changed: boolean };
    const base: Ctx = { tenant, actor: { kind: 'system' }, db: this.deps.db, clock: this.deps.clock, locale: 'en', requestId: `outbox-${msg.id}` };
    await withTransaction(base, async (tx) => {
      const item = await repo.itemByDevice(tx, p.deviceId);
      if (!item || item.tradeinReview !== null) return;
      const now = tx.clock.now();
      await repo.setValuation(tx, item.id, p.finalPriceMinor, now);
      if (!p.changed || item.cancelledQuantity >= item.quantity) return;
      const locale = await this.customerLocale(tx, item.userId, item.languageCode);
      const user = await this.deps.users.findById(tx, item.userId);
      const links = this.decisionLinks(tenant, item.id, item.userId, now);
      const ti = item.attributes.tradein as { product_name?: string } | undefined;
      await this.deps.notifications.enqueueEmail(tx, {
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
          reason: p.reason ?? null,
          approveUrl: links.approved,
          rejectUrl: links.rejected,
        },
      });
    });
  }
}
