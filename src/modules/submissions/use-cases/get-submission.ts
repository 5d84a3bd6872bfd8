import type { Ctx } from '../../../platform/context.js';
import type { Photo } from '../../media/index.js';
import { PHOTO_OWNER } from '../photos.js';
import { loadVisible, type SubmissionsDeps } from '../shared.js';
import { submissionsRepository as repo, type Offer, type Submission, type SubmissionEvent } from '../submissions.repository.js';
import { suggestOffer, type Suggestion } from './suggest-offer.js';

export interface SubmissionDetail {
  submission: Submission;
  photos: Photo[];
  offers: Offer[];
  /** Seed 001 condition-based suggested offer with its breakdown (null without a valuation). */
  valuation: Suggestion | null;
  history: SubmissionEvent[];
}

/** What the owner or staff see of one submission. */
export async function getSubmission(d: SubmissionsDeps, ctx: Ctx, rawId: string): Promise<SubmissionDetail> {
  return detailOf(d, ctx, await loadVisible(ctx, rawId));
}

export async function detailOf(d: SubmissionsDeps, ctx: Ctx, submission: Submission): Promise<SubmissionDetail> {
  const [photos, offers, valuation, history] = await Promise.all([
    d.media.listByOwner(ctx, PHOTO_OWNER, submission.publicId),
    repo.offersOf(ctx, submission.id),
    suggestOffer(d, ctx, submission),
    repo.events(ctx, submission.id),
  ]);
  return { submission, photos, offers, valuation, history };
}
