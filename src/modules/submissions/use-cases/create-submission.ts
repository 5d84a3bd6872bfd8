import { withTransaction, type Ctx } from '../../../platform/context.js';
import { newSubmissionId, parseProductId } from '../ids.js';
import { setSubmissionPhotos } from '../photos.js';
import { recordChange, requireActor, type SubmissionsDeps } from '../shared.js';
import { SubmissionsErrors as E } from '../submissions.errors.js';
import { submissionsRepository as repo, type Condition, type Submission } from '../submissions.repository.js';

export interface SubmissionInput {
  productId: string | number;
  serialNumber?: string | null;
  condition: Condition;
  description?: string | null;
  photos?: string[];
}

/** The catalog variant or tenant product `product_id` names (N410003 when none). */
export async function resolveProduct(
  d: SubmissionsDeps,
  ctx: Ctx,
  productId: string | number,
): Promise<{ variantId: number; productName: string; itemGroupKey: string | null }> {
  const id = parseProductId(productId);
  const variant = id ? (await d.catalog.getVariants(ctx, [id])).get(id) : undefined;
  if (!variant) throw E.N410003({ id: String(productId) });
  return { variantId: variant.id, productName: variant.productName, itemGroupKey: variant.itemGroupKey };
}

/** A customer starts a submission (status draft) with its photos. */
export async function createSubmission(d: SubmissionsDeps, ctx: Ctx, input: SubmissionInput): Promise<Submission> {
  const userId = requireActor(ctx);
  const product = await resolveProduct(d, ctx, input.productId);
  const now = ctx.clock.now();
  const publicId = newSubmissionId();
  return withTransaction(ctx, async (tx) => {
    const id = await repo.insert(
      tx,
      {
        publicId,
        customerUserId: userId,
        ...product,
        serialNumber: input.serialNumber?.trim() || null,
        condition: input.condition,
        description: input.description ?? null,
        currency: ctx.tenant.currency,
      },
      now,
    );
    if (input.photos?.length) await setSubmissionPhotos(d, tx, { publicId }, input.photos, true);
    return recordChange(d, tx, id, 'draft', { event: 'submission.created' });
  });
}
