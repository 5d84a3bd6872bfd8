/**
 * Money is an integer count of a currency's minor unit (cents, öre, kuruş, fils). Conversion
 * and rounding happen here and nowhere else.
 */
export interface Money {
  amountMinor: number;
  currency: string;
}

const digitsCache = new Map<string, number>();

/** Number of minor-unit digits of an ISO 4217 currency (EUR 2, JPY 0, …). */
export function minorDigits(currency: string): number {
  const code = currency.toUpperCase();
  let digits = digitsCache.get(code);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits as number;
    digitsCache.set(code, digits);
  }
  return digits;
}

/** Rounds half away from zero to an integer (money never uses banker's rounding here). */
export function roundHalfUp(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value) + Number.EPSILON * Math.abs(value));
}

/** Major units (e.g. 12.34 EUR) → minor units (1234). */
export function toMinor(amount: number, currency: string): number {
  return roundHalfUp(amount * 10 ** minorDigits(currency));
}

/** Minor units → major units as a number (1234 → 12.34). */
export function toMajor(amountMinor: number, currency: string): number {
  return amountMinor / 10 ** minorDigits(currency);
}

/** Minor units → fixed decimal string ("12.34"), the shape commerce APIs use. */
export function formatDecimal(amountMinor: number, currency: string): string {
  const d = minorDigits(currency);
  const sign = amountMinor < 0 ? '-' : '';
  const abs = Math.abs(amountMinor);
  if (d === 0) return `${sign}${abs}`;
  const s = String(abs).padStart(d + 1, '0');
  return `${sign}${s.slice(0, -d)}.${s.slice(-d)}`;
}

/** Decimal string or number in major units → minor units; NaN for garbage. */
export function parseDecimal(value: string | number, currency: string): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) return Number.NaN;
  return toMinor(n, currency);
}

/**
 * Converts minor units between currencies given each currency's rate against one common base
 * (rate = units of that currency per 1 unit of base), rounding to the target's minor unit.
 */
export function convertMinor(amountMinor: number, from: { currency: string; rate: number }, to: { currency: string; rate: number }): number {
  if (from.currency === to.currency) return amountMinor;
  const major = toMajor(amountMinor, from.currency);
  return toMinor((major / from.rate) * to.rate, to.currency);
}

const symbolCache = new Map<string, string>();

/** The currency's usual symbol (€, kr, ₺, $, د.إ). */
export function currencySymbol(currency: string): string {
  const code = currency.toUpperCase();
  let symbol = symbolCache.get(code);
  if (!symbol) {
    const locale = { SEK: 'sv-SE', TRY: 'tr-TR', AED: 'ar-AE', EUR: 'de-DE', USD: 'en-US', GBP: 'en-GB' }[code] ?? 'en';
    const part = new Intl.NumberFormat(locale, { style: 'currency', currency: code, currencyDisplay: 'narrowSymbol' })
      .formatToParts(0)
      .find((p) => p.type === 'currency');
    symbol = part?.value ?? code;
    symbolCache.set(code, symbol);
  }
  return symbol;
}

/** Formats for people: `€1,234.50` in the given locale. */
export function formatMoney(amountMinor: number, currency: string, locale = 'en'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(toMajor(amountMinor, currency));
}
