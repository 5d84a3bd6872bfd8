import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { processPhoto } from './image-processing.js';

async function jpegWithGps(width: number, height: number, orientation = 1): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 30, b: 30 } } })
    .jpeg()
    .withMetadata({ orientation })
    .withExifMerge({ IFD0: { Make: 'TestPhone' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '59/1 19/1 0/1' } })
    .toBuffer();
}

describe('processPhoto', () => {
  it('re-encodes a phone photo upright, without EXIF or GPS, with a thumbnail', async () => {
    const input = await jpegWithGps(800, 600, 6); // 6 = rotate 90° to show upright
    const before = await sharp(input).metadata();
    expect(before.exif).toBeDefined();
    expect(before.orientation).toBe(6);
    const out = await processPhoto(input);
    const meta = await sharp(out.image).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.format).toBe('jpeg');
    expect([out.width, out.height]).toEqual([600, 800]);
    const thumb = await sharp(out.thumb).metadata();
    expect(Math.max(thumb.width!, thumb.height!)).toBe(360);
  });

  it('refuses what is not an image, too small, or too large', async () => {
    await expect(processPhoto(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).rejects.toMatchObject({ code: 'B450001' });
    await expect(processPhoto(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(100)]))).rejects.toMatchObject({ code: 'B450001' });
    await expect(processPhoto(await jpegWithGps(20, 20))).rejects.toMatchObject({ code: 'B450003' });
    await expect(processPhoto(Buffer.alloc(21 * 1024 * 1024))).rejects.toMatchObject({ code: 'B450002' });
  });
});
