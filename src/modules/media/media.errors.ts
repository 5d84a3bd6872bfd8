import { defineErrors } from '../../platform/errors/index.js';

/** Errors of photo uploads (module range B450xxx/N450xxx). */
export const MediaErrors = defineErrors({
  /** The upload is not an image we accept (JPEG, PNG, WebP, HEIC/HEIF), or is damaged. */
  B450001: {
    kind: 'validation',
    en: 'The file is not a supported image (JPEG, PNG, WebP or HEIC).',
  },
  /** The upload is larger than the byte limit. */
  B450002: {
    kind: 'validation',
    en: 'The image is too large (at most {maxMb} MB).',
  },
  /** The image has more pixels than the limit (guards against decompression bombs) or is too small to show anything. */
  B450003: {
    kind: 'validation',
    en: 'The image must be between {min} and {max} pixels on each side and at most {maxMp} megapixels.',
  },
  /** No photo with this id in the tenant (or not visible to the caller). */
  N450001: {
    kind: 'not_found',
    en: 'Photo not found.',
  },
  /** The angle of an upload is not a short lowercase name (front, back, screen_on, left …). */
  B450004: {
    kind: 'validation',
    en: 'The angle must be a short lowercase name such as front, back or screen_on.',
  },
});
