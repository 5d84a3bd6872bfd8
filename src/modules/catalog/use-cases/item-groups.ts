import { withTransaction, type Ctx } from '../../../platform/context.js';
import { CatalogErrors } from '../catalog.errors.js';
import { catalogIndexRepository } from '../catalog.repository.js';
import { ItemGroupInput } from '../catalog.schemas.js';
import type { ItemGroup } from '../catalog.types.js';
import { invalidate, type CatalogEnv } from './env.js';

/** Every item group the tenant may use (reference and own), exclusions ignored. */
export function listAllItemGroups(ctx: Ctx): Promise<ItemGroup[]> {
  return catalogIndexRepository.allItemGroups(ctx);
}

/**
 * Adds a tenant item group ("any product a programme trades": consoles, cameras…).
 * @throws C020001 when the key is taken (by a reference group or the tenant's own).
 */
export async function createItemGroup(env: CatalogEnv, ctx: Ctx, input: ItemGroupInput): Promise<ItemGroup> {
  const data = ItemGroupInput.parse(input);
  return withTransaction(ctx, async (tx) => {
    const existing = await catalogIndexRepository.allItemGroups(tx);
    if (existing.some((g) => g.key === data.key)) throw CatalogErrors.C020001({ key: data.key });
    const maxOrder = Math.max(0, ...existing.map((g) => g.sortOrder));
    const group = await catalogIndexRepository.createItemGroup(tx, {
      key: data.key,
      name: data.name,
      names: { en: data.name, ...data.names },
      sortOrder: maxOrder + 10,
    });
    if (!group) throw CatalogErrors.C020001({ key: data.key });
    await invalidate(env, tx, ctx.tenant.id);
    return group;
  });
}
