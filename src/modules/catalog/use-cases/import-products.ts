import { withTransaction, type Ctx } from '../../../platform/context.js';
import { translate } from '../../../platform/i18n/index.js';
import { toMinor } from '../../../platform/money/index.js';
import { CatalogMessages } from '../catalog.errors.js';
import { catalogIndexRepository, type ProductUpsert } from '../catalog.repository.js';
import { ProductRowInput } from '../catalog.schemas.js';
import { invalidate, type CatalogEnv } from './env.js';

/** One row of a product import: its line in the file and the raw fields. */
export interface ImportRow {
  line: number;
  data: unknown;
}

export interface ImportResult {
  created: number;
  updated: number;
  skipped: number;
  errors: { line: number; reason: string }[];
  /** Variant id by row key of every imported row. */
  ids: Map<string, number>;
  /** Rows with a price column, ready for `pricing.upsertBasePrices` (tenant base currency). */
  prices: { variantId: number; amountMinor: number }[];
}

function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

function storageLabel(gb: number | undefined): string {
  if (!gb) return '';
  return gb >= 1024 && gb % 1024 === 0 ? ` ${gb / 1024}TB` : ` ${gb}GB`;
}

/**
 * Imports tenant products: validates every row, reports each bad one with its line and
 * reason, stores the good ones in one transaction (idempotent by key: a re-run updates).
 * Prices are returned (not stored): the caller hands them to pricing.
 */
export async function importProducts(
  env: CatalogEnv,
  ctx: Ctx,
  rows: ImportRow[],
  options: { onProgress?: (done: number, total: number) => void } = {},
): Promise<ImportResult> {
  const errors: ImportResult['errors'] = [];
  const groups = await catalogIndexRepository.allItemGroups(ctx);
  const manufacturers = await catalogIndexRepository.manufacturerIndex(ctx);
  const refByKey = new Map(manufacturers.filter((m) => m.tenant_id === null).map((m) => [m.key, m]));
  const refByName = new Map(manufacturers.filter((m) => m.tenant_id === null).map((m) => [m.name.toLowerCase(), m]));
  const seen = new Map<string, number>();
  const good: { line: number; upsert: ProductUpsert; price: number | undefined }[] = [];
  let skipped = 0;
  for (const row of rows) {
    // Rows of an exported reference catalog are skipped before validation.
    if (row.data && typeof row.data === 'object' && (row.data as { source?: unknown }).source === 'reference') {
      skipped++;
      continue;
    }
    const parsed = ProductRowInput.safeParse(row.data);
    if (!parsed.success) {
      errors.push({ line: row.line, reason: parsed.error.issues.map((i) => `${i.path.join('.') || 'row'}: ${i.message}`).join('; ') });
      continue;
    }
    const r = parsed.data;
    if (r.source === 'reference') {
      skipped++;
      continue;
    }
    const group = groups.find((g) => g.key === r.group.toLowerCase() || g.name.toLowerCase() === r.group.toLowerCase());
    if (!group) {
      errors.push({ line: row.line, reason: translate(CatalogMessages.unknownGroup, 'en', { group: r.group }) });
      continue;
    }
    const first = seen.get(r.key);
    if (first !== undefined) {
      errors.push({ line: row.line, reason: translate(CatalogMessages.duplicateKey, 'en', { key: r.key, line: first }) });
      continue;
    }
    seen.set(r.key, row.line);
    const ref = refByKey.get(slug(r.manufacturer)) ?? refByName.get(r.manufacturer.toLowerCase());
    const manufacturerKey = ref?.key ?? (slug(r.manufacturer) || 'brand');
    const manufacturerName = ref?.name ?? r.manufacturer;
    good.push({
      line: row.line,
      price: r.price,
      upsert: {
        key: r.key,
        itemGroupId: group.id,
        manufacturerKey,
        manufacturerName,
        itemKey: `${manufacturerKey}-${slug(r.item) || 'item'}`,
        itemName: r.item,
        storageGb: r.storage_gb ?? null,
        productName: r.product_name ?? `${manufacturerName} ${r.item}${storageLabel(r.storage_gb)}`,
        productCodes: r.product_codes ?? [],
        modelNumbers: r.model_numbers ?? [],
        releaseDate: r.release_date ?? null,
        identifierKind: r.identifier_kind ?? 'imei',
        pictureUrl: r.picture_url ?? null,
      },
    });
  }
  const ids = new Map<string, number>();
  let created = 0;
  if (good.length > 0) {
    await withTransaction(ctx, async (tx) => {
      const BATCH = 1000;
      for (let i = 0; i < good.length; i += BATCH) {
        const part = good.slice(i, i + BATCH);
        const out = await catalogIndexRepository.upsertProducts(
          tx,
          part.map((g) => g.upsert),
        );
        for (const [k, id] of out.ids) ids.set(k, id);
        created += out.created;
        options.onProgress?.(Math.min(i + BATCH, good.length), good.length);
      }
      await invalidate(env, tx, ctx.tenant.id);
    });
  } else options.onProgress?.(0, 0);
  const prices = good
    .filter((g) => g.price !== undefined && ids.has(g.upsert.key))
    .map((g) => ({ variantId: ids.get(g.upsert.key)!, amountMinor: toMinor(g.price!, ctx.tenant.currency) }));
  errors.sort((a, b) => a.line - b.line);
  return { created, updated: ids.size - created, skipped, errors, ids, prices };
}
