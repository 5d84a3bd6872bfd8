// Apple naming: bring AppleDB, ios-device-list, curated and TAC spellings to one family name.

/** Known-wrong or irregular names → family name used in the catalog. */
const EXPLICIT: Record<string, string> = {
  // AppleDB's stored iPhone19,3 revision calls it "iPhone 19 Pro Max"; iPhone19,7 ("iPhone 18 Pro Max
  // (Global)") shares its imageKey, so upstream has renamed it. See shared/data/README.md.
  'iPhone 19 Pro Max': 'iPhone 18 Pro Max',
  // ios-device-list spells the 2018 models in capitals; Apple's marketing uses "Xs".
  'iPhone XS': 'iPhone Xs',
  'iPhone XS Max': 'iPhone Xs Max',
  'Apple Watch SE': 'Apple Watch SE (1st generation)',
  // AppleDB Mac names → curated table names
  'MacBook Air (M2, 2022)': 'MacBook Air 13-inch (M2, 2022)',
  'MacBook Pro (14-inch, M4)': 'MacBook Pro 14-inch (M4, 2024)',
  'MacBook Pro (M1, Late 2020)': 'MacBook Pro 13-inch (M1, 2020)',
  // TAC spellings
  'iPad Pro 10.5-inch': 'iPad Pro 10.5-inch',
};

/** Families whose original marketing name is still a useful alias. */
export const EXTRA_ALIASES: Record<string, string[]> = {
  'iPhone SE (1st generation)': ['iPhone SE'],
  'Apple Watch SE (1st generation)': ['Apple Watch SE'],
  'iPhone Xs': ['iPhone XS'],
  'iPhone Xs Max': ['iPhone XS Max'],
};

/**
 * Canonical Apple family name, or null for products outside the catalog's item groups.
 * Strips connectivity suffixes ("Wi-Fi + Cellular", "(Global)") because one item covers a family.
 */
export function canonicalAppleName(raw: string): string | null {
  let s = raw.replace(/\s+/g, ' ').trim();
  if (/^Mac mini|^iMac|^Mac Pro|^Mac Studio|^Apple TV|^HomePod|^AirPods|^AirTag|^Siri Remote/i.test(s)) return null;
  if (EXPLICIT[s]) return EXPLICIT[s];
  // AppleDB iPad connectivity variants
  s = s.replace(/\s+Wi-Fi \+ Cellular(?: with mmWave)?(?: \([^)]*\))?$/, '');
  s = s.replace(/\s+Wi-Fi(?= \(|$)/, '');
  s = s.replace(/\s+\(Global\)$/, '');
  if (EXPLICIT[s]) return EXPLICIT[s];
  // ios-device-list "iPad Pro (12.9-inch) (3rd generation)" / "iPad Pro (12.9-inch, 2nd generation)" / "iPad Pro (11-inch)"
  let m = s.match(/^iPad Pro \((\d+(?:\.\d+)?)-inch(?:, ([^)]+))?\)(?: \(([^)]+)\))?$/);
  if (m) {
    const size = m[1];
    const gen = m[2] ?? m[3];
    if (gen) return `iPad Pro ${size}-inch (${gen})`;
    // first models of a size line: 9.7 and 10.5 had only one generation
    if (size === '9.7' || size === '10.5') return `iPad Pro ${size}-inch`;
    return `iPad Pro ${size}-inch (1st generation)`;
  }
  // AppleDB "iPad Pro 11-inch (M5)" already fine; Mac names "MacBook Air (13-inch, M3, 2024)"
  m = s.match(/^(MacBook (?:Air|Pro)) \((\d+(?:\.\d+)?-inch), ([^)]+)\)$/);
  if (m) return `${m[1]} ${m[2]} (${m[3]})`;
  return s;
}

/** Apple A-numbers ("A2101") in free text. */
export function findANumbers(s: string): string[] {
  return [...s.matchAll(/\bA(\d{4})\b/g)].map((m) => `A${m[1]}`);
}

/** Apple part numbers ("MLML3LL/A", "MT562QN/A", "MT562") → 5-character base ("MLML3"). */
export function partNumberBase(s: string): string | null {
  const m = s.trim().match(/^([A-Z0-9]{5})(?:[A-Z]{1,2}\/A)?$/);
  if (!m || !/\d/.test(m[1]) || !/^[MFNP3]/.test(m[1])) return null;
  return m[1];
}
