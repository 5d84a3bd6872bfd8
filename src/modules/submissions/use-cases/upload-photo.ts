import type { Ctx } from '../../../platform/context.js';
import type { Photo } from '../../media/index.js';
import { setSubmissionPhotos } from '../photos.js';
import { loadVisible, requireActor, type SubmissionsDeps } from '../shared.js';
import { SubmissionsErrors as E } from '../submissions.errors.js';

/**
 * A customer (or staff) uploads a photo showing one angle of the device. The media module checks
 * it (real image, size and pixel limits, HEIC/JPEG/PNG/WebP), turns it upright, strips EXIF and
 * GPS and thumbnails it. With `submissionId` it is attached to that draft at once.
 */
export async function uploadPhoto(d: SubmissionsDeps, ctx: Ctx, input: { bytes: Buffer; angle: string | null; submissionId?: string | null }): Promise<Photo> {
  requireActor(ctx);
  const sub = input.submissionId ? await loadVisible(ctx, input.submissionId) : null;
  if (sub && sub.ownStatus !== 'draft') throw E.B410001({ status: sub.status, action: 'changed' });
  const photo = await d.media.upload(ctx, { bytes: input.bytes, angle: input.angle });
  if (sub) await setSubmissionPhotos(d, ctx, sub, [photo.id], false);
  return sub ? d.media.get(ctx, photo.id) : photo;
}
