import fs from 'node:fs';
import { lazy } from '../lazy.js';
import { projectPath } from '../project-root.js';

/**
 * pdf-lib with the fontkit it embeds fonts through, imported on first use: together ~50 MB of
 * compiled code that a process rendering no document (or rendering in the pool's threads) never
 * needs at start.
 */
export const loadPdfLib = lazy(async () => {
  const [pdfLib, fontkit] = await Promise.all([import('pdf-lib'), import('@pdf-lib/fontkit')]);
  return { PDFDocument: pdfLib.PDFDocument, rgb: pdfLib.rgb, fontkit: fontkit.default };
});

/** bwip-js (barcodes and QR codes), imported on first use. */
export const loadBwip = lazy(async () => (await import('bwip-js')).default);

/** sharp (libvips: photos and signatures), imported on first use: ~30 MB of native code. */
export const loadSharp = lazy(async () => (await import('sharp')).default);

let fontBytes: Buffer | null = null;

/**
 * The font every document embeds, read once: DejaVu Sans (Bitstream Vera licence, see
 * assets/fonts): Latin, Turkish, Cyrillic, Greek.
 */
export function documentFont(): Buffer {
  fontBytes ??= fs.readFileSync(projectPath('assets', 'fonts', 'DejaVuSans.ttf'));
  return fontBytes;
}
