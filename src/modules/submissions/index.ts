/**
 * Submissions: the Upgrade portal of seed 001 — a customer's mail-in case (draft → submitted →
 * offered → accepted → shipped → received → inspected → completed, or declined), its offers
 * with expiry, its photos, the shipping kit, the customer's profile, admin customers and stats.
 *
 * One lifecycle, not two: draft/submitted/offered/declined live on the submission; on acceptance
 * it gets a trade-in device (`registerFromOffer`, source 'upgrade') and its later statuses are
 * read from that device and moved through `tradeins.transitionDevice`.
 *
 * Wiring: `createSubmissionsModule(deps)`, `registerHandlers(outbox)` (completion topic);
 * `setKit(kit)` replaces the printable fallback with the logistics carrier label;
 * `markShipped(ctx, submissionId, 'carrier')` is what the carrier's hand-over event calls.
 */
import type { Ctx } from '../../platform/context.js';
import type { OutboxDispatcher } from '../../platform/outbox/index.js';
import { missingAngles, requiredAngles } from './photos.js';
import { PrintableKit, type MailInKit } from './ports.js';
import type { SubmissionsDeps } from './shared.js';
import type { SeedStatus } from './status.js';
import { createOffer, type CreateOfferInput } from './use-cases/create-offer.js';
import { createSubmission, type SubmissionInput } from './use-cases/create-submission.js';
import { completeSubmission, completionHandler, COMPLETE_TOPIC } from './use-cases/complete-submission.js';
import { getProfile } from './use-cases/get-profile.js';
import { getStats } from './use-cases/get-stats.js';
import { getSubmission, detailOf } from './use-cases/get-submission.js';
import { inspectSubmission, type InspectInput } from './use-cases/inspect-submission.js';
import { listCustomers } from './use-cases/list-customers.js';
import { listSubmissions } from './use-cases/list-submissions.js';
import { readPhoto } from './use-cases/read-photo.js';
import { receiveSubmission } from './use-cases/receive-submission.js';
import { renderKit } from './use-cases/render-kit.js';
import { respondToOffer, type OfferAnswer } from './use-cases/respond-to-offer.js';
import { markShipped, returnLabelUrl, shipSubmission } from './use-cases/ship-submission.js';
import { submitSubmission } from './use-cases/submit-submission.js';
import { updateProfile, type ProfileInput } from './use-cases/update-profile.js';
import { updateSubmission } from './use-cases/update-submission.js';
import { uploadPhoto } from './use-cases/upload-photo.js';

export { SubmissionsErrors } from './submissions.errors.js';
export { SubmissionsSettings } from './submissions.settings.js';
export { SEED_STATUSES, DEVICE_TO_SEED, seedStatus, offerStatusAt, currentOffer, isReturning, type SeedStatus } from './status.js';
export { PrintableKit, type MailInKit, type KitAddress } from './ports.js';
export { offerPublicId, photoPublicId, productPublicId } from './ids.js';
export { COMPLETE_TOPIC } from './use-cases/complete-submission.js';
export type { Submission, Offer, Profile, Condition, PayoutMethod, SubmissionEvent } from './submissions.repository.js';
export type { SubmissionDetail } from './use-cases/get-submission.js';
export type { Suggestion } from './use-cases/suggest-offer.js';
export type { SubmissionInput, CreateOfferInput, OfferAnswer, InspectInput, ProfileInput };
export type { ProfileView } from './use-cases/get-profile.js';
export type { Stats } from './use-cases/get-stats.js';
export type { SubmissionsDeps };

export function createSubmissionsModule(deps: Omit<SubmissionsDeps, 'kit'> & { kit?: MailInKit }) {
  const d: SubmissionsDeps = { ...deps, kit: deps.kit ?? new PrintableKit(deps.publicUrl) };
  return {
    /** Replaces the shipping-kit port (logistics wires its carrier label here). */
    setKit(kit: MailInKit): void {
      d.kit = kit;
    },
    registerHandlers(outbox: Pick<OutboxDispatcher, 'register'>): void {
      outbox.register(COMPLETE_TOPIC, completionHandler(d));
    },
    list: (ctx: Ctx, q: { status?: SeedStatus; limit: number; offset: number }) => listSubmissions(ctx, q),
    create: async (ctx: Ctx, input: SubmissionInput) => detailOf(d, ctx, await createSubmission(d, ctx, input)),
    get: (ctx: Ctx, id: string) => getSubmission(d, ctx, id),
    /** The photo angles a submission needs before it can be submitted, and those still missing. */
    angles: async (ctx: Ctx, id: string) => {
      const detail = await getSubmission(d, ctx, id);
      const key = detail.submission.itemGroupKey;
      return { required: requiredAngles(ctx, key), missing: missingAngles(ctx, key, detail.photos) };
    },
    update: async (ctx: Ctx, id: string, input: Partial<SubmissionInput>) => detailOf(d, ctx, await updateSubmission(d, ctx, id, input)),
    submit: async (ctx: Ctx, id: string) => detailOf(d, ctx, await submitSubmission(d, ctx, id)),
    createOffer: (ctx: Ctx, input: CreateOfferInput) => createOffer(d, ctx, input),
    respondToOffer: (ctx: Ctx, id: string, answer: OfferAnswer) => respondToOffer(d, ctx, id, answer),
    ship: async (ctx: Ctx, id: string, action?: 'kit' | 'shipped' | 'return') => detailOf(d, ctx, await shipSubmission(d, ctx, id, action)),
    markShipped: (ctx: Ctx, submissionId: number, source: 'staff' | 'carrier') => markShipped(d, ctx, submissionId, source),
    receive: async (ctx: Ctx, id: string, note?: string | null) => detailOf(d, ctx, await receiveSubmission(d, ctx, id, note)),
    inspect: async (ctx: Ctx, id: string, input: InspectInput) => detailOf(d, ctx, await inspectSubmission(d, ctx, id, input)),
    complete: (ctx: Ctx, submissionId: number) => completeSubmission(d, ctx, submissionId),
    renderKit: (ctx: Ctx, id: string, kind: 'mail_in' | 'return') => renderKit(d, ctx, id, kind),
    returnLabelUrl: (ctx: Ctx, publicId: string) => returnLabelUrl(d, ctx, publicId),
    uploadPhoto: (ctx: Ctx, input: { bytes: Buffer; angle: string | null; submissionId?: string | null }) => uploadPhoto(d, ctx, input),
    readPhoto: (ctx: Ctx, id: string, size: 'full' | 'thumb') => readPhoto(d, ctx, id, size),
    getProfile: (ctx: Ctx) => getProfile(d, ctx),
    updateProfile: (ctx: Ctx, input: ProfileInput) => updateProfile(d, ctx, input),
    listCustomers: (ctx: Ctx, q: { q?: string | null; limit: number; offset: number }) => listCustomers(ctx, q),
    stats: (ctx: Ctx, period: { from?: Date | null; to?: Date | null }) => getStats(ctx, period),
  };
}

export type SubmissionsModule = ReturnType<typeof createSubmissionsModule>;
