/**
 * TradeInRef (the client's own reference) rules. Seed 003 lists two families of codes for the
 * same rules (B090044/45 and B090059/60/62/63); we use the second, complete family everywhere:
 * B090063 shorter than 3, B090060 longer than 100, B090059 contains whitespace, B090062 already
 * used by a trade-in of the tenant that is not cancelled.
 */
export type TradeInRefProblem = 'B090059' | 'B090060' | 'B090063';

export const TRADE_IN_REF_MIN = 3;
export const TRADE_IN_REF_MAX = 100;

/** The first rule `ref` breaks, or null. `null`/`undefined` (no reference) is fine. */
export function tradeInRefProblem(ref: string | null | undefined): TradeInRefProblem | null {
  if (ref === null || ref === undefined) return null;
  if (/\s/.test(ref)) return 'B090059';
  if (ref.length < TRADE_IN_REF_MIN) return 'B090063';
  if (ref.length > TRADE_IN_REF_MAX) return 'B090060';
  return null;
}

/** Identifiers are compared without spaces and case (IMEIs are digits, Apple serials upper case). */
export function normalizeIdentifier(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase();
}
