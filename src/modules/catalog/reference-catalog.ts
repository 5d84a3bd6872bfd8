import fs from 'node:fs';
import path from 'node:path';
import type { Db, Queryable } from '../../platform/db/index.js';
import { projectPath } from '../../platform/project-root.js';

/** The catalog shipped in the repository (built by `npm run catalog:build`). */
export const CATALOG_DATA_DIR = projectPath('catalog-data');

interface CatalogFile {
  version: string;
  itemGroups: { key: string; name: string }[];
  manufacturers: { key: string; name: string }[];
  items: {
    key: string;
    manufacturer: string;
    group: string;
    name: string;
    releaseDate: string | null;
    identifierKind: 'imei' | 'serial' | 'none';
    launchPriceUsd: number | null;
    launchPriceEur: number | null;
    baseStorageGb: number | null;
    modelNumbers?: string[];
    codenames?: string[];
    aliases?: string[];
    sources?: string[];
    pictureUrl?: string | null;
  }[];
  variants: { key: string; item: string; storageGb: number | null; productName: string; productNameShort: string; productCodes?: string[] }[];
}

const GROUP_NAMES: Record<string, Record<string, string>> = {
  mobiles: { en: 'Mobiles', tr: 'Cep Telefonları', sv: 'Mobiltelefoner', de: 'Mobiltelefone' },
  tablets: { en: 'Tablets', tr: 'Tabletler', sv: 'Surfplattor', de: 'Tablets' },
  laptops: { en: 'Laptops', tr: 'Dizüstü Bilgisayarlar', sv: 'Bärbara datorer', de: 'Laptops' },
  watches: { en: 'Watches', tr: 'Akıllı Saatler', sv: 'Klockor', de: 'Uhren' },
};

function readHead(file: string, bytes: number): string {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const n = fs.readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n).toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
}

function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** Rows per statement: bounded memory per batch (the embedded database grows its heap with the largest statement). */
const BATCH_ROWS = 2000;

async function upsertJson(q: Queryable, sql: string, rows: unknown[], progress?: (rows: number) => void): Promise<void> {
  for (const part of chunks(rows, BATCH_ROWS)) {
    await q.query(sql, [JSON.stringify(part)]);
    progress?.(part.length);
  }
}

/**
 * Loads the shipped reference catalog into the shared (tenant_id NULL) rows when its version
 * differs from the one loaded; idempotent, one transaction.
 */
