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

/** How VAT is treated for a customer type: none shown, standard VAT, or the margin scheme. */
export type VatScheme = 'none' | 'standard' | 'marginal';

export interface PricingPort {
  getQuote(ctx: Ctx, quoteId: string): Promise<StoredQuote | null>;
  claimQuote(ctx: Ctx, quoteId: string, deviceId: number): Promise<ClaimResult>;
  /** The claim of `claimQuote` for many quotes as an `UPDATE … RETURNING` of the caller's statement (placeholders named by the caller). */
  claimQuotesSql?(p: { tenantId: string; quoteIds: string; deviceIds: string; now: string }): string;
  /** The tenant's VAT treatment of a customer type (`TradeInType` 1 = business); without it: `none`. */
  vatScheme?(ctx: Ctx, tradeInType: number): VatScheme;
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
  fmip: 'Activated' | 'NotActivated' | 'NotApplicable' | 'Lost' | 'Error' | 'NotChecked';
  /** Who said Activated/NotActivated: a provider or the caller's FmipAttestation (missing = a provider). */
  fmipSource?: 'check' | 'attestation' | null;
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
  /** Whether `recordUses` would lock a value (a unique or limited field); without it: assume so. */
  usesNeedLock?(ctx: Ctx, values: DataFieldValue[]): Promise<boolean>;
  /** Ids of the tenant's data fields that hold the client's first and last name and the organization name (null = none). */
  nameFieldIds?(ctx: Ctx, isCorporate: boolean): Promise<{ clientFirstName: number | null; clientLastName: number | null; organizationName: number | null }>;
}

export interface TradeinsPorts {
  pricing: PricingPort;
  campaigns: CampaignsPort;
  diligence: DiligencePort;
  datafields: DataFieldsPort;
}
