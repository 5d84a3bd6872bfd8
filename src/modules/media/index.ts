/**
 * Media: photos that prove a device's condition (facility inspection, Upgrade submissions,
 * damaged packages). Upload = validate (real image, size and pixel limits), turn upright,
 * re-encode as JPEG without EXIF/GPS, thumbnail, store through the `ObjectStorage` port.
 *
 * Public face: `upload(ctx, {bytes, angle, owner})`, `get`, `read(ctx, id, 'full'|'thumb')`,
 * `findMany`, `listByOwner`, `attach`. Access rules (owner vs staff) belong to the caller.
 */
import type { ObjectStorage } from '../../platform/storage/index.js';
import { MediaService } from './media.service.js';

export { MediaErrors } from './media.errors.js';
export { MediaService, type UploadPhotoInput } from './media.service.js';
export type { Photo } from './media.repository.js';
export { PHOTO_LIMITS, processPhoto } from './image-processing.js';

export type MediaModule = MediaService;

export function createMediaModule(deps: { storage: ObjectStorage }): MediaModule {
  return new MediaService(deps.storage);
}
