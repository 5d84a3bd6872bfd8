/**
 * Device identifiers: IMEI (Luhn check digit, TAC) and Apple serial numbers. Pure functions.
 */

/** Luhn check digit (0–9) for a string of digits that lacks it. */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  // The digit left of the (missing) check digit is doubled, then every second one leftwards.
  for (let i = digits.length - 1, double = true; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** True when `s` is exactly 15 digits whose last digit is the Luhn check digit of the first 14. */
export function isValidImei(s: string): boolean {
  if (typeof s !== 'string' || !/^\d{15}$/.test(s)) return false;
  return luhnCheckDigit(s.slice(0, 14)) === s.charCodeAt(14) - 48;
}

/** `s` stripped of spaces, hyphens, dots and slashes when what remains is 15 digits (an IMEI shape, valid or not); else null. */
export function imeiShape(s: string): string | null {
  const compact = s.replace(/[\s\-./]/g, '');
  return /^\d{15}$/.test(compact) ? compact : null;
}

/** Type Allocation Code: the first 8 digits of an IMEI (or of a 14–16 digit IMEI/IMEISV). */
export function tacOf(imei: string): string | null {
  return /^\d{14,16}$/.test(imei) ? imei.slice(0, 8) : null;
}

/** Builds a Luhn-valid IMEI from a TAC and a 6-digit serial (tests, demo data). */
export function imeiFromTac(tac: string, serial = '000001'): string {
  const body = `${tac}${serial}`;
  if (!/^\d{14}$/.test(body)) throw new Error(`TAC must be 8 digits and serial 6 digits: ${tac} ${serial}`);
  return `${body}${luhnCheckDigit(body)}`;
}

/**
 * Shapes of Apple serial numbers:
 * - `legacy11`: 11 characters (until ~2010); the last 3 encode the model configuration.
 * - `legacy12`: 12 characters (2010–2021); the last 4 encode the model configuration.
 * - `random10`: 10 random characters (late 2020 onwards); nothing encodes the model.
 */
export type AppleSerialShape = { format: 'legacy11' | 'legacy12'; suffix: string } | { format: 'random10'; suffix: null };

/**
 * Recognizes a term shaped like an Apple serial: one upper/lower-case alphanumeric token of
 * 10–12 characters with both letters and digits, without the letters O and I that Apple
 * never uses in serials. Returns null for anything else (words, IMEIs, part numbers).
 */
export function appleSerialShape(term: string): AppleSerialShape | null {
  const s = term.trim().toUpperCase();
  if (!/^[A-Z0-9]{10,12}$/.test(s) || !/[A-Z]/.test(s) || !/\d/.test(s) || /[OI]/.test(s)) return null;
  // Two runs of at least three letters read as words ("GALAXYS24", "REDMINOTE13"), not serials.
  if ((s.match(/[A-Z]{3,}/g) ?? []).length >= 2 || /[A-Z]{5,}/.test(s)) return null;
  if (s.length === 11) return { format: 'legacy11', suffix: s.slice(8) };
  if (s.length === 12) return { format: 'legacy12', suffix: s.slice(8) };
  return { format: 'random10', suffix: null };
}
