import type { Ctx } from '../../../platform/context.js';
import { catalogIndexRepository, catalogRepository } from '../catalog.repository.js';
import type { CatalogVariant } from '../catalog.types.js';
import { compareStable } from '../search/stable-order.js';
import { variantsByIds } from '../variant-lookup.js';
import { ALL, type CatalogEnv } from './env.js';

/** A variant the tenant trades (reference or own, not excluded), or null. */
export function getVariant(ctx: Ctx, id: number): Promise<CatalogVariant | null> {
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) return Promise.resolve(null);
  return catalogRepository.variantById(ctx, id);
}

export function getVariants(env: CatalogEnv, ctx: Ctx, ids: readonly number[]): Promise<Map<number, CatalogVariant>> {
  return variantsByIds(env.index, ctx, ids);
}

export function allVariants(ctx: Ctx): Promise<CatalogVariant[]> {
  return catalogRepository.allVariants(ctx);
}

/** Active variants the tenant trades of the model families a TAC (first 8 IMEI digits) belongs to. */
export async function variantsForTac(env: CatalogEnv, ctx: Ctx, tac: string): Promise<CatalogVariant[]> {
  if (!/^\d{8}$/.test(tac)) return [];
  // Inside a transaction (PGlite has one connection) never wait for an index load that
  // another request may be running on the root handle: ask the database directly.
  if (ctx.db.inTransaction && !env.index.isReady(ctx.tenant.id)) {
    const learnedIds = env.learnedSource ? (await env.learnedSource.learnedTacs(ctx)).filter((x) => x.tac === tac).map((x) => x.variantId) : [];
    const learnedItems = [...new Set((await catalogRepository.variantsByIds(ctx, learnedIds)).map((v) => v.itemId))];
    const refItems = (await catalogRepository.itemIdsForTac(ctx, tac)).filter((id) => !learnedItems.includes(id));
    const active = async (items: number[]) =>
      items.length ? (await catalogIndexRepository.variantsByItemIds(ctx, items)).filter((v) => v.isActive).sort(compareStable) : [];
    return [...(await active(learnedItems)), ...(await active(refItems))];
  }
  const view = await env.index.view(ctx);
  return view.variantsForTac(tac, { limit: ALL }) ?? [];
}
