/**
 * Due diligence (seed 003 §4): checks of a device before trade-in — the tenant's blocklist,
 * identifier consistency (Luhn, TAC vs chosen model), an external checking service, Find-My —
 * run as plug-in providers under a time budget, stored as immutable reports.
 *
 * Contracts used by other modules:
 * - `latestReportFor(ctx, { itemIdentifier, variantId })` → {@link DiligenceSummary} | null:
 *   the latest report of the device with the worst result per kind (registration: B090009–B090013);
 * - `systemExtrasFor(fmip)` — the SystemExtras a price quote should carry for an FMIP status.
 */
import type { CatalogModule } from '../catalog/index.js';
import { DiligenceService } from './diligence.service.js';
import { blocklistService } from './blocklist.service.js';

export { DiligenceErrors } from './diligence.errors.js';
export { DiligenceSettings } from './diligence.settings.js';
export { DiligenceService, type DiligenceSummary, type CheckInput, type ReportView, type ReportResultView } from './diligence.service.js';
export type { BlocklistAddInput } from './blocklist.service.js';
export type { BlocklistEntry } from './diligence.repository.js';
export type { DiligenceProvider, ProviderOutcome, CheckSubject } from './provider.js';
export {
  FRAUD_RESULTS,
  FMIP_RESULTS,
  FRAUD_RESULT_IDS,
  FMIP_RESULT_IDS,
  systemExtrasFor,
  resultLabel,
  worstFraud,
  worstFmip,
  type FraudResult,
  type FmipResult,
} from './results.js';
export { normalizeIdentifier } from './identifiers.js';

export interface DiligenceModule {
  /** Checks, reports, `latestReportFor`, provider plug-ins. */
  checks: DiligenceService;
  /** The tenant's blocklist of lost/stolen identifiers. */
  blocklist: typeof blocklistService;
  /** Contract shortcut: `checks.latestReportFor`. */
  latestReportFor: DiligenceService['latestReportFor'];
}

export function createDiligenceModule(deps: { catalog: CatalogModule }): DiligenceModule {
  const checks = new DiligenceService(deps.catalog);
  return { checks, blocklist: blocklistService, latestReportFor: (ctx, input) => checks.latestReportFor(ctx, input) };
}
