import { z } from 'zod';
import type { CacheBus } from '../../platform/cache/index.js';
import type { Ctx } from '../../platform/context.js';
import { defineSettingsSection } from '../../platform/settings.js';
import type { CatalogVariant, ItemGroup, WorkingPriceSource } from './catalog.types.js';

/**
 * Catalog settings of a tenant (`settings.catalog`): what the product tree (seed 003 §2,
 * `itemgroups` → `manufacturers?ItemGroupId=` → `models?ItemGroupId=&ManufacturerId=`) shows.
 */
export const CatalogSettings = defineSettingsSection(
  'catalog',
  z
    .object({
      tree: z
        .object({
          /** Manufacturers (key like "apple", or id) the tenant does not trade: left out of `manufacturers`. */
          hiddenManufacturers: z
            .array(z.union([z.string().min(1).max(100), z.number().int().positive()]))
            .max(5000)
            .default([]),
          /** List only manufacturers with at least one priced model (hides the long tail). */
          onlyPriced: z.boolean().default(false),
          /** A model released within this many years counts as recent (relevance tier 1). */
          recentYears: z.number().int().min(1).max(30).default(3),
        })
        .strict()
        .prefault({}),
    })
    .strict(),
);

/** One manufacturer of a tree level, with why it sits where it does. */
export interface TreeManufacturer {
  id: number;
  name: string;
  /** 0 = has recent priced models, 1 = has priced models, 2 = the long tail (no price). */
  tier: 0 | 1 | 2;
  recentPricedModels: number;
  pricedModels: number;
  newestRelease: string | null;
}

/** A tenant's product tree, built once from the in-memory catalog view and prices. */
export interface ProductTree {
  itemGroups: ItemGroup[];
  /** By item group id; key 0 = all groups. */
  manufacturers: Map<number, TreeManufacturer[]>;
}

interface Agg {
  id: number;
  name: string;
  models: Set<number>;
  priced: Set<number>;
  recentPriced: Set<number>;
  newest: string | null;
}

/**
 * Relevance order: manufacturers with recent priced models first (most such model families
 * first), then those with older priced models (newest first), then the long tail by name.
 * Pure; `prices` says which variants have a price.
 */
export function rankManufacturers(
  variants: readonly CatalogVariant[],
  priced: (variantId: number) => boolean,
  recentSince: string,
): Map<number, TreeManufacturer[]> {
  const byGroup = new Map<number, Map<number, Agg>>();
  const add = (groupId: number, v: CatalogVariant, hasPrice: boolean) => {
    let group = byGroup.get(groupId);
    if (!group) byGroup.set(groupId, (group = new Map()));
    let a = group.get(v.manufacturerId);
    if (!a)
      group.set(
        v.manufacturerId,
        (a = { id: v.manufacturerId, name: v.manufacturerName, models: new Set(), priced: new Set(), recentPriced: new Set(), newest: null }),
      );
    a.models.add(v.itemId);
    if (!hasPrice) return;
    a.priced.add(v.itemId);
    const release = v.releaseDate ?? '';
    if (release && release >= recentSince) a.recentPriced.add(v.itemId);
    if (release && (a.newest === null || release > a.newest)) a.newest = release;
  };
  for (const v of variants) {
    const hasPrice = priced(v.id);
    add(v.itemGroupId, v, hasPrice);
    add(0, v, hasPrice);
  }
  const out = new Map<number, TreeManufacturer[]>();
  for (const [groupId, group] of byGroup) {
    const list: TreeManufacturer[] = [...group.values()].map((a) => ({
      id: a.id,
      name: a.name,
      tier: a.recentPriced.size > 0 ? 0 : a.priced.size > 0 ? 1 : 2,
      recentPricedModels: a.recentPriced.size,
      pricedModels: a.priced.size,
      newestRelease: a.newest,
    }));
    const byName = (x: TreeManufacturer, y: TreeManufacturer) => x.name.localeCompare(y.name, 'en', { sensitivity: 'base' }) || x.id - y.id;
    list.sort((x, y) => {
      if (x.tier !== y.tier) return x.tier - y.tier;
      if (x.tier === 0 && x.recentPricedModels !== y.recentPricedModels) return y.recentPricedModels - x.recentPricedModels;
      if (x.tier !== 2 && x.newestRelease !== y.newestRelease) return (y.newestRelease ?? '') < (x.newestRelease ?? '') ? -1 : 1;
      return byName(x, y);
    });
    out.set(groupId, list);
  }
  return out;
}

/**
 * Per-process cache of each tenant's product tree. Dropped when the tenant's catalog (`catalog`
 * scope) or prices (`pricing.prices`, the scope pricing invalidates) change in any process, and
 * rebuilt when the tenant's catalog settings change.
 */
export class ProductTreeCache {
  private readonly trees = new Map<number, { settings: unknown; tree: Promise<ProductTree> }>();

  constructor(bus: CacheBus | undefined) {
    const drop = (tenantId: number | null) => (tenantId === null ? this.trees.clear() : this.trees.delete(tenantId));
    bus?.on('catalog', drop);
    // Pricing's cache scope (catalog must not import pricing; the name is the contract).
    bus?.on('pricing.prices', drop);
  }

  invalidate(tenantId: number | null): void {
    if (tenantId === null) this.trees.clear();
    else this.trees.delete(tenantId);
  }

  get(ctx: Ctx, build: () => Promise<ProductTree>): Promise<ProductTree> {
    // The tenant record is replaced when its settings change, so identity says "changed".
    const settings = ctx.tenant.settings.catalog;
    const hit = this.trees.get(ctx.tenant.id);
    if (hit && hit.settings === settings) return hit.tree;
    const tree = build();
    this.trees.set(ctx.tenant.id, { settings, tree });
    tree.catch(() => {
      if (this.trees.get(ctx.tenant.id)?.tree === tree) this.trees.delete(ctx.tenant.id);
    });
    return tree;
  }
}

/** Builds a tenant's tree from its visible variants, item groups, prices and settings. */
export async function buildProductTree(
  ctx: Ctx,
  input: { itemGroups: ItemGroup[]; variants: CatalogVariant[]; prices: WorkingPriceSource | null },
): Promise<ProductTree> {
  const settings = CatalogSettings.read(ctx.tenant).tree;
  const prices = input.prices
    ? await input.prices.workingPrices(
        ctx.tenant,
        input.variants.map((v) => v.id),
      )
    : new Map<number, number>();
  const now = ctx.clock.now();
  const since = new Date(Date.UTC(now.getUTCFullYear() - settings.recentYears, now.getUTCMonth(), now.getUTCDate())).toISOString().slice(0, 10);
  const hidden = new Set(settings.hiddenManufacturers.map((h) => String(h).toLowerCase()));
  const visible =
    hidden.size === 0 ? input.variants : input.variants.filter((v) => !hidden.has(v.manufacturerKey.toLowerCase()) && !hidden.has(String(v.manufacturerId)));
  const ranked = rankManufacturers(visible, (id) => prices.has(id), since);
  if (settings.onlyPriced)
    for (const [g, list] of ranked)
      ranked.set(
        g,
        list.filter((m) => m.tier < 2),
      );
  return { itemGroups: input.itemGroups, manufacturers: ranked };
}
