import type { Ctx } from '../../platform/context.js';
import { catalogRepository } from './catalog.repository.js';
import type { CatalogVariant, ItemGroup, Manufacturer, WorkingPriceSource } from './catalog.types.js';

/** Catalog lookups other modules rely on. Search, identification and import live beside it. */
export class CatalogService {
  private priceSource: WorkingPriceSource | null = null;

  /** Pricing registers itself here at wiring time (catalog must not import pricing). */
  setWorkingPriceSource(source: WorkingPriceSource): void {
    this.priceSource = source;
  }

  get workingPriceSource(): WorkingPriceSource | null {
    return this.priceSource;
  }

  /** A variant the tenant trades (reference or own, not excluded), or null. */
  getVariant(ctx: Ctx, id: number): Promise<CatalogVariant | null> {
    if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) return Promise.resolve(null);
    return catalogRepository.variantById(ctx, id);
  }

  async getVariants(ctx: Ctx, ids: readonly number[]): Promise<Map<number, CatalogVariant>> {
    const list = await catalogRepository.variantsByIds(ctx, ids.filter((id) => Number.isInteger(id) && id > 0 && id <= 2_147_483_647));
    return new Map(list.map((v) => [v.id, v]));
  }

  allVariants(ctx: Ctx): Promise<CatalogVariant[]> {
    return catalogRepository.allVariants(ctx);
  }

  listItemGroups(ctx: Ctx): Promise<ItemGroup[]> {
    return catalogRepository.itemGroups(ctx);
  }

  listManufacturers(ctx: Ctx, itemGroupId?: number): Promise<Manufacturer[]> {
    return catalogRepository.manufacturers(ctx, itemGroupId);
  }

  /** Variants of the model families a TAC (first 8 IMEI digits) belongs to. */
  async variantsForTac(ctx: Ctx, tac: string): Promise<CatalogVariant[]> {
    const itemIds = await catalogRepository.itemIdsForTac(ctx, tac);
    if (itemIds.length === 0) return [];
    const all = await catalogRepository.allVariants(ctx);
    const set = new Set(itemIds);
    return all.filter((v) => set.has(v.itemId));
  }
}
