import type { Ctx } from '../../platform/context.js';
import { MediaErrors, type Photo } from '../media/index.js';
import { parseUuidId } from './ids.js';
import { isStaff, type SubmissionsDeps } from './shared.js';
import { SubmissionsErrors as E } from './submissions.errors.js';
import { SubmissionsSettings } from './submissions.settings.js';
import type { Submission } from './submissions.repository.js';

export const PHOTO_OWNER = 'submission';

/** A customer sees the photos they uploaded and those of their submissions; staff see the tenant's. */
export function canSeePhoto(ctx: Ctx, photo: Photo, ownerOfSubmission: number | null): boolean {
  if (isStaff(ctx)) return true;
  const me = ctx.actor.userId;
  return me !== undefined && (photo.uploadedBy === me || ownerOfSubmission === me);
}

/**
 * Makes `rawIds` the photos of a submission: each must be one the caller uploaded (or staff's),
 * not attached elsewhere; another customer's photo answers N450001 like an unknown one. Photos
 * left out of the list are detached.
 */
export async function setSubmissionPhotos(d: SubmissionsDeps, ctx: Ctx, sub: Pick<Submission, 'publicId'>, rawIds: string[], replace: boolean): Promise<void> {
  const ids = [...new Set(rawIds.map((raw) => parseUuidId(raw, 'photo_') ?? raw))];
  const max = SubmissionsSettings.read(ctx.tenant).maxPhotos;
  const found = await d.media.findMany(
    ctx,
    ids.filter((id) => parseUuidId(id, 'photo_')),
  );
  const byId = new Map(found.map((p) => [p.id, p]));
  for (const raw of ids) {
    const p = byId.get(raw);
    const mine = p && (isStaff(ctx) || p.uploadedBy === ctx.actor.userId);
    const free = p && (p.ownerKind === null || (p.ownerKind === PHOTO_OWNER && p.ownerRef === sub.publicId));
    if (!p || !mine || !free) throw MediaErrors.N450001();
  }
  const current = await d.media.listByOwner(ctx, PHOTO_OWNER, sub.publicId);
  const keep = replace ? ids : [...new Set([...current.map((p) => p.id), ...ids])];
  if (keep.length > max) throw E.B410008({ max });
  if (replace) {
    const drop = current.filter((p) => !ids.includes(p.id)).map((p) => p.id);
    if (drop.length) await d.media.detach(ctx, drop, PHOTO_OWNER, sub.publicId);
  }
  if (ids.length) await d.media.attach(ctx, ids, PHOTO_OWNER, sub.publicId);
}

/** The photo angles the tenant requires for the item group (`settings.submissions.requiredAngles`). */
export function requiredAngles(ctx: Ctx, itemGroupKey: string | null): string[] {
  const rules = SubmissionsSettings.read(ctx.tenant).requiredAngles;
  return (itemGroupKey && rules[itemGroupKey]) || rules.default || [];
}

/** The angles the tenant requires for the item group that have no photo yet. */
export function missingAngles(ctx: Ctx, itemGroupKey: string | null, photos: Photo[]): string[] {
  const required = requiredAngles(ctx, itemGroupKey);
  const have = new Set(photos.map((p) => p.angle));
  return required.filter((a) => !have.has(a));
}
