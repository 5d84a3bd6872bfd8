import { withTransaction, type Ctx } from '../../../platform/context.js';
import { CatalogErrors } from '../catalog.errors.js';
import { catalogIndexRepository, catalogRepository } from '../catalog.repository.js';
import type { CatalogVariant } from '../catalog.types.js';
import { invalidate, type CatalogEnv } from './env.js';
import { importProducts } from './import-products.js';

/** The tenant's own active products. */
export function listOwnProducts(ctx: Ctx): Promise<CatalogVariant[]> {
  return catalogIndexRepository.ownVariants(ctx);
}

/**
 * Creates or updates one tenant product (by key).
 * @throws B020003 when the row is not valid (reason in the message).
 */
export async function upsertProduct(
  env: CatalogEnv,
  ctx: Ctx,
  row: unknown,
): Promise<{ variant: CatalogVariant; created: boolean; priceMinor: number | null }> {
  const result = await importProducts(env, ctx, [{ line: 1, data: row }]);
  if (result.errors.length > 0) throw CatalogErrors.B020003({ reason: result.errors[0].reason });
  const id = [...result.ids.values()][0];
  const variant = (await catalogRepository.variantById(ctx, id))!;
  return { variant, created: result.created === 1, priceMinor: result.prices[0]?.amountMinor ?? null };
}

/** @throws N020004 when the variant is not one of the tenant's own active products. */
export async function removeProduct(env: CatalogEnv, ctx: Ctx, variantId: number): Promise<void> {
  await withTransaction(ctx, async (tx) => {
    if (!(await catalogIndexRepository.deactivateOwnVariant(tx, variantId))) throw CatalogErrors.N020004({ id: variantId });
    await invalidate(env, tx, ctx.tenant.id);
  });
}
