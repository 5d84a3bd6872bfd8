import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { messageTexts } from '../../platform/i18n/index.js';
import { barcodePng } from './pdf.js';
import { TradeinsErrors } from './tradeins.errors.js';

describe('barcode', () => {
  it('is a PNG on white with a quiet zone around the bars', async () => {
    const png = await barcodePng('101386');
    const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
    expect(info.width).toBeGreaterThan(100);
    const px = (x: number, y: number) => data[(y * info.width + x) * info.channels];
    // Left and right margins (12 px padding × scale) are white on every row.
    for (let y = 0; y < info.height; y++) {
      for (const x of [0, 5, 10, info.width - 1, info.width - 6, info.width - 11]) expect(px(x, y)).toBe(255);
    }
    // And there are black bars in the middle row.
    const mid = Math.floor(info.height / 3);
    let dark = 0;
    for (let x = 0; x < info.width; x++) if (px(x, mid) < 128) dark++;
    expect(dark).toBeGreaterThan(20);
  });
});

describe('error catalogue', () => {
  it('has every message in en, tr, sv and de', () => {
    const codes = Object.keys(TradeinsErrors);
    expect(codes.length).toBeGreaterThan(40);
    for (const code of codes) {
      const text = messageTexts(code);
      for (const locale of ['en', 'tr', 'sv', 'de'] as const) expect(text?.[locale], `${code}.${locale}`).toBeTruthy();
    }
  });
});
