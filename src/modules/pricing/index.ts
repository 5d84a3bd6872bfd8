/**
 * Pricing: base prices per variant (seed 001 valuations, CSV import, demo prices), price quotes
 * (seed 003 §3) with their breakdown, VAT, display currencies, expiry and one-time claiming, and
 * the working-price source of model search. Rules per tenant: `settings.pricing` (README).
 *
 * Public face (contract): `getQuote(ctx, id)`, `claimQuote(ctx, id, deviceId)` (or
 * `claimQuotesSql`, the claim inside the caller's statement), `upsertBasePrices(ctx, rows)`,
 * `createQuote(ctx, PriceQuoteInput)`, plus `describeQuote`,
 * valuations CRUD, `importCsv`, `seedDemoPrices`, `valueForCondition`, `workingPrices`.
 */
import { PricingService, type PricingDeps } from './pricing.service.js';

export { PricingService, PRICES_CACHE_SCOPE, type ClaimResult, type CsvRowError, type PricingDeps } from './pricing.service.js';
export type { StoredQuote, ValuationRecord } from './pricing.repository.js';
export { PricingErrors } from './pricing.errors.js';
export { PricingSettings, DEMO_EXCHANGE_RATES, type PricingRules } from './pricing.settings.js';
export { PriceQuoteInput, ValuationInput, ValuationUpdateInput } from './pricing.schemas.js';
export type { RepriceResult, AnswerChange } from './reprice.js';
export { calculateQuote, exchangeRate, type BreakdownLine, type QuoteCalcInput, type QuoteCalcResult, type VatMode } from './quote-calculator.js';

export type PricingModule = PricingService;

/** Creates pricing and registers it as catalog's working-price source. */
export function createPricingModule(deps: PricingDeps): PricingModule {
  const pricing = new PricingService(deps);
  deps.catalog.setWorkingPriceSource(pricing);
  return pricing;
}
