import { withTransaction, type Ctx } from '../../../platform/context.js';
import { setSubmissionPhotos } from '../photos.js';
import { conflict, loadVisible, publishChange, type SubmissionsDeps } from '../shared.js';
import { SubmissionsErrors as E } from '../submissions.errors.js';
import { submissionsRepository as repo, type DraftPatch, type Submission } from '../submissions.repository.js';
import { resolveProduct, type SubmissionInput } from './create-submission.js';

/** The owner changes a draft (any subset; `photos` replaces the list). Other statuses: 409. */
export async function updateSubmission(d: SubmissionsDeps, ctx: Ctx, rawId: string, input: Partial<SubmissionInput>): Promise<Submission> {
  const sub = await loadVisible(ctx, rawId);
  if (sub.customerUserId !== ctx.actor.userId) return conflict(ctx, sub.id, 'updated');
  const patch: DraftPatch = {};
  if (input.productId !== undefined) Object.assign(patch, await resolveProduct(d, ctx, input.productId));
  if (input.serialNumber !== undefined) patch.serialNumber = input.serialNumber?.trim() || null;
  if (input.condition !== undefined) patch.condition = input.condition;
  if (input.description !== undefined) patch.description = input.description;
  if (Object.keys(patch).length === 0 && input.photos === undefined) throw E.B410007();
  return withTransaction(ctx, async (tx) => {
    if (!(await repo.updateDraft(tx, sub.id, patch, tx.clock.now()))) return conflict(tx, sub.id, 'updated');
    if (input.photos !== undefined) await setSubmissionPhotos(d, tx, sub, input.photos, true);
    return publishChange(tx, sub.id, 'submission.updated');
  });
}