export async function syncReferenceCatalog(
  db: Db,
  dir = CATALOG_DATA_DIR,
  onProgress?: (done: number, total: number) => void,
): Promise<{ loaded: boolean; version: string | null }> {
  const file = path.join(dir, 'catalog.json');
  if (!fs.existsSync(file)) return { loaded: false, version: null };
  const current = await db.query<{ version: string }>(`SELECT version FROM reference_data_versions WHERE name = 'catalog'`);
  // The version sits at the head of the file: compare it before parsing ~15 MB on every start.
  const head = readHead(file, 64 * 1024).match(/"version"\s*:\s*"([^"]+)"/)?.[1];
  if (head && current[0]?.version === head) return { loaded: false, version: head };
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as CatalogFile;
  if (current[0]?.version === data.version) return { loaded: false, version: data.version };

  const tacFile = path.join(dir, 'tac.json');
  const tacs = fs.existsSync(tacFile) ? (JSON.parse(fs.readFileSync(tacFile, 'utf8')) as { tacs: Record<string, string[]> }).tacs : {};
  const serialFile = path.join(dir, 'serials.json');
  const serials = fs.existsSync(serialFile) ? (JSON.parse(fs.readFileSync(serialFile, 'utf8')) as { suffixes: Record<string, string> }).suffixes : {};

  const total = data.itemGroups.length + data.manufacturers.length + data.items.length + data.variants.length;
  let done = 0;
  const progress = (n: number) => onProgress?.((done += n), total);
  onProgress?.(0, total);
  await db.transaction(async (tx) => {
    await upsertJson(
      tx,
      `INSERT INTO item_groups (tenant_id, key, name, names, sort_order)
       SELECT NULL, x.key, x.name, x.names, x.sort_order FROM jsonb_to_recordset($1::jsonb) AS x(key text, name text, names jsonb, sort_order int)
       ON CONFLICT ((COALESCE(tenant_id, 0)), key) DO UPDATE SET name = EXCLUDED.name, names = EXCLUDED.names, sort_order = EXCLUDED.sort_order`,
      data.itemGroups.map((g, i) => ({ key: g.key, name: g.name, names: GROUP_NAMES[g.key] ?? { en: g.name }, sort_order: (i + 1) * 10 })),
      progress,
    );
    await upsertJson(
      tx,
      `INSERT INTO manufacturers (tenant_id, key, name)
       SELECT NULL, x.key, x.name FROM jsonb_to_recordset($1::jsonb) AS x(key text, name text)
       ON CONFLICT ((COALESCE(tenant_id, 0)), key) DO UPDATE SET name = EXCLUDED.name`,
      data.manufacturers,
      progress,
    );
    await upsertJson(
      tx,
      `INSERT INTO items (tenant_id, key, manufacturer_id, item_group_id, name, release_date, identifier_kind, launch_price_usd,
                          launch_price_eur, base_storage_gb, model_numbers, codenames, aliases, picture_url, sources)
       SELECT NULL, x.key, m.id, g.id, x.name, x.release_date, x.identifier_kind, x.launch_price_usd, x.launch_price_eur,
              x.base_storage_gb, ARRAY(SELECT jsonb_array_elements_text(x.model_numbers)), ARRAY(SELECT jsonb_array_elements_text(x.codenames)),
              ARRAY(SELECT jsonb_array_elements_text(x.aliases)), x.picture_url, ARRAY(SELECT jsonb_array_elements_text(x.sources))
       FROM jsonb_to_recordset($1::jsonb) AS x(key text, manufacturer text, grp text, name text, release_date text, identifier_kind text,
            launch_price_usd numeric, launch_price_eur numeric, base_storage_gb int, model_numbers jsonb, codenames jsonb, aliases jsonb,
            picture_url text, sources jsonb)
       JOIN manufacturers m ON m.tenant_id IS NULL AND m.key = x.manufacturer
       JOIN item_groups g ON g.tenant_id IS NULL AND g.key = x.grp
       ON CONFLICT ((COALESCE(tenant_id, 0)), key) DO UPDATE SET manufacturer_id = EXCLUDED.manufacturer_id, item_group_id = EXCLUDED.item_group_id,
         name = EXCLUDED.name, release_date = EXCLUDED.release_date, identifier_kind = EXCLUDED.identifier_kind,
         launch_price_usd = EXCLUDED.launch_price_usd, launch_price_eur = EXCLUDED.launch_price_eur, base_storage_gb = EXCLUDED.base_storage_gb,
         model_numbers = EXCLUDED.model_numbers, codenames = EXCLUDED.codenames, aliases = EXCLUDED.aliases,
         picture_url = EXCLUDED.picture_url, sources = EXCLUDED.sources, is_active = true`,
      data.items.map((i) => ({
        key: i.key,
        manufacturer: i.manufacturer,
        grp: i.group,
        name: i.name,
        release_date: i.releaseDate,
        identifier_kind: i.identifierKind,
        launch_price_usd: i.launchPriceUsd,
        launch_price_eur: i.launchPriceEur,
        base_storage_gb: i.baseStorageGb,
        model_numbers: i.modelNumbers ?? [],
        codenames: i.codenames ?? [],
        aliases: i.aliases ?? [],
        picture_url: i.pictureUrl ?? null,
        sources: i.sources ?? [],
      })),
      progress,
    );
    await upsertJson(
      tx,
      `INSERT INTO variants (tenant_id, key, item_id, storage_gb, product_name, product_name_short, product_codes)
       SELECT NULL, x.key, i.id, x.storage_gb, x.product_name, x.product_name_short, ARRAY(SELECT jsonb_array_elements_text(x.product_codes))
       FROM jsonb_to_recordset($1::jsonb) AS x(key text, item text, storage_gb int, product_name text, product_name_short text, product_codes jsonb)
       JOIN items i ON i.tenant_id IS NULL AND i.key = x.item
       ON CONFLICT ((COALESCE(tenant_id, 0)), key) DO UPDATE SET item_id = EXCLUDED.item_id, storage_gb = EXCLUDED.storage_gb,
         product_name = EXCLUDED.product_name, product_name_short = EXCLUDED.product_name_short, product_codes = EXCLUDED.product_codes, is_active = true`,
      data.variants.map((v) => ({
        key: v.key,
        item: v.item,
        storage_gb: v.storageGb,
        product_name: v.productName,
        product_name_short: v.productNameShort,
        product_codes: v.productCodes ?? [],
      })),
      progress,
    );
    // Reference entries dropped from the shipped file are deactivated, never deleted: quotes and
    // trade-ins keep pointing at them.
    const itemKeys = data.items.map((i) => i.key);
    const variantKeys = data.variants.map((v) => v.key);
    await tx.query(`UPDATE items SET is_active = false WHERE tenant_id IS NULL AND NOT (key = ANY($1::text[]))`, [itemKeys]);
    await tx.query(`UPDATE variants SET is_active = false WHERE tenant_id IS NULL AND NOT (key = ANY($1::text[]))`, [variantKeys]);

    await tx.query('DELETE FROM tac_codes');
    const tacRows = Object.entries(tacs).flatMap(([tac, keys]) => keys.map((item) => ({ tac, item })));
    await upsertJson(
      tx,
      `INSERT INTO tac_codes (tac, item_id)
       SELECT x.tac, i.id FROM jsonb_to_recordset($1::jsonb) AS x(tac text, item text)
       JOIN items i ON i.tenant_id IS NULL AND i.key = x.item ON CONFLICT DO NOTHING`,
      tacRows,
    );
    await tx.query('DELETE FROM serial_suffixes');
    await upsertJson(
      tx,
      `INSERT INTO serial_suffixes (suffix, item_id)
       SELECT x.suffix, i.id FROM jsonb_to_recordset($1::jsonb) AS x(suffix text, item text)
       JOIN items i ON i.tenant_id IS NULL AND i.key = x.item ON CONFLICT DO NOTHING`,
      Object.entries(serials).map(([suffix, item]) => ({ suffix, item })),
    );
    await tx.query(
      `INSERT INTO reference_data_versions (name, version, loaded_at) VALUES ('catalog', $1, now())
       ON CONFLICT (name) DO UPDATE SET version = EXCLUDED.version, loaded_at = EXCLUDED.loaded_at`,
      [data.version],
    );
  });
  return { loaded: true, version: data.version };
}
