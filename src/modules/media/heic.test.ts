import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { isHevcHeif } from './heic.js';
import { processPhoto } from './image-processing.js';

/** An `ftyp` box with a major brand and compatible brands, as HEIF files start. */
function ftyp(major: string, compatible: string[]): Buffer {
  const size = 16 + 4 * compatible.length;
  const box = Buffer.alloc(size);
  box.writeUInt32BE(size, 0);
  box.write('ftyp', 4, 'latin1');
  box.write(major, 8, 'latin1');
  compatible.forEach((b, i) => box.write(b, 16 + 4 * i, 'latin1'));
  return box;
}

describe('HEIC from phones', () => {
  it('recognizes HEVC-coded HEIF by its brands, not AVIF', async () => {
    expect(isHevcHeif(ftyp('heic', ['mif1', 'heic']))).toBe(true);
    expect(isHevcHeif(ftyp('heix', []))).toBe(true);
    expect(isHevcHeif(ftyp('mif1', ['mif1', 'heic']))).toBe(true);
    expect(isHevcHeif(ftyp('mif1', ['mif1', 'avif']))).toBe(false);
    expect(isHevcHeif(ftyp('avif', ['mif1', 'avif']))).toBe(false);
    const avif = await sharp({ create: { width: 80, height: 80, channels: 3, background: '#888' } })
      .avif()
      .toBuffer();
    expect(isHevcHeif(avif)).toBe(false);
    expect(
      isHevcHeif(
        await sharp({ create: { width: 80, height: 80, channels: 3, background: '#888' } })
          .jpeg()
          .toBuffer(),
      ),
    ).toBe(false);
  });

  it('a damaged HEIC is refused as an unsupported image, never a server error', async () => {
    await expect(processPhoto(Buffer.concat([ftyp('heic', ['mif1', 'heic']), Buffer.alloc(2000, 1)]))).rejects.toMatchObject({ code: 'B450001' });
    await expect(processPhoto(ftyp('heic', []))).rejects.toMatchObject({ code: 'B450001' });
  });

  it('AVIF (HEIF with AV1) still goes through sharp', async () => {
    const avif = await sharp({ create: { width: 120, height: 90, channels: 3, background: '#c33' } })
      .avif()
      .toBuffer();
    const out = await processPhoto(avif);
    expect([out.width, out.height]).toEqual([120, 90]);
    expect((await sharp(out.image).metadata()).format).toBe('jpeg');
  });
});
