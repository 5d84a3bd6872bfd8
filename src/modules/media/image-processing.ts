import type { Metadata, Sharp } from 'sharp';
import { loadSharp } from '../../platform/render/index.js';
import { decodeHevcHeif, isHevcHeif } from './heic.js';
import { MediaErrors as E } from './media.errors.js';

/** Limits of an uploaded photo; phones take 12–50 MP pictures of 2–15 MB. */
export const PHOTO_LIMITS = {
  maxBytes: 20 * 1024 * 1024,
  maxPixels: 60_000_000,
  minSide: 64,
  maxSide: 12_000,
  /** The stored image's longest side: sharp enough to see a scratch, small enough to send. */
  storedMaxSide: 2560,
  thumbMaxSide: 360,
} as const;

const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp', 'heif']);

export interface ProcessedPhoto {
  image: Buffer;
  thumb: Buffer;
  width: number;
  height: number;
  contentType: 'image/jpeg';
}

/**
 * Checks that bytes are a real image within the limits and re-encodes it as JPEG: turned upright
 * from its EXIF orientation first, then every metadata block (EXIF, GPS, XMP, ICC comments)
 * dropped, because sharp writes none unless asked. Runs in libvips' own threads, off the event loop;
 * HEVC HEIC (iPhones) is decoded by libheif in WASM first, on the event loop (one photo at a time).
 */
export async function processPhoto(bytes: Buffer, limits = PHOTO_LIMITS): Promise<ProcessedPhoto> {
  if (bytes.length > limits.maxBytes) throw E.B450002({ maxMb: Math.floor(limits.maxBytes / 1024 / 1024) });
  const sizeError = () => E.B450003({ min: limits.minSide, max: limits.maxSide, maxMp: Math.floor(limits.maxPixels / 1_000_000) });
  const checkSize = (width: number, height: number) => {
    if (width * height > limits.maxPixels) throw sizeError();
    if (Math.min(width, height) < limits.minSide || Math.max(width, height) > limits.maxSide) throw sizeError();
  };
  const sharp = await loadSharp();
  let upright: Sharp;
  if (isHevcHeif(bytes)) {
    // iPhone photos: decoded to pixels by libheif (WASM), then encoded by sharp like any other.
    const raw = await decodeHevcHeif(bytes, checkSize).catch((err: unknown) => {
      if ((err as { code?: string }).code === 'B450003') throw err;
      throw E.B450001();
    });
    upright = sharp(raw.data, { raw: { width: raw.width, height: raw.height, channels: 4 }, limitInputPixels: limits.maxPixels });
  } else {
    let meta: Metadata;
    try {
      // Only the header is read here (no pixel is decoded), so sharp's own pixel limit is lifted:
      // a bomb declaring 10^10 pixels is then refused by `checkSize` as too large (B450003)
      // rather than as "not an image".
      meta = await sharp(bytes, { limitInputPixels: false }).metadata();
    } catch {
      throw E.B450001();
    }
    if (!meta.format || !ACCEPTED_FORMATS.has(meta.format)) throw E.B450001();
    if (!meta.width || !meta.height) throw E.B450001();
    checkSize(meta.width, meta.height);
    upright = sharp(bytes, { limitInputPixels: limits.maxPixels, failOn: 'error' }).rotate();
  }
  try {
    const { data: image, info } = await upright
      .resize({ width: limits.storedMaxSide, height: limits.storedMaxSide, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 85, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    const thumb = await sharp(image).resize({ width: limits.thumbMaxSide, height: limits.thumbMaxSide, fit: 'inside' }).jpeg({ quality: 75 }).toBuffer();
    return { image, thumb, width: info.width, height: info.height, contentType: 'image/jpeg' };
  } catch {
    throw E.B450001();
  }
}
