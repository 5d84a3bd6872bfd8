import { createRequire } from 'node:module';
import fs from 'node:fs';
import sharp from 'sharp';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';

const require = createRequire(import.meta.url);
let ready: Promise<unknown> | null = null;
/** ZXing-C++ (WASM) from node_modules (its default would fetch the binary from a CDN). */
function zxing(): Promise<unknown> {
  ready ??= prepareZXingModule({
    overrides: { wasmBinary: fs.readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm')).buffer as ArrayBuffer },
    fireImmediately: true,
  });
  return ready;
}

export interface LabelPage {
  width: number;
  height: number;
  text: string;
  /** Every image on the page, as PNG. */
  images: Buffer[];
}

/** Pages of a PDF: size in points, text, and the images drawn (decoded from the PDF, re-encoded as PNG). */
export async function readLabel(bytes: Uint8Array): Promise<LabelPage[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: LabelPage[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const [x0, y0, x1, y1] = page.view;
    const content = await page.getTextContent();
    const text = content.items.map((it) => ('str' in it ? it.str : '')).join(' ');
    const ops = await page.getOperatorList();
    const images: Buffer[] = [];
    for (let k = 0; k < ops.fnArray.length; k++) {
      if (ops.fnArray[k] !== OPS.paintImageXObject) continue;
      const name = ops.argsArray[k][0] as string;
      // Images drawn on several pages live in the document-wide store ("g_" names).
      const store = name.startsWith('g_') ? page.commonObjs : page.objs;
      const img = await new Promise<{ width: number; height: number; kind: number; data: Uint8ClampedArray }>((resolve) => store.get(name, resolve));
      const channels = img.kind === 3 ? 4 : img.kind === 2 ? 3 : 1;
      if (channels === 1) continue;
      images.push(
        await sharp(Buffer.from(img.data), { raw: { width: img.width, height: img.height, channels } })
          .png()
          .toBuffer(),
      );
    }
    pages.push({ width: x1 - x0, height: y1 - y0, text, images });
  }
  await doc.destroy();
  return pages;
}

/** Decodes every barcode in a PNG with ZXing-C++: `[{ format, text }]`. */
export async function decodeBarcodes(png: Buffer): Promise<{ format: string; text: string }[]> {
  await zxing();
  const results = await readBarcodes(new Uint8Array(png), { formats: ['Code128', 'QRCode'], tryHarder: true });
  return results.filter((r) => r.isValid).map((r) => ({ format: r.format, text: r.text }));
}
