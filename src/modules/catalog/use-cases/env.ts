import type { CacheBus } from '../../../platform/cache/index.js';
import type { Ctx } from '../../../platform/context.js';
import type { CatalogIndexCache } from '../catalog-index.js';
import type { LearnedTacSource, WorkingPriceSource } from '../catalog.types.js';
import type { ProductTreeCache } from '../product-tree.js';

/** "No limit" for the in-memory views (browsing everything, every variant of a TAC). */
export const ALL = Number.MAX_SAFE_INTEGER;

/** What the use cases receive besides `(ctx, input)`: the in-memory caches and the wired sources. */
export interface CatalogEnv {
  readonly index: CatalogIndexCache;
  readonly tree: ProductTreeCache;
  readonly cache: CacheBus | undefined;
  /** Wired after start (pricing registers itself; catalog must not import pricing). */
  priceSource: WorkingPriceSource | null;
  /** Wired after start (the facility's learned TAC map; catalog never imports facility). */
  learnedSource: LearnedTacSource | null;
}

/** Drops this process's index for the tenant now and every other process's on commit. */
export async function invalidate(env: CatalogEnv, tx: Ctx, tenantId: number): Promise<void> {
  if (env.cache) await env.cache.invalidate(tx.db, 'catalog', tenantId);
  else {
    env.index.invalidate(tenantId);
    env.tree.invalidate(tenantId);
  }
}
