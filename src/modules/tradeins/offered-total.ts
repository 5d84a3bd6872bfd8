import type { TradeIn } from './tradeins.types.js';

/**
 * What the web app shows as a trade-in's total: the offered prices of all its devices (the
 * trade-in's devices share one currency; EUR when it has none yet).
 */
export function offeredTotal(t: Pick<TradeIn, 'devices'>): { amountMinor: number; currency: string } {
  return { amountMinor: t.devices.reduce((s, d) => s + d.offeredPriceMinor, 0), currency: t.devices[0]?.currency ?? 'EUR' };
}
