import type { Ctx } from '../../platform/context.js';
import type { Queryable } from '../../platform/db/index.js';
import type { CatalogVariant, ItemGroup, Manufacturer } from './catalog.types.js';

type Scope = Pick<Ctx, 'db' | 'tenant'>;

interface VariantRow {
  id: number;
  tenant_id: number | null;
  key: string;
  item_id: number;
  item_key: string;
  item_name: string;
  product_name: string;
  product_name_short: string;
  product_codes: string[];
  storage_gb: number | null;
  item_group_id: number;
  item_group_key: string;
  manufacturer_id: number;
  manufacturer_key: string;
  manufacturer_name: string;
  release_date: string | null;
  identifier_kind: CatalogVariant['identifierKind'];
  picture_url: string | null;
  launch_price_usd: string | null;
  launch_price_eur: string | null;
  base_storage_gb: number | null;
  model_numbers: string[];
  aliases: string[];
  is_active: boolean;
}

const SELECT_VARIANTS = `
  SELECT v.id, v.tenant_id, v.key, v.item_id, i.key AS item_key, i.name AS item_name, v.product_name, v.product_name_short,
         v.product_codes, v.storage_gb, i.item_group_id, g.key AS item_group_key, i.manufacturer_id,
         m.key AS manufacturer_key, m.name AS manufacturer_name, i.release_date, i.identifier_kind,
         COALESCE(v.picture_url, i.picture_url) AS picture_url, i.launch_price_usd, i.launch_price_eur, i.base_storage_gb,
         i.model_numbers, i.aliases, (v.is_active AND i.is_active) AS is_active
  FROM variants v
  JOIN items i ON i.id = v.item_id
  JOIN item_groups g ON g.id = i.item_group_id
  JOIN manufacturers m ON m.id = i.manufacturer_id`;

/** Variants visible to a tenant: shared reference rows plus its own, minus its exclusions. */
export const VISIBLE_VARIANTS_SQL = `${SELECT_VARIANTS}
  WHERE (v.tenant_id IS NULL OR v.tenant_id = $1)
    AND NOT EXISTS (
      SELECT 1 FROM catalog_exclusions e WHERE e.tenant_id = $1
        AND (e.variant_id = v.id OR e.item_id = i.id OR e.manufacturer_id = i.manufacturer_id OR e.item_group_id = i.item_group_id))`;

export function mapVariant(r: VariantRow): CatalogVariant {
  return {
    id: r.id,
    tenantId: r.tenant_id,
    key: r.key,
    itemId: r.item_id,
    itemKey: r.item_key,
    itemName: r.item_name,
    productName: r.product_name,
    productNameShort: r.product_name_short,
    productCodes: r.product_codes ?? [],
    storageGb: r.storage_gb,
    itemGroupId: r.item_group_id,
    itemGroupKey: r.item_group_key,
    manufacturerId: r.manufacturer_id,
    manufacturerKey: r.manufacturer_key,
    manufacturerName: r.manufacturer_name,
    releaseDate: r.release_date,
    identifierKind: r.identifier_kind,
    pictureUrl: r.picture_url,
    launchPriceUsd: r.launch_price_usd === null ? null : Number(r.launch_price_usd),
    launchPriceEur: r.launch_price_eur === null ? null : Number(r.launch_price_eur),
    baseStorageGb: r.base_storage_gb,
    modelNumbers: r.model_numbers ?? [],
    aliases: r.aliases ?? [],
    isActive: r.is_active,
  };
}

