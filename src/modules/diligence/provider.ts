import type { CatalogVariant } from '../catalog/index.js';
import type { Ctx } from '../../platform/context.js';
import type { FmipResult, FraudResult } from './results.js';

/** What every provider is asked about. */
export interface CheckSubject {
  /** Normalized identifier (IMEI digits, or an upper-case serial). */
  itemIdentifier: string;
  variant: CatalogVariant;
  /** Find-My status the customer or agent attested, if any. */
  fmipAttestation: 'Activated' | 'NotActivated' | null;
}

export type ProviderOutcome =
  { kind: 'fraud'; result: FraudResult; certId?: string; detail?: string } | { kind: 'fmip'; result: FmipResult; certId?: string; detail?: string };

/**
 * A due-diligence check (plug-in). A provider answers for one or both kinds; it returns one
 * outcome per kind it checked, or none when it does not apply to the subject. It must give up
 * when `signal` aborts (the report's time budget ran out).
 */
export interface DiligenceProvider {
  /** Name shown as `Provider` in the report. */
  name: string;
  /** The kinds it can answer, used to report Error for each when it fails or overruns. */
  kinds: readonly ('fraud' | 'fmip')[];
  check(ctx: Ctx, subject: CheckSubject, signal: AbortSignal): Promise<ProviderOutcome[]>;
}

/** One row of a report. */
export interface ProviderResult {
  kind: 'fraud' | 'fmip';
  provider: string;
  result: FraudResult | FmipResult;
  certId: string | null;
  detail: string | null;
  checkedAt: Date;
}
