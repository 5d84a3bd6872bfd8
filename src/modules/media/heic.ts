import { lazy } from '../../platform/lazy.js';

/** libheif compiled to WebAssembly (~25 MB), imported on the first HEIC photo. */
const loadHeicDecoder = lazy(async () => (await import('heic-decode')).default);

/** Major brands of HEVC-coded HEIF files (iPhone photos are `heic`). */
const HEVC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs']);

/**
 * Whether bytes are an HEVC-coded HEIF image. sharp's prebuilt libvips reads the container but
 * cannot decode HEVC (patent-encumbered codec), so these go through libheif compiled to WASM.
 * `mif1` files count when a HEVC brand is among their compatible brands (AVIF ones do not).
 */
export function isHevcHeif(bytes: Buffer): boolean {
  if (bytes.length < 16 || bytes.toString('latin1', 4, 8) !== 'ftyp') return false;
  const major = bytes.toString('latin1', 8, 12);
  if (HEVC_BRANDS.has(major)) return true;
  if (major !== 'mif1' && major !== 'msf1') return false;
  const boxSize = Math.min(bytes.readUInt32BE(0), bytes.length, 256);
  const compatible: string[] = [];
  for (let at = 16; at + 4 <= boxSize; at += 4) compatible.push(bytes.toString('latin1', at, at + 4));
  return compatible.some((b) => HEVC_BRANDS.has(b)) && !compatible.includes('avif');
}

interface HeifImage {
  width: number;
  height: number;
  decode(): Promise<{ width: number; height: number; data: Uint8ClampedArray }>;
}

/**
 * Decodes the primary image of a HEIC to RGBA pixels. `check` sees the dimensions first and may
 * throw (pixel limits) before any pixel is decoded. libheif applies the HEIF rotation and mirror
 * boxes, so the pixels are upright.
 */
export async function decodeHevcHeif(bytes: Buffer, check: (width: number, height: number) => void): Promise<{ width: number; height: number; data: Buffer }> {
  const decodeHeic = await loadHeicDecoder();
  const images = (await decodeHeic.all({ buffer: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) })) as unknown as HeifImage[] & {
    dispose(): void;
  };
  try {
    const primary = images[0];
    if (!primary) throw new Error('no image in the HEIF file');
    check(primary.width, primary.height);
    const { width, height, data } = await primary.decode();
    return { width, height, data: Buffer.from(data.buffer, data.byteOffset, data.byteLength) };
  } finally {
    images.dispose();
  }
}
