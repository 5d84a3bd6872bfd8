import crypto from 'node:crypto';
import { withTransaction, type Ctx } from '../../../platform/context.js';
import { formatMoney } from '../../../platform/money/index.js';
import { FacilityErrors as E } from '../facility.errors.js';
import { facilityRepository as repo, type Payout } from '../facility.repository.js';
import type { FacilityDeps } from '../ports.js';
import { actorUserId, emit, requireDevice } from './shared.js';

export interface PayoutInput {
  deviceId: number;
  method: 'store_credit' | 'gift_card' | 'bank_transfer';
  /** Whose store credit / gift card (customer number, e-mail …); required for those two. */
  customerRef?: string | null;
  /** Bank transfer: the account to pay (IBAN or similar); paid by hand, recorded here. */
  bankAccount?: string | null;
}

/** Gift-card codes: 16 characters without look-alikes, in groups of four. */
function giftCardCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = crypto.randomBytes(16);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
  return chars.match(/.{4}/g)!.join('-');
}

/**
 * Pays out an accepted device's final value and completes it (Accepted → Completed), once per
 * device: a repeated call returns the first payout. Built-in methods: store credit (a ledger per
 * customer), a gift card (a code with a balance), a bank-transfer record for manual payment.
 * Devices of storefront orders are paid as the order's discount (commerce); their payout is
 * recorded as `order_discount`. Fraud holds every payout (B400012).
 */
export async function payOut(deps: FacilityDeps, ctx: Ctx, input: PayoutInput): Promise<{ payout: Payout; created: boolean }> {
  const device = await requireDevice(deps, ctx, input.deviceId);
  const existing = await repo.payoutOf(ctx, device.id);
  if (existing) return { payout: existing, created: false };
  if (device.status !== 'Accepted') throw E.B400012({ id: device.id, status: device.status });
  const tradeIn = await deps.tradeins.get(ctx, device.tradeInId).catch(() => null);
  const method = tradeIn?.source === 'order' ? 'order_discount' : input.method;
  const customerRef = input.customerRef?.trim() || null;
  if ((method === 'store_credit' || method === 'gift_card') && !customerRef) throw E.B400013({ field: 'customerRef' });
  if (method === 'bank_transfer' && !input.bankAccount?.trim()) throw E.B400013({ field: 'bankAccount' });
  const amountMinor = device.finalPriceMinor ?? device.offeredPriceMinor;
  const now = ctx.clock.now();
  return withTransaction(ctx, async (tx) => {
    const code = method === 'gift_card' ? giftCardCode() : null;
    const payout = await repo.insertPayout(tx, {
      deviceId: device.id,
      method,
      amountMinor,
      currency: device.currency,
      customerRef,
      giftCardCode: code,
      bankAccount: method === 'bank_transfer' ? input.bankAccount!.trim() : null,
      status: method === 'bank_transfer' ? 'pending_manual' : method === 'order_discount' ? 'via_order' : 'issued',
      userId: actorUserId(tx),
      now,
    });
    if (!payout) return { payout: (await repo.payoutOf(tx, device.id))!, created: false };
    if (method === 'store_credit')
      await repo.addCredit(tx, {
        customerRef: customerRef!,
        amountMinor,
        currency: device.currency,
        deviceId: device.id,
        note: `trade-in device ${device.id}`,
        now,
      });
    if (method === 'gift_card') await repo.insertGiftCard(tx, { code: code!, amountMinor, currency: device.currency, deviceId: device.id, now });
    const moved = await deps.tradeins.transitionDevice(tx, device.id, 'Completed', {
      from: ['Accepted'],
      source: 'facility',
      data: { payoutId: payout.id, method },
    });
    if (!moved) throw E.B400012({ id: device.id, status: (await deps.tradeins.getDevice(tx, device.id))?.status ?? '?' });
    await emit(tx, 'payout.issued', { deviceId: device.id, payoutId: payout.id, method, amountMinor, currency: device.currency }, `${device.id}`);
    await emit(tx, 'device.completed', { deviceId: device.id, tradeInId: device.tradeInId }, `${device.id}`);
    return { payout, created: true };
  });
}

/** A customer's store-credit balance per currency. */
export function creditBalance(_deps: FacilityDeps, ctx: Ctx, customerRef: string): Promise<{ currency: string; balanceMinor: number }[]> {
  return repo.creditBalance(ctx, customerRef.trim());
}

/** A gift card's balance (N400014 unknown). */
export async function giftCardBalance(
  _deps: FacilityDeps,
  ctx: Ctx,
  code: string,
): Promise<{ code: string; balanceMinor: number; initialMinor: number; currency: string }> {
  const card = await repo.giftCard(ctx, code.trim().toUpperCase());
  if (!card) throw E.N400014();
  return card;
}

/** Spends from a gift card; B400015 when the balance does not cover it. */
export async function redeemGiftCard(deps: FacilityDeps, ctx: Ctx, code: string, amountMinor: number): Promise<{ balanceMinor: number }> {
  const card = await giftCardBalance(deps, ctx, code);
  const left = await repo.redeemGiftCard(ctx, card.code, amountMinor);
  if (left === null) throw E.B400015({ balance: formatMoney((await repo.giftCard(ctx, card.code))?.balanceMinor ?? 0, card.currency, ctx.locale) });
  return { balanceMinor: left };
}
