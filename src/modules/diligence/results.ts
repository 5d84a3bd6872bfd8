/**
 * Result values of due-diligence checks, their seed ids, and how they combine. Pure.
 *
 * | Fraud    | ResultId | meaning                                            |
 * |----------|----------|----------------------------------------------------|
 * | Passed   | 1        | nothing found                                      |
 * | Failed   | 2        | blocklisted / reported lost or stolen: no trade-in |
 * | Caution  | 3        | inconsistent identifier (Luhn, TAC of another model)|
 * | Error    | 4        | the check could not be made (timeout, outage)      |
 *
 * | FMIP          | ResultId | SystemExtras for the price quote          |
 * |---------------|----------|-------------------------------------------|
 * | Activated     | 1        | `[1]` (Find My on: the price is reduced)  |
 * | NotActivated  | 2        | `[0]`                                     |
 * | NotApplicable | 3        | `[0]` (not an Apple device)               |
 * | Lost          | 4        | none: registration refuses it (B090011)   |
 * | Error         | 5        | none: the check failed, check again       |
 * | NotChecked    | 6        | the client's own answer: `[1]` or `[0]`   |
 *
 * Seed 003 §4 names the first values of each table; the report shows them with the seed's
 * words ({@link resultLabel}: "Not activated", "Not applicable"). `NotChecked` means no
 * Find-My-capable provider is configured and nobody attested: registration then accepts the
 * client's declaration from the price quote's SystemExtras and records it on the device.
 */

export const FRAUD_RESULTS = ['Passed', 'Failed', 'Caution', 'Error'] as const;
export type FraudResult = (typeof FRAUD_RESULTS)[number];
export const FMIP_RESULTS = ['Activated', 'NotActivated', 'NotApplicable', 'Lost', 'Error', 'NotChecked'] as const;
export type FmipResult = (typeof FMIP_RESULTS)[number];

export const FRAUD_RESULT_IDS: Record<FraudResult, number> = { Passed: 1, Failed: 2, Caution: 3, Error: 4 };
export const FMIP_RESULT_IDS: Record<FmipResult, number> = { Activated: 1, NotActivated: 2, NotApplicable: 3, Lost: 4, Error: 5, NotChecked: 6 };

/** The words of seed 003 §4 for a result (the report's `Result`). */
const LABELS: Record<string, string> = { NotActivated: 'Not activated', NotApplicable: 'Not applicable', NotChecked: 'Not checked' };
export function resultLabel(result: string): string {
  return LABELS[result] ?? result;
}

/**
 * Severity for "the worst result per kind". Fraud: Failed > Caution > Error > Passed — a
 * suspicion outranks a check that could not be made, so a tenant that tolerates Error but not
 * Caution still blocks. FMIP: Lost > Activated > Error > NotActivated > NotChecked >
 * NotApplicable (any provider's answer outranks "not checked").
 */
const FRAUD_SEVERITY: Record<FraudResult, number> = { Passed: 0, Error: 1, Caution: 2, Failed: 3 };
const FMIP_SEVERITY: Record<FmipResult, number> = { NotApplicable: 0, NotChecked: 1, NotActivated: 2, Error: 3, Activated: 4, Lost: 5 };

export function worstFraud(results: readonly FraudResult[]): FraudResult {
  return results.reduce<FraudResult>((w, r) => (FRAUD_SEVERITY[r] > FRAUD_SEVERITY[w] ? r : w), 'Passed');
}

/** The worst FMIP result; with no FMIP result at all the status is unknown (Error). */
export function worstFmip(results: readonly FmipResult[]): FmipResult {
  if (results.length === 0) return 'Error';
  return results.reduce<FmipResult>((w, r) => (FMIP_SEVERITY[r] > FMIP_SEVERITY[w] ? r : w), results[0]);
}

/**
 * SystemExtras to send with the next price quote (seed 003 §4): `[1]` when Find My is
 * activated, `[0]` when not activated or not applicable, null when the FMIP status is Lost or
 * unknown (no quote should follow without a new check or attestation); null for NotChecked
 * too: the client asks its customer and sends `[1]` or `[0]` (its declaration).
 */
export function systemExtrasFor(fmip: FmipResult): number[] | null {
  switch (fmip) {
    case 'Activated':
      return [1];
    case 'NotActivated':
    case 'NotApplicable':
      return [0];
    case 'Lost':
    case 'Error':
    case 'NotChecked':
      return null;
  }
}
