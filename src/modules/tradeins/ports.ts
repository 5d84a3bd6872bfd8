import type { Ctx } from '../../platform/context.js';
import type { StoredQuote } from '../pricing/index.js';

/**
 * What registration needs from pricing, campaigns, diligence and datafields, typed after the
 * cross-module contracts so that those modules' public faces can be passed in as they are.
 * Wired at start-up with `tradeins.connect(…)` (no import cycle, and a module that has not
 * landed yet fails cleanly with I090001 instead of breaking the build).
 */
export type { StoredQuote } from '../pricing/index.js';

export type ClaimResult = 'claimed' | 'already_used' | 'expired' | 'not_found';

export interface PricingPort {
  getQuote(ctx: Ctx, quoteId: string): Promise<StoredQuote | null>;
  claimQuote(ctx: Ctx, quoteId: string, deviceId: number): Promise<ClaimResult>;
}

export interface CampaignView {
  id: number;
  name: string;
  activeFrom: Date | string | null;
  activeTo: Date | string | null;
  maxDevicesPerTradeIn: number | null;
  /** Optional cap of the summed offer of one trade-in, minor units of the tenant currency. */
  maxAmountPerTradeInMinor?: number | null;
  termsAndConditions?: string | null;
}

export interface CampaignsPort {
  getCampaign(ctx: Ctx, id: number): Promise<CampaignView | null>;
  statusAt(campaign: never, now: Date): 'Active' | 'Upcoming' | 'Expired';
}

export interface DiligenceSummary {
  reportId: string;
  itemIdentifier: string;
  variantId: number | null;
  fraud: 'Passed' | 'Failed' | 'Caution' | 'Error';
  fmip: 'Activated' | 'NotActivated' | 'NotApplicable' | 'Lost' | 'Error';
  createdAt: Date;
}

export interface DiligencePort {
  latestReportFor(ctx: Ctx, q: { itemIdentifier: string; variantId: number }): Promise<DiligenceSummary | null>;
}

export interface DataFieldValue {
  DataFieldId: number;
  DataFieldValue: string | null;
}

export interface DataFieldsPort {
  validateForTradeIn(
    ctx: Ctx,
    input: { values: DataFieldValue[]; isCorporate: boolean; campaignId: number | null; mode: 'register' | 'update'; excludeTradeInId?: number },
  ): Promise<unknown>;
  recordUses(ctx: Ctx, tradeInId: number, values: DataFieldValue[]): Promise<unknown>;
}

export interface TradeinsPorts {
  pricing: PricingPort;
  campaigns: CampaignsPort;
  diligence: DiligencePort;
  datafields: DataFieldsPort;
}
