import type { Ctx } from '../../../platform/context.js';
import { co2SavingKg } from '../co2.js';
import { devicesRepository as devices } from '../repositories/devices.repository.js';
import { registrationRepository as registration } from '../repositories/registration.repository.js';
import { normalizeIdentifier } from '../trade-in-ref.js';
import { TradeinsErrors as E } from '../tradeins.errors.js';
import type { TradeIn } from '../tradeins.types.js';
import { checkIdentifiersFree } from './registration-checks.js';

/** A device a customer agreed to sell at an offer made outside the price-quote flow (seed 001 offers). */
export interface RegisterFromOfferInput {
  /** The offer's id; stored as the device's quote id (no price quote exists). */
  offerId: string;
  variantId: number;
  itemGroupKey: string | null;
  productName: string;
  /** Serial number or IMEI the customer gave. */
  identifier: string;
  /** The condition the offer was made for ('good' …), kept as the device's grade. */
  condition: string;
  priceMinor: number;
  currency: string;
  clientFirstName: string | null;
  clientLastName: string | null;
  /** The submission's public id, kept as the trade-in's reference. */
  reference: string;
}

/**
 * Registers a trade-in with source 'upgrade' and one device priced at the accepted offer, in
 * the caller's transaction (`ctx` must be transaction-bound). The identifier rules of a normal
 * registration apply (one live device per identifier: B090004/B090005/B090046). The caller
 * publishes the domain event of the acceptance in the same transaction.
 */
export async function registerFromOffer(ctx: Ctx, input: RegisterFromOfferInput): Promise<TradeIn> {
  const now = ctx.clock.now();
  const identifier = normalizeIdentifier(input.identifier);
  if (!identifier) throw E.N090012();
  const state = await registration.registrationState(ctx, { kind: 'final', ref: null, identifiers: [identifier], now, exceptTradeInId: null, reserve: 1 });
  checkIdentifiersFree(state.blocking);
  if (state.expiredTemporary) await devices.expireTemporaryDevices(ctx, [identifier], now);
  const grade = input.condition.charAt(0).toUpperCase() + input.condition.slice(1);
  return registration.insertRegistration(
    ctx,
    {
      kind: 'final',
      status: 'Registered',
      source: 'upgrade',
      isCorporate: false,
      // A private customer's device: marginal VAT, as for retail trade-ins of private customers.
      vatScheme: 'marginal',
      organizationName: null,
      clientFirstName: input.clientFirstName,
      clientLastName: input.clientLastName,
      agentUserId: null,
      agentRef: null,
      locationId: null,
      locationRef: null,
      tradeInRef: input.reference,
      campaignId: null,
      customDataFields: [],
      expiresAt: null,
      tempTradeInId: null,
      now,
      customerUserId: null,
    },
    [
      {
        id: state.deviceIds[0],
        position: 1,
        status: 'Registered',
        deviceIdentifier: identifier,
        quoteId: input.offerId,
        // Find My is verified at the facility; the Upgrade portal asks no question about it.
        fmipStatus: null,
        fmipSource: null,
        deviceBonusInclVatMinor: 0,
        dealBonusInclVatMinor: 0,
        variantId: input.variantId,
        itemGroupKey: input.itemGroupKey,
        productName: input.productName,
        gradeKey: input.condition,
        gradeName: grade,
        offeredPriceMinor: input.priceMinor,
        offeredPriceInclVatMinor: input.priceMinor,
        currency: input.currency,
        exchangeRate: 1,
        baseCurrency: input.currency,
        basePriceMinor: input.priceMinor,
        campaignId: null,
        breakdown: [],
        co2SavingKg: co2SavingKg(input.itemGroupKey),
      },
    ],
    // The caller publishes the acceptance's own domain event.
    null,
  );
}
