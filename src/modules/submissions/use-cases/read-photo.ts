import type { Ctx } from '../../../platform/context.js';
import { MediaErrors, type Photo } from '../../media/index.js';
import { parseUuidId, parseSubmissionId } from '../ids.js';
import { canSeePhoto, PHOTO_OWNER } from '../photos.js';
import { requireActor, type SubmissionsDeps } from '../shared.js';
import { submissionsRepository as repo } from '../submissions.repository.js';

/** A photo's bytes for its uploader, the owner of its submission, or staff; N450001 for anyone else. */
export async function readPhoto(d: SubmissionsDeps, ctx: Ctx, rawId: string, size: 'full' | 'thumb'): Promise<{ photo: Photo; bytes: Buffer }> {
  requireActor(ctx);
  const id = parseUuidId(rawId, 'photo_');
  if (!id) throw MediaErrors.N450001();
  const photo = await d.media.get(ctx, id);
  let owner: number | null = null;
  if (photo.ownerKind === PHOTO_OWNER && photo.ownerRef) {
    const subId = parseSubmissionId(photo.ownerRef);
    owner = subId ? ((await repo.findByPublicId(ctx, subId))?.customerUserId ?? null) : null;
  }
  if (!canSeePhoto(ctx, photo, owner)) throw MediaErrors.N450001();
  return d.media.read(ctx, id, size);
}
