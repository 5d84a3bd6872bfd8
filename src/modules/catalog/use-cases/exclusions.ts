import { withTransaction, type Ctx } from '../../../platform/context.js';
import { CatalogErrors } from '../catalog.errors.js';
import { catalogIndexRepository, type ExclusionRecord } from '../catalog.repository.js';
import { ExclusionInput } from '../catalog.schemas.js';
import { invalidate, type CatalogEnv } from './env.js';

export function listExclusions(ctx: Ctx): Promise<ExclusionRecord[]> {
  return catalogIndexRepository.exclusions(ctx);
}

/**
 * Stops the tenant trading a whole item group, a manufacturer, a model family or one variant
 * (idempotent).
 * @throws N020001–N020004 when the target does not exist for the tenant.
 */
export async function addExclusion(env: CatalogEnv, ctx: Ctx, input: ExclusionInput): Promise<ExclusionRecord> {
  const { kind, id } = ExclusionInput.parse(input);
  return withTransaction(ctx, async (tx) => {
    if (!(await catalogIndexRepository.targetExists(tx, kind, id))) {
      throw { item_group: CatalogErrors.N020001, manufacturer: CatalogErrors.N020002, item: CatalogErrors.N020003, variant: CatalogErrors.N020004 }[kind]({
        id,
      });
    }
    const record = await catalogIndexRepository.addExclusion(tx, kind, id);
    await invalidate(env, tx, ctx.tenant.id);
    return record;
  });
}

/** @throws N020005 when the exclusion does not exist for the tenant. */
export async function removeExclusion(env: CatalogEnv, ctx: Ctx, exclusionId: number): Promise<void> {
  await withTransaction(ctx, async (tx) => {
    if (!(await catalogIndexRepository.removeExclusion(tx, exclusionId))) throw CatalogErrors.N020005({ id: exclusionId });
    await invalidate(env, tx, ctx.tenant.id);
  });
}
