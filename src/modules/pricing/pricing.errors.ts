import { defineErrors } from '../../platform/errors/index.js';

/** Errors of price quotes (seed 003 §12 "PriceQuoteRequest", "GetPriceQuote") and valuations. */
export const PricingErrors = defineErrors({
  /** `AgentId` is not a user (uid) of this tenant. */
  B070005: {
    kind: 'validation',
    en: "User with '{id}' id does not exist.",
  },
  /** `LocationId` is not a location of this tenant (same text as B090008 at registration). */
  B070013: {
    kind: 'validation',
    en: "Location with '{id}' id does not exist.",
  },
  /** `CampaignId` is not a campaign of this tenant. */
  N070005: {
    kind: 'not_found',
    en: "Campaign was not found by id '{campaignId}'",
  },
  /** `ItemIdentifier` given but shorter than 5 characters. */
  B070006: {
    kind: 'validation',
    en: 'Item identifier must be at least 5 characters.',
  },
  /** Unknown model, or no active grading form covers it. */
  B070008: {
    kind: 'precondition',
    en: "Active grading form version for item variant '{id}' not found.",
  },
  /** The campaign starts later. */
  B070011: {
    kind: 'precondition',
    en: "Campaign with id '{campaignId}' has not started yet.",
  },
  /** The campaign has ended. */
  B070012: {
    kind: 'precondition',
    en: "Campaign with id '{campaignId}' has already expired.",
  },
  /** No base price (valuation) for the model in this tenant. */
  B070101: {
    kind: 'precondition',
    en: "No price is set for model '{id}'.",
  },
  /** The display currency has no exchange rate. */
  B070102: {
    kind: 'validation',
    en: "Currency '{currency}' is not supported.",
  },
  /** A valuation (base price) row is invalid: unknown model or bad amount. */
  B070103: {
    kind: 'validation',
    en: 'Invalid valuation at {where}: {reason}',
  },
  /** A valuation for this model already exists (use PUT). */
  B070104: {
    kind: 'conflict',
    en: "A valuation for model '{id}' already exists.",
  },
  /** Valuation id unknown in this tenant. */
  N070101: {
    kind: 'not_found',
    en: "Valuation '{id}' not found.",
  },
  /** `GET price-quote/{id}`: no such quote in this tenant. */
  N090003: {
    kind: 'not_found',
    en: "Price quote with '{id}' id not found.",
  },
});
