import type { Ctx } from '../../platform/context.js';

/** The trade-in device as commerce needs it (a subset of `tradeins.getDevice`). */
export interface TradeInDeviceView {
  id: number;
  tradeInId: number;
  status: string;
  deviceIdentifier: string | null;
  productName: string;
  gradeName: string | null;
  offeredPriceMinor: number;
  currency: string;
  finalPriceMinor: number | null;
  quoteId: string | null;
}

/** The registration request (seed 003 §5, camel-cased) commerce sends for an order item. */
export interface RegisterForOrderInput {
  tradeInDevices: { priceQuoteId: string; deviceIdentifier: string }[];
  customDataFields: { dataFieldId: number; dataFieldValue: string }[];
  isCorporate: boolean;
  clientFirstName: string;
  clientLastName: string;
  tradeInRef: string;
}

/**
 * What commerce uses of the trade-in core (contract names of `src/modules/tradeins`), injected
 * at wiring with `commerce.setTradeIns(tradeins)` so commerce can be built and tested alone.
 */
export interface TradeInsPort {
  register(ctx: Ctx, input: RegisterForOrderInput, opts: { temporary: false; source: 'order' }): Promise<{ devices: { id: number }[] }>;
  getDevice(ctx: Ctx, deviceId: number): Promise<TradeInDeviceView | null>;
  cancelDevice(ctx: Ctx, deviceId: number, reason: string): Promise<unknown>;
  recordFinalValuation(
    ctx: Ctx,
    deviceId: number,
    input: { priceMinor: number; grade: string; reason: string; photoIds: string[] },
  ): Promise<{ device: TradeInDeviceView; changed: boolean }>;
  applyCustomerDecision(ctx: Ctx, deviceId: number, decision: 'approved' | 'rejected'): Promise<boolean>;
  /**
   * The evidence of a device's latest valuation (the facility's difference report) in
   * `ctx.locale`, with signed, expiring photo links; null when there is none. Optional: without
   * it the valuation e-mail shows the offered and final values only.
   */
  valuationEvidence?(ctx: Ctx, deviceId: number): Promise<ValuationEvidence | null>;
}

/** A valuation's difference report as the customer's e-mail shows it. */
export interface ValuationEvidence {
  currency: string;
  /** One per answer that changed: labels in the asked locale, effect in minor units, absolute photo links. */
  lines: { label: string; said: string[]; found: string[]; effectMinor: number; photoUrls: string[] }[];
  /** The final value was set by hand (an audited override), with this reason; null when computed. */
  overrideReason: string | null;
}

/** A data field of the programme as commerce needs it to fill customer fields at checkout. */
export interface CustomerFieldView {
  id: number;
  name: string;
  isActive: boolean;
  isCampaignField: boolean;
  scopePrivate: boolean;
}

/** The programme's data fields (the datafields module's `list`), injected at wiring. */
export interface DataFieldsPort {
  list(ctx: Ctx): Promise<CustomerFieldView[]>;
}
