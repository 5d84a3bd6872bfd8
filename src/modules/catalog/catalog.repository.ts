import type { Ctx } from '../../platform/context.js';
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

/** Variants visible to a tenant: shared reference rows plus its own, minus its exclusions. */
export const VISIBLE_VARIANTS_SQL = `
  SELECT v.id, v.tenant_id, v.key, v.item_id, i.key AS item_key, i.name AS item_name, v.product_name, v.product_name_short,
         v.product_codes, v.storage_gb, i.item_group_id, g.key AS item_group_key, i.manufacturer_id,
         m.key AS manufacturer_key, m.name AS manufacturer_name, i.release_date, i.identifier_kind,
         COALESCE(v.picture_url, i.picture_url) AS picture_url, i.launch_price_usd, i.launch_price_eur, i.base_storage_gb,
         i.model_numbers, i.aliases, (v.is_active AND i.is_active) AS is_active
  FROM variants v
  JOIN items i ON i.id = v.item_id
  JOIN item_groups g ON g.id = i.item_group_id
  JOIN manufacturers m ON m.id = i.manufacturer_id
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
