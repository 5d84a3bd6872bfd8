import { defineErrors } from '../../platform/errors/index.js';

/** Errors of photo uploads (module range B450xxx/N450xxx). */
export const MediaErrors = defineErrors({
  /** The upload is not an image we accept (JPEG, PNG, WebP, HEIC/HEIF), or is damaged. */
  B450001: {
    kind: 'validation',
    en: 'The file is not a supported image (JPEG, PNG, WebP or HEIC).',
    tr: 'Dosya desteklenen bir görüntü değil (JPEG, PNG, WebP veya HEIC).',
    sv: 'Filen är inte en bild som stöds (JPEG, PNG, WebP eller HEIC).',
    de: 'Die Datei ist kein unterstütztes Bild (JPEG, PNG, WebP oder HEIC).',
  },
  /** The upload is larger than the byte limit. */
  B450002: {
    kind: 'validation',
    en: 'The image is too large (at most {maxMb} MB).',
    tr: 'Görüntü çok büyük (en fazla {maxMb} MB).',
    sv: 'Bilden är för stor (högst {maxMb} MB).',
    de: 'Das Bild ist zu groß (höchstens {maxMb} MB).',
  },
  /** The image has more pixels than the limit (guards against decompression bombs) or is too small to show anything. */
  B450003: {
    kind: 'validation',
    en: 'The image must be between {min} and {max} pixels on each side and at most {maxMp} megapixels.',
    tr: 'Görüntünün her kenarı {min} ile {max} piksel arasında ve en fazla {maxMp} megapiksel olmalıdır.',
    sv: 'Bilden måste vara mellan {min} och {max} pixlar per sida och högst {maxMp} megapixlar.',
    de: 'Das Bild muss pro Seite zwischen {min} und {max} Pixel haben und höchstens {maxMp} Megapixel.',
  },
  /** No photo with this id in the tenant (or not visible to the caller). */
  N450001: {
    kind: 'not_found',
    en: 'Photo not found.',
    tr: 'Fotoğraf bulunamadı.',
    sv: 'Fotot hittades inte.',
    de: 'Foto nicht gefunden.',
  },
  /** The angle of an upload is not a short lowercase name (front, back, screen_on, left …). */
  B450004: {
    kind: 'validation',
    en: 'The angle must be a short lowercase name such as front, back or screen_on.',
    tr: 'Açı, front, back veya screen_on gibi kısa bir küçük harfli ad olmalıdır.',
    sv: 'Vinkeln måste vara ett kort namn med gemener, t.ex. front, back eller screen_on.',
    de: 'Die Ansicht muss ein kurzer Name in Kleinbuchstaben sein, z. B. front, back oder screen_on.',
  },
});
