import type { Metadata } from 'sharp';
import { loadSharp } from '../../../platform/render/index.js';
import { TradeinsErrors as E } from '../tradeins.errors.js';

/** Accepted signature images. */
export const SIGNATURE_LIMITS = { maxBytes: 1024 * 1024, minW: 50, minH: 20, maxW: 4000, maxH: 2000 } as const;

/**
 * Checks an uploaded signature: PNG only (type and magic bytes, B090090), at most 1 MiB
 * (B090091), 50×20 to 4000×2000 px (B090092). Returns it re-encoded, which strips metadata and
 * anything pdf-lib could trip over (interlacing, 16-bit).
 */
export async function checkSignatureImage(file: { bytes: Buffer; mimetype: string | null }): Promise<{ png: Buffer; width: number; height: number }> {
  const L = SIGNATURE_LIMITS;
  if (file.bytes.length > L.maxBytes) throw E.B090091({ max: L.maxBytes });
  const magic = file.bytes.subarray(0, 8).toString('hex');
  if ((file.mimetype && file.mimetype !== 'image/png') || magic !== '89504e470d0a1a0a') throw E.B090090();
  const sharp = await loadSharp();
  let meta: Metadata;
  try {
    meta = await sharp(file.bytes).metadata();
  } catch {
    throw E.B090090();
  }
  if (meta.format !== 'png' || !meta.width || !meta.height) throw E.B090090();
  if (meta.width < L.minW || meta.height < L.minH || meta.width > L.maxW || meta.height > L.maxH) {
    throw E.B090092({ minW: L.minW, minH: L.minH, maxW: L.maxW, maxH: L.maxH });
  }
  const png = await sharp(file.bytes)
    .png({ compressionLevel: 9 })
    .toBuffer()
    .catch(() => {
      throw E.B090090();
    });
  return { png, width: meta.width, height: meta.height };
}
