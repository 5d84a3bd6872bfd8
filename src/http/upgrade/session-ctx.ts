import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { offeredTotal, type TradeIn } from '../../modules/tradeins/index.js';
import type { Ctx, Role } from '../../platform/context.js';
import { toMajor } from '../../platform/money/index.js';
import { requireCtx, requireUser } from '../plugins/auth.js';

/**
 * The context of a web-app request: a staff session acts at the user's (first) location, as an
 * API key acts at its default location; customers and anonymous visitors have none.
 */
export function webCtx(request: FastifyRequest, roles?: readonly Role[]): Ctx {
  const ctx = roles ? requireUser(request, roles) : requireCtx(request);
  const user = request.session?.user;
  if (!user || user.role === 'customer' || ctx.actor.locationId !== undefined) return ctx;
  const withLocation: Ctx = { ...ctx, actor: { ...ctx.actor, locationId: user.locationIds[0] ?? null } };
  request.ctx = withLocation;
  return withLocation;
}

export const STAFF: readonly Role[] = ['agent', 'admin'];
export const ANY_USER: readonly Role[] = ['customer', 'agent', 'admin'];

const Money = z.number().describe('Major units of `currency`');

export const WebTradeInDevice = z.object({
  id: z.number(),
  device_identifier: z.string(),
  price_quote_id: z.string(),
  product_name: z.string(),
  grade: z.string(),
  price: Money,
  currency: z.string(),
  status: z.string(),
  final_price: Money.nullable(),
  final_grade: z.string().nullable(),
  final_reason: z.string().nullable(),
  decision: z.enum(['approved', 'rejected']).nullable(),
  breakdown: z.array(z.object({ code: z.string(), label: z.string(), amount: Money })),
  co2_saving_kg: z.number(),
  created_at: z.string(),
  updated_at: z.string(),
});

export const WebTradeIn = z.object({
  id: z.number(),
  kind: z.enum(['final', 'temporary']),
  status: z.string(),
  created_at: z.string(),
  expires_at: z.string().nullable(),
  confirmed_trade_in_id: z.number().nullable(),
  is_corporate: z.boolean(),
  organization_name: z.string().nullable(),
  client_first_name: z.string().nullable(),
  client_last_name: z.string().nullable(),
  location_id: z.number().nullable(),
  campaign_id: z.number().nullable(),
  total: Money,
  currency: z.string(),
  devices: z.array(WebTradeInDevice),
});

/** A trade-in in the web app's snake_case shape. */
export function toWebTradeIn(t: TradeIn): z.infer<typeof WebTradeIn> {
  const { amountMinor, currency } = offeredTotal(t);
  return {
    id: t.id,
    kind: t.kind,
    status: t.status,
    created_at: t.createdAt.toISOString(),
    expires_at: t.expiresAt ? t.expiresAt.toISOString() : null,
    confirmed_trade_in_id: t.confirmedTradeInId,
    is_corporate: t.isCorporate,
    organization_name: t.organizationName,
    client_first_name: t.clientFirstName,
    client_last_name: t.clientLastName,
    location_id: t.locationId,
    campaign_id: t.campaignId,
    total: toMajor(amountMinor, currency),
    currency,
    devices: t.devices.map((d) => ({
      id: d.id,
      device_identifier: d.deviceIdentifier,
      price_quote_id: d.quoteId,
      product_name: d.productName,
      grade: d.gradeName,
      price: toMajor(d.offeredPriceMinor, d.currency),
      currency: d.currency,
      status: d.status,
      final_price: d.finalPriceMinor === null ? null : toMajor(d.finalPriceMinor, d.currency),
      final_grade: d.finalGrade,
      final_reason: d.finalReason,
      decision: d.decision,
      breakdown: d.breakdown.map((b) => ({ code: b.code, label: b.label, amount: toMajor(b.amountMinor, d.currency) })),
      co2_saving_kg: d.co2SavingKg,
      created_at: d.createdAt.toISOString(),
      updated_at: d.updatedAt.toISOString(),
    })),
  };
}
