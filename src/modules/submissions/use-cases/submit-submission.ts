import { withTransaction, type Ctx } from '../../../platform/context.js';
import { missingAngles, PHOTO_OWNER } from '../photos.js';
import { conflict, loadVisible, recordChange, type SubmissionsDeps } from '../shared.js';
import { SubmissionsErrors as E } from '../submissions.errors.js';
import { submissionsRepository as repo, type Submission } from '../submissions.repository.js';

/**
 * The owner submits a draft for review (draft → submitted). Needs a serial number and a photo of
 * every angle the tenant requires for the item group (B410002 names the missing ones).
 */
export async function submitSubmission(d: SubmissionsDeps, ctx: Ctx, rawId: string): Promise<Submission> {
  const sub = await loadVisible(ctx, rawId);
  if (sub.customerUserId !== ctx.actor.userId || sub.ownStatus !== 'draft') return conflict(ctx, sub.id, 'submitted');
  if (!sub.serialNumber) throw E.B410005();
  const missing = missingAngles(ctx, sub.itemGroupKey, await d.media.listByOwner(ctx, PHOTO_OWNER, sub.publicId));
  if (missing.length) throw E.B410002({ angles: missing.join(', ') });
  return withTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    if (!(await repo.setStatus(tx, sub.id, ['draft'], 'submitted', now, { submittedAt: now }))) return conflict(tx, sub.id, 'submitted');
    return recordChange(d, tx, sub.id, 'submitted', { email: 'submitted' });
  });
}
