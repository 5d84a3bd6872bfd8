import type { Offer } from './campaigns.schemas.js';

export type CampaignStatus = 'Active' | 'Upcoming' | 'Expired';
export type Strategy = 'Sum' | 'Max';

/** Status from the clock: before `activeFrom` Upcoming, after `activeTo` Expired, else Active. */
export function statusAt(c: { activeFrom: Date; activeTo: Date }, now: Date): CampaignStatus {
  if (now.getTime() < c.activeFrom.getTime()) return 'Upcoming';
  if (now.getTime() > c.activeTo.getTime()) return 'Expired';
  return 'Active';
}

export interface BonusInput {
  /** Grade key and its names (any locale) — an offer limited to a grade matches either. */
  grade: { key: string; names: string[] };
  /** Value of the device before the campaign, minor units of the base currency. */
  deviceValueMinor: number;
  /** Minor units per major unit of the base currency (100 for EUR). */
  minorPerMajor: number;
}

export interface BonusResult {
  deviceBonusMinor: number;
  dealBonusMinor: number;
  applied: { offer: Offer; amountMinor: number }[];
}

/** An offer's amount for one device, minor units (never negative). */
export function offerAmountMinor(offer: Offer, input: BonusInput): number {
  const raw = offer.adjustmentType === 'Flat' ? offer.amount * input.minorPerMajor : (Math.max(0, input.deviceValueMinor) * offer.amount) / 100;
  return Math.max(0, Math.round(raw));
}

function matchesGrade(offer: Offer, grade: BonusInput['grade']): boolean {
  if (!offer.grade) return true;
  const g = offer.grade.trim().toLowerCase();
  return g === grade.key.toLowerCase() || grade.names.some((n) => n.toLowerCase() === g);
}

/**
 * Campaign subsidy for one device. Sum: every applicable offer adds (Device offers to the device
 * bonus, Deal offers to the deal bonus). Max: only the single largest applicable offer counts.
 */
export function computeBonus(strategy: Strategy, offers: readonly Offer[], input: BonusInput): BonusResult {
  const applicable = offers.filter((o) => matchesGrade(o, input.grade)).map((offer) => ({ offer, amountMinor: offerAmountMinor(offer, input) }));
  let applied = applicable;
  if (strategy === 'Max' && applicable.length > 1) {
    const best = applicable.reduce((a, b) => (b.amountMinor > a.amountMinor ? b : a));
    applied = [best];
  }
  let deviceBonusMinor = 0;
  let dealBonusMinor = 0;
  for (const a of applied) {
    if (a.offer.offerType === 'Device') deviceBonusMinor += a.amountMinor;
    else dealBonusMinor += a.amountMinor;
  }
  return { deviceBonusMinor, dealBonusMinor, applied };
}
