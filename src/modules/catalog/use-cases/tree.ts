import type { Ctx } from '../../../platform/context.js';
import { catalogRepository } from '../catalog.repository.js';
import type { ItemGroup } from '../catalog.types.js';
import { buildProductTree, type TreeManufacturer } from '../product-tree.js';
import { ALL, type CatalogEnv } from './env.js';

const EMPTY: TreeManufacturer[] = [];

/** The tenant's product tree (seed 003 §2), from memory once built; see `product-tree.ts`. */
function productTree(env: CatalogEnv, ctx: Ctx) {
  return env.tree.get(ctx, async () => {
    const [itemGroups, view] = await Promise.all([catalogRepository.itemGroups(ctx), env.index.view(ctx)]);
    return buildProductTree(ctx, { itemGroups, variants: view.browse({ limit: ALL }), prices: env.priceSource });
  });
}

/** Item groups the tenant trades (not excluded), by sort order; from memory. */
export async function listItemGroups(env: CatalogEnv, ctx: Ctx): Promise<ItemGroup[]> {
  return (await productTree(env, ctx)).itemGroups;
}

/**
 * Manufacturers with models the tenant trades (of one item group, or all), by relevance:
 * recent priced models first, then older priced ones, then the long tail; without the ones
 * `settings.catalog.tree` hides. From memory (the same array until the tree changes).
 */
export async function listManufacturers(env: CatalogEnv, ctx: Ctx, itemGroupId?: number): Promise<TreeManufacturer[]> {
  return (await productTree(env, ctx)).manufacturers.get(itemGroupId ?? 0) ?? EMPTY;
}
