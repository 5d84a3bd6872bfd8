import { minorDigits, roundHalfUp } from '../../platform/money/index.js';

/** One line of a quote's breakdown; the lines add up exactly to the offered price. */
export interface BreakdownLine {
  code: 'base' | 'answer' | 'extra' | 'fmip' | 'campaign' | 'floor' | 'vat' | 'rounding';
  label: string;
  amountMinor: number;
}

export type VatMode = 'none' | 'excluded' | 'included' | 'marginal';

export interface QuoteCalcInput {
  /** Price of a working device, minor units of the base currency. */
  baseMinor: number;
  baseCurrency: string;
  /** Each chosen answer's multiplier in percent, in form order. */
  steps: { label: string; factorPct: number }[];
  /** Ticked extras: percent of the base price each adds. */
  extras: { label: string; valuePct: number }[];
  /** Find-My deduction (percent of the value so far), when it applies. */
  fmip: { label: string; deductionPct: number } | null;
  /** Campaign subsidy for a device value (base minor units), when a campaign applies. */
  campaign: { label: string; bonus: (deviceValueMinor: number) => { deviceBonusMinor: number; dealBonusMinor: number } } | null;
  vat: { mode: VatMode; ratePct: number; business: boolean };
  display: { currency: string; rate: number };
  rounding: 'minor' | 'major';
  labels: { base: string; floor: string; vat: string; rounding: string };
}

export interface QuoteCalcResult {
  breakdown: BreakdownLine[];
  /** All in display currency minor units. */
  offeredMinor: number;
  offeredInclVatMinor: number;
  vatCoefficient: number | null;
  deviceBonusInclVatMinor: number;
  dealBonusInclVatMinor: number;
  /** The offer in the base currency (minor units). */
  baseOfferMinor: number;
}

/**
 * The price of one device, line by line: base, each answer's deduction (or bonus), extras,
 * Find-My, campaign, a floor at zero, VAT, and a rounding line so the lines add up exactly to
 * the offered price in the display currency.
 */
export function calculateQuote(input: QuoteCalcInput): QuoteCalcResult {
  const raw: { code: BreakdownLine['code']; label: string; amount: number }[] = [];
  let v = input.baseMinor;
  raw.push({ code: 'base', label: input.labels.base, amount: v });
  for (const s of input.steps) {
    const next = (v * s.factorPct) / 100;
    if (next !== v) raw.push({ code: 'answer', label: s.label, amount: next - v });
    v = next;
  }
  for (const e of input.extras) {
    const amount = (input.baseMinor * e.valuePct) / 100;
    if (amount !== 0) raw.push({ code: 'extra', label: e.label, amount });
    v += amount;
  }
  if (input.fmip && input.fmip.deductionPct > 0 && v > 0) {
    const amount = -(v * input.fmip.deductionPct) / 100;
    raw.push({ code: 'fmip', label: input.fmip.label, amount });
    v += amount;
  }
  let deviceBonus = 0;
  let dealBonus = 0;
  if (input.campaign) {
    const b = input.campaign.bonus(Math.max(0, roundHalfUp(v)));
    deviceBonus = Math.max(0, b.deviceBonusMinor);
    dealBonus = Math.max(0, b.dealBonusMinor);
    if (deviceBonus > 0) raw.push({ code: 'campaign', label: input.campaign.label, amount: deviceBonus });
    v += deviceBonus;
  }
  if (v < 0) {
    raw.push({ code: 'floor', label: input.labels.floor, amount: -v });
    v = 0;
  }
  const rate = input.vat.ratePct / 100;
  let offered = v;
  let incl = v;
  let coefficient: number | null = null;
  let bonusCoef = 1;
  const mode = input.vat.mode === 'marginal' ? (input.vat.business ? 'included' : 'none') : input.vat.mode;
  if (mode === 'excluded') {
    coefficient = 1 + rate;
    incl = v * coefficient;
    bonusCoef = coefficient;
  } else if (mode === 'included') {
    coefficient = 1 + rate;
    offered = v / coefficient;
    if (offered !== v) raw.push({ code: 'vat', label: input.labels.vat, amount: offered - v });
  }

  const scale = (input.display.rate * 10 ** minorDigits(input.display.currency)) / 10 ** minorDigits(input.baseCurrency);
  const step = input.rounding === 'major' ? 10 ** minorDigits(input.display.currency) : 1;
  const toDisplay = (baseMinor: number) => roundHalfUp(baseMinor * scale);
  const toOffer = (baseMinor: number) => roundHalfUp((baseMinor * scale) / step) * step;

  const breakdown: BreakdownLine[] = raw.map((l) => ({ code: l.code, label: l.label, amountMinor: toDisplay(l.amount) }));
  const offeredMinor = Math.max(0, toOffer(offered));
  const sum = breakdown.reduce((a, l) => a + l.amountMinor, 0);
  if (sum !== offeredMinor) breakdown.push({ code: 'rounding', label: input.labels.rounding, amountMinor: offeredMinor - sum });
  return {
    breakdown,
    offeredMinor,
    offeredInclVatMinor: Math.max(offeredMinor, toOffer(incl)),
    vatCoefficient: coefficient,
    deviceBonusInclVatMinor: toDisplay(deviceBonus * bonusCoef),
    dealBonusInclVatMinor: toDisplay(dealBonus * bonusCoef),
    baseOfferMinor: Math.max(0, roundHalfUp(offered)),
  };
}

/** Display units per base unit, from rates per 1 EUR. */
export function exchangeRate(rates: Record<string, number>, base: string, display: string): number | null {
  if (base === display) return 1;
  const b = rates[base];
  const d = rates[display];
  if (!b || !d) return null;
  return d / b;
}