export const catalogRepository = {
  async variantById(ctx: Scope, id: number): Promise<CatalogVariant | null> {
    const rows = await ctx.db.query<VariantRow>(`${VISIBLE_VARIANTS_SQL} AND v.id = $2`, [ctx.tenant.id, id]);
    return rows[0] ? mapVariant(rows[0]) : null;
  },
  async variantsByIds(ctx: Scope, ids: readonly number[]): Promise<CatalogVariant[]> {
    if (ids.length === 0) return [];
    const rows = await ctx.db.query<VariantRow>(`${VISIBLE_VARIANTS_SQL} AND v.id = ANY($2::int[])`, [ctx.tenant.id, ids]);
    return rows.map(mapVariant);
  },
  /** Every visible variant (index building, price seeding). */
  async allVariants(ctx: Scope): Promise<CatalogVariant[]> {
    const rows = await ctx.db.query<VariantRow>(`${VISIBLE_VARIANTS_SQL} ORDER BY v.id`, [ctx.tenant.id]);
    return rows.map(mapVariant);
  },
  async itemGroups(ctx: Scope): Promise<ItemGroup[]> {
    const rows = await ctx.db.query<{ id: number; tenant_id: number | null; key: string; name: string; names: Record<string, string>; sort_order: number }>(
      `SELECT id, tenant_id, key, name, names, sort_order FROM item_groups g
       WHERE (tenant_id IS NULL OR tenant_id = $1)
         AND NOT EXISTS (SELECT 1 FROM catalog_exclusions e WHERE e.tenant_id = $1 AND e.item_group_id = g.id)
       ORDER BY sort_order, id`,
      [ctx.tenant.id],
    );
    return rows.map((r) => ({ id: r.id, tenantId: r.tenant_id, key: r.key, name: r.name, names: r.names ?? {}, sortOrder: r.sort_order }));
  },
  async manufacturers(ctx: Scope, itemGroupId?: number): Promise<Manufacturer[]> {
    const rows = await ctx.db.query<{ id: number; tenant_id: number | null; key: string; name: string }>(
      `SELECT m.id, m.tenant_id, m.key, m.name FROM manufacturers m
       WHERE (m.tenant_id IS NULL OR m.tenant_id = $1)
         AND NOT EXISTS (SELECT 1 FROM catalog_exclusions e WHERE e.tenant_id = $1 AND e.manufacturer_id = m.id)
         AND ($2::int IS NULL OR EXISTS (SELECT 1 FROM items i WHERE i.manufacturer_id = m.id AND i.item_group_id = $2
               AND (i.tenant_id IS NULL OR i.tenant_id = $1)))
       ORDER BY m.name, m.id`,
      [ctx.tenant.id, itemGroupId ?? null],
    );
    return rows.map((r) => ({ id: r.id, tenantId: r.tenant_id, key: r.key, name: r.name }));
  },
  /** Items of a TAC (the first 8 digits of an IMEI). */
  async itemIdsForTac(ctx: Scope, tac: string): Promise<number[]> {
    const rows = await ctx.db.query<{ item_id: number }>(
      `SELECT t.item_id FROM tac_codes t JOIN items i ON i.id = t.item_id
       WHERE t.tac = $2 AND (i.tenant_id IS NULL OR i.tenant_id = $1) ORDER BY t.item_id`,
      [ctx.tenant.id, tac],
    );
    return rows.map((r) => r.item_id);
  },
};

/** What a tenant excludes, by kind. */
export interface ExclusionRecord {
  id: number;
  kind: 'item_group' | 'manufacturer' | 'item' | 'variant';
  targetId: number;
}

const EXCLUSION_COLUMN: Record<ExclusionRecord['kind'], string> = {
  item_group: 'item_group_id',
  manufacturer: 'manufacturer_id',
  item: 'item_id',
  variant: 'variant_id',
};

interface ExclusionRow {
  id: number;
  item_group_id: number | null;
  manufacturer_id: number | null;
  item_id: number | null;
  variant_id: number | null;
}

function mapExclusion(r: ExclusionRow): ExclusionRecord {
  if (r.item_group_id !== null) return { id: r.id, kind: 'item_group', targetId: r.item_group_id };
  if (r.manufacturer_id !== null) return { id: r.id, kind: 'manufacturer', targetId: r.manufacturer_id };
  if (r.item_id !== null) return { id: r.id, kind: 'item', targetId: r.item_id };
  return { id: r.id, kind: 'variant', targetId: r.variant_id! };
}

/** A tenant product row ready to store (validated by the service). */
export interface ProductUpsert {
  key: string;
  itemGroupId: number;
  manufacturerKey: string;
  manufacturerName: string;
  itemKey: string;
  itemName: string;
  storageGb: number | null;
  productName: string;
  productCodes: string[];
  modelNumbers: string[];
  releaseDate: string | null;
  identifierKind: 'imei' | 'serial' | 'none';
  pictureUrl: string | null;
}

