import type { Ctx } from '../../platform/context.js';
import type { CatalogIndexCache } from './catalog-index.js';
import { catalogRepository } from './catalog.repository.js';
import type { CatalogVariant } from './catalog.types.js';

/**
 * Visible variants by id: from the tenant's in-memory view when it is built (registration looks
 * up the variants of its quotes on every request), the rest — inactive variants, or all of them
 * before the view exists — from the database. The variants from memory are shared: read them only.
 */
export async function variantsByIds(index: CatalogIndexCache, ctx: Ctx, ids: readonly number[]): Promise<Map<number, CatalogVariant>> {
  const valid = ids.filter((id) => Number.isInteger(id) && id > 0 && id <= 2_147_483_647);
  const out = new Map<number, CatalogVariant>();
  const ready = index.readyView(ctx.tenant.id);
  const view = ready ? await ready : null;
  const missing: number[] = [];
  for (const id of valid) {
    const v = view?.variant(id);
    if (v) out.set(id, v);
    else missing.push(id);
  }
  if (missing.length > 0) for (const v of await catalogRepository.variantsByIds(ctx, missing)) out.set(v.id, v);
  return out;
}
