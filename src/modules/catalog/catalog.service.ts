import type { CacheBus } from '../../platform/cache/index.js';
import type { Ctx } from '../../platform/context.js';
import type { Db } from '../../platform/db/index.js';
import { CatalogIndexCache } from './catalog-index.js';
import type { ExclusionRecord } from './catalog.repository.js';
import type { ExclusionInput, ItemGroupInput } from './catalog.schemas.js';
import type { CatalogVariant, ItemGroup, LearnedTacSource, WorkingPriceSource } from './catalog.types.js';
import { ProductTreeCache, type TreeManufacturer } from './product-tree.js';
import { invalidate, type CatalogEnv } from './use-cases/env.js';
import { addExclusion, listExclusions, removeExclusion } from './use-cases/exclusions.js';
import { exportRows, type ExportRow } from './use-cases/export-rows.js';
import { importProducts, type ImportResult, type ImportRow } from './use-cases/import-products.js';
import { createItemGroup, listAllItemGroups } from './use-cases/item-groups.js';
import { allVariants, getVariant, getVariants, variantsForTac } from './use-cases/lookups.js';
import { listOwnProducts, removeProduct, upsertProduct } from './use-cases/own-products.js';
import { searchModels, type ModelSearchInput, type ModelSearchResult } from './use-cases/search-models.js';
import { listItemGroups, listManufacturers } from './use-cases/tree.js';

/**
 * The catalog's public face: one method per use case (`use-cases/*.ts`) — lookups other modules
 * rely on, model search and identification (IMEI/TAC, Apple serials) from an in-memory index,
 * tenant exclusions, item groups and own products, import and export — plus the wiring of the
 * sources other modules provide (working prices, learned TACs).
 */
export class CatalogService {
  private readonly env: CatalogEnv;

  constructor(deps: { db?: Db; cache?: CacheBus } = {}) {
    this.env = {
      index: new CatalogIndexCache(deps.cache),
      tree: new ProductTreeCache(deps.cache),
      cache: deps.cache,
      priceSource: null,
      learnedSource: null,
    };
  }

  /** Pricing registers itself here at wiring time (catalog must not import pricing). */
  setWorkingPriceSource(source: WorkingPriceSource): void {
    this.env.priceSource = source;
  }

  get workingPriceSource(): WorkingPriceSource | null {
    return this.env.priceSource;
  }

  /** The facility registers the tenants' learned TAC map here at wiring time (catalog never imports it). */
  setLearnedTacSource(source: LearnedTacSource): void {
    this.env.learnedSource = source;
    this.env.index.setLearnedTacSource(source);
  }

  /** A learned TAC was added for the tenant: its search view is rebuilt (every process, on commit). */
  learnedTacsChanged(tx: Ctx): Promise<void> {
    return invalidate(this.env, tx, tx.tenant.id);
  }

  // ---------------------------------------------------------------- lookups (`use-cases/lookups.ts`, `tree.ts`)

  /** A variant the tenant trades (reference or own, not excluded), or null. */
  getVariant(ctx: Ctx, id: number): Promise<CatalogVariant | null> {
    return getVariant(ctx, id);
  }

  getVariants(ctx: Ctx, ids: readonly number[]): Promise<Map<number, CatalogVariant>> {
    return getVariants(this.env, ctx, ids);
  }

  allVariants(ctx: Ctx): Promise<CatalogVariant[]> {
    return allVariants(ctx);
  }

  /** Item groups the tenant trades (not excluded), by sort order; from memory. */
  listItemGroups(ctx: Ctx): Promise<ItemGroup[]> {
    return listItemGroups(this.env, ctx);
  }

  /** Manufacturers with models the tenant trades (of one item group, or all), by relevance; from memory. */
  listManufacturers(ctx: Ctx, itemGroupId?: number): Promise<TreeManufacturer[]> {
    return listManufacturers(this.env, ctx, itemGroupId);
  }

  /** Active variants the tenant trades of the model families a TAC (first 8 IMEI digits) belongs to. */
  variantsForTac(ctx: Ctx, tac: string): Promise<CatalogVariant[]> {
    return variantsForTac(this.env, ctx, tac);
  }

  /**
   * Seed 003 §2 model search (`use-cases/search-models.ts`): browse, IMEI, Apple serial or text.
   * @throws B020001 term shorter than 3 characters; B020002 IMEI with a wrong check digit.
   */
  searchModels(ctx: Ctx, input: ModelSearchInput): Promise<ModelSearchResult> {
    return searchModels(this.env, ctx, input);
  }

  // ---------------------------------------------------------------- tenant control

  listExclusions(ctx: Ctx): Promise<ExclusionRecord[]> {
    return listExclusions(ctx);
  }

  /** @throws N020001–N020004 when the target does not exist for the tenant. */
  addExclusion(ctx: Ctx, input: ExclusionInput): Promise<ExclusionRecord> {
    return addExclusion(this.env, ctx, input);
  }

  /** @throws N020005 when the exclusion does not exist for the tenant. */
  removeExclusion(ctx: Ctx, exclusionId: number): Promise<void> {
    return removeExclusion(this.env, ctx, exclusionId);
  }

  /** Every item group the tenant may use (reference and own), exclusions ignored. */
  listAllItemGroups(ctx: Ctx): Promise<ItemGroup[]> {
    return listAllItemGroups(ctx);
  }

  /** @throws C020001 when the key is taken (by a reference group or the tenant's own). */
  createItemGroup(ctx: Ctx, input: ItemGroupInput): Promise<ItemGroup> {
    return createItemGroup(this.env, ctx, input);
  }

  /** The tenant's own active products. */
  listOwnProducts(ctx: Ctx): Promise<CatalogVariant[]> {
    return listOwnProducts(ctx);
  }

  /** @throws B020003 when the row is not valid (reason in the message). */
  upsertProduct(ctx: Ctx, row: unknown): Promise<{ variant: CatalogVariant; created: boolean; priceMinor: number | null }> {
    return upsertProduct(this.env, ctx, row);
  }

  /** Imports tenant products (`use-cases/import-products.ts`); prices are returned, not stored. */
  importProducts(ctx: Ctx, rows: ImportRow[], options: { onProgress?: (done: number, total: number) => void } = {}): Promise<ImportResult> {
    return importProducts(this.env, ctx, rows, options);
  }

  /** @throws N020004 when the variant is not one of the tenant's own active products. */
  removeProduct(ctx: Ctx, variantId: number): Promise<void> {
    return removeProduct(this.env, ctx, variantId);
  }

  /** Everything the tenant trades (reference minus exclusions, plus own products), in stable order. */
  exportRows(ctx: Ctx): Promise<ExportRow[]> {
    return exportRows(this.env, ctx);
  }
}