/** Reference data and tenant rows for the in-memory index, plus the tenant-side writes. */
export const catalogIndexRepository = {
  /** Active shared reference variants (no tenant view applied). */
  async referenceVariants(q: Queryable): Promise<CatalogVariant[]> {
    const rows = await q.query<VariantRow>(`${SELECT_VARIANTS} WHERE v.tenant_id IS NULL AND v.is_active AND i.is_active ORDER BY v.id`);
    return rows.map(mapVariant);
  },
  /** The tenant's own active variants (of its own or of reference items). */
  async ownVariants(ctx: Scope): Promise<CatalogVariant[]> {
    const rows = await ctx.db.query<VariantRow>(`${SELECT_VARIANTS} WHERE v.tenant_id = $1 AND v.is_active AND i.is_active ORDER BY v.id`, [ctx.tenant.id]);
    return rows.map(mapVariant);
  },
  /** Which reference data the database holds (its version and when it was loaded), or null when none was loaded. */
  async referenceKey(q: Queryable): Promise<string | null> {
    const rows = await q.query<{ version: string; loaded_at: Date }>(`SELECT version, loaded_at FROM reference_data_versions WHERE name = 'catalog'`);
    return rows[0] ? `${rows[0].version}@${new Date(rows[0].loaded_at).toISOString()}` : null;
  },
  async tacTable(q: Queryable): Promise<{ tac: string; item_id: number }[]> {
    return q.query<{ tac: string; item_id: number }>('SELECT tac, item_id FROM tac_codes');
  },
  async serialSuffixes(q: Queryable): Promise<{ suffix: string; item_id: number }[]> {
    return q.query<{ suffix: string; item_id: number }>('SELECT suffix, item_id FROM serial_suffixes');
  },
  async exclusions(ctx: Scope): Promise<ExclusionRecord[]> {
    const rows = await ctx.db.query<ExclusionRow>(
      'SELECT id, item_group_id, manufacturer_id, item_id, variant_id FROM catalog_exclusions WHERE tenant_id = $1 ORDER BY id',
      [ctx.tenant.id],
    );
    return rows.map(mapExclusion);
  },
  /** Adds an exclusion unless the same one exists; returns it either way. */
  async addExclusion(ctx: Scope, kind: ExclusionRecord['kind'], targetId: number): Promise<ExclusionRecord> {
    const col = EXCLUSION_COLUMN[kind];
    const existing = await ctx.db.query<ExclusionRow>(
      `SELECT id, item_group_id, manufacturer_id, item_id, variant_id FROM catalog_exclusions WHERE tenant_id = $1 AND ${col} = $2`,
      [ctx.tenant.id, targetId],
    );
    if (existing[0]) return mapExclusion(existing[0]);
    const rows = await ctx.db.query<ExclusionRow>(
      `INSERT INTO catalog_exclusions (tenant_id, ${col}) VALUES ($1, $2) RETURNING id, item_group_id, manufacturer_id, item_id, variant_id`,
      [ctx.tenant.id, targetId],
    );
    return mapExclusion(rows[0]);
  },
  async removeExclusion(ctx: Scope, id: number): Promise<boolean> {
    const rows = await ctx.db.query('DELETE FROM catalog_exclusions WHERE tenant_id = $1 AND id = $2 RETURNING id', [ctx.tenant.id, id]);
    return rows.length > 0;
  },
  /** Whether a target of an exclusion exists for the tenant (reference or own). */
  async targetExists(ctx: Scope, kind: ExclusionRecord['kind'], id: number): Promise<boolean> {
    const table = { item_group: 'item_groups', manufacturer: 'manufacturers', item: 'items', variant: 'variants' }[kind];
    const rows = await ctx.db.query(`SELECT 1 FROM ${table} WHERE id = $2 AND (tenant_id IS NULL OR tenant_id = $1)`, [ctx.tenant.id, id]);
    return rows.length > 0;
  },
  /** Item groups the tenant can use (reference and own), exclusions ignored. */
  async allItemGroups(ctx: Scope): Promise<ItemGroup[]> {
    const rows = await ctx.db.query<{ id: number; tenant_id: number | null; key: string; name: string; names: Record<string, string>; sort_order: number }>(
      'SELECT id, tenant_id, key, name, names, sort_order FROM item_groups WHERE tenant_id IS NULL OR tenant_id = $1 ORDER BY sort_order, id',
      [ctx.tenant.id],
    );
    return rows.map((r) => ({ id: r.id, tenantId: r.tenant_id, key: r.key, name: r.name, names: r.names ?? {}, sortOrder: r.sort_order }));
  },
  async createItemGroup(ctx: Scope, input: { key: string; name: string; names: Record<string, string>; sortOrder: number }): Promise<ItemGroup | null> {
    const rows = await ctx.db.query<{ id: number }>(
      `INSERT INTO item_groups (tenant_id, key, name, names, sort_order) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT ((COALESCE(tenant_id, 0)), key) DO NOTHING RETURNING id`,
      [ctx.tenant.id, input.key, input.name, JSON.stringify(input.names), input.sortOrder],
    );
    return rows[0] ? { id: rows[0].id, tenantId: ctx.tenant.id, key: input.key, name: input.name, names: input.names, sortOrder: input.sortOrder } : null;
  },
  /** Reference manufacturers by key and lower-cased name (to attach tenant products to known brands). */
  async manufacturerIndex(ctx: Scope): Promise<{ id: number; key: string; name: string; tenant_id: number | null }[]> {
    return ctx.db.query('SELECT id, key, name, tenant_id FROM manufacturers WHERE tenant_id IS NULL OR tenant_id = $1', [ctx.tenant.id]);
  },
  /**
   * Upserts tenant products by key (manufacturer, item, variant), in the caller's transaction.
   * Returns the variant ids by key and how many were new.
   */
  async upsertProducts(ctx: Scope, rows: ProductUpsert[]): Promise<{ ids: Map<string, number>; created: number }> {
    const ids = new Map<string, number>();
    let created = 0;
    if (rows.length === 0) return { ids, created };
    const json = (list: unknown[]) => JSON.stringify(list);
    const manufacturers = [...new Map(rows.map((r) => [r.manufacturerKey, { key: r.manufacturerKey, name: r.manufacturerName }])).values()];
    // Brands the reference catalog knows are reused; others become the tenant's own.
    await ctx.db.query(
      `INSERT INTO manufacturers (tenant_id, key, name)
       SELECT $1, x.key, x.name FROM jsonb_to_recordset($2::jsonb) AS x(key text, name text)
       WHERE NOT EXISTS (SELECT 1 FROM manufacturers m WHERE m.tenant_id IS NULL AND m.key = x.key)
       ON CONFLICT ((COALESCE(tenant_id, 0)), key) DO UPDATE SET name = EXCLUDED.name`,
      [ctx.tenant.id, json(manufacturers)],
    );
    const items = [...new Map(rows.map((r) => [r.itemKey, r])).values()].map((r) => ({
      key: r.itemKey,
      manufacturer: r.manufacturerKey,
      item_group_id: r.itemGroupId,
      name: r.itemName,
      release_date: r.releaseDate,
      identifier_kind: r.identifierKind,
      model_numbers: r.modelNumbers,
      picture_url: r.pictureUrl,
    }));
    await ctx.db.query(
      `INSERT INTO items (tenant_id, key, manufacturer_id, item_group_id, name, release_date, identifier_kind, model_numbers, picture_url)
       SELECT $1, x.key,
              (SELECT m.id FROM manufacturers m WHERE m.key = x.manufacturer AND (m.tenant_id = $1 OR m.tenant_id IS NULL)
               ORDER BY m.tenant_id NULLS LAST LIMIT 1),
              x.item_group_id, x.name, x.release_date, x.identifier_kind,
              ARRAY(SELECT jsonb_array_elements_text(x.model_numbers)), x.picture_url
       FROM jsonb_to_recordset($2::jsonb) AS x(key text, manufacturer text, item_group_id int, name text, release_date text,
            identifier_kind text, model_numbers jsonb, picture_url text)
       ON CONFLICT ((COALESCE(tenant_id, 0)), key) DO UPDATE SET manufacturer_id = EXCLUDED.manufacturer_id,
         item_group_id = EXCLUDED.item_group_id, name = EXCLUDED.name, release_date = EXCLUDED.release_date,
         identifier_kind = EXCLUDED.identifier_kind, model_numbers = EXCLUDED.model_numbers, picture_url = EXCLUDED.picture_url,
         is_active = true`,
      [ctx.tenant.id, json(items)],
    );
    const variants = rows.map((r) => ({
      key: r.key,
      item: r.itemKey,
      storage_gb: r.storageGb,
      product_name: r.productName,
      product_codes: r.productCodes,
    }));
    const out = await ctx.db.query<{ id: number; key: string; inserted: boolean }>(
      `INSERT INTO variants (tenant_id, key, item_id, storage_gb, product_name, product_name_short, product_codes)
       SELECT $1, x.key, i.id, x.storage_gb, x.product_name, x.product_name, ARRAY(SELECT jsonb_array_elements_text(x.product_codes))
       FROM jsonb_to_recordset($2::jsonb) AS x(key text, item text, storage_gb int, product_name text, product_codes jsonb)
       JOIN items i ON i.tenant_id = $1 AND i.key = x.item
       ON CONFLICT ((COALESCE(tenant_id, 0)), key) DO UPDATE SET item_id = EXCLUDED.item_id, storage_gb = EXCLUDED.storage_gb,
         product_name = EXCLUDED.product_name, product_name_short = EXCLUDED.product_name_short,
         product_codes = EXCLUDED.product_codes, is_active = true
       RETURNING id, key, (xmax = 0) AS inserted`,
      [ctx.tenant.id, json(variants)],
    );
    for (const r of out) {
      ids.set(r.key, r.id);
      if (r.inserted) created++;
    }
    return { ids, created };
  },
  /** Deactivates one of the tenant's own variants (never deletes: quotes may point at it). */
  async deactivateOwnVariant(ctx: Scope, id: number): Promise<boolean> {
    const rows = await ctx.db.query('UPDATE variants SET is_active = false WHERE tenant_id = $1 AND id = $2 AND is_active RETURNING id', [ctx.tenant.id, id]);
    return rows.length > 0;
  },
  async variantsByItemIds(ctx: Scope, itemIds: readonly number[]): Promise<CatalogVariant[]> {
    if (itemIds.length === 0) return [];
    const rows = await ctx.db.query<VariantRow>(`${VISIBLE_VARIANTS_SQL} AND i.id = ANY($2::int[]) ORDER BY v.id`, [ctx.tenant.id, itemIds]);
    return rows.map(mapVariant);
  },
};
