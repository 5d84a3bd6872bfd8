import type { TradeIn } from './tradeins.types.js';

/**
 * The campaign's deal bonus of a trade-in (seed 003 `PotentialCampaign.DealBonusInclVat`): a
 * bonus on the customer's next purchase, not part of the device price. One campaign per
 * trade-in and one deal per trade-in, so it is the largest deal bonus quoted for its live
 * devices (each quote of the same campaign reports the same deal offer), not their sum. Null
 * when there is none.
 */
export function dealBonus(t: Pick<TradeIn, 'devices'>): { amountMinor: number; currency: string } | null {
  let best: { amountMinor: number; currency: string } | null = null;
  for (const d of t.devices) {
    if (d.status === 'Cancelled' || d.dealBonusInclVatMinor <= 0) continue;
    if (!best || d.dealBonusInclVatMinor > best.amountMinor) best = { amountMinor: d.dealBonusInclVatMinor, currency: d.currency };
  }
  return best;
}
