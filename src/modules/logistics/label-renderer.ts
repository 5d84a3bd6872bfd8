/**
 * The shipping label as a pure function of plain, serialisable data: no database, no services,
 * so it can run in a worker thread (the render pool) unchanged. One page per package.
 */
import type { PDFFont, PDFPage } from 'pdf-lib';
import { documentFont, loadBwip, loadPdfLib } from '../../platform/render/index.js';

export interface LabelAddress {
  name: string;
  street1: string;
  street2?: string | null;
  postCode: string;
  city: string;
  countryCode: string;
  phone?: string | null;
}

export interface ShippingLabelInput {
  /** A6 = 105 × 148 mm; 4x6 = 4 × 6 in. */
  format: 'A6' | '4x6';
  programmeName: string;
  carrierName: string;
  shipmentId: number;
  shipmentName: string;
  trackingNumber: string | null;
  /** The shipment's tracking page (encoded in the QR code). */
  trackingUrl: string;
  from: LabelAddress;
  to: LabelAddress;
  /** ISO date-time the label was made (printed as a UTC date). */
  createdAt: string;
  packages: { id: number; identifier: string; name: string; weightGrams: number; deviceCount: number }[];
  /** Printed captions in the label's language (the caller localizes). */
  captions: { from: string; to: string; shipment: string; package: string; piece: string; weight: string; devices: string; track: string };
}

const MM = 72 / 25.4;
export const LABEL_SIZES: Record<ShippingLabelInput['format'], [number, number]> = {
  A6: [105 * MM, 148 * MM],
  '4x6': [4 * 72, 6 * 72],
};

/** Code 128 of a package identifier: black bars on white with a quiet zone a scanner needs. */
export async function code128Png(text: string): Promise<Buffer> {
  const bwipjs = await loadBwip();
  return bwipjs.toBuffer({ bcid: 'code128', text, scale: 3, height: 14, includetext: false, backgroundcolor: 'FFFFFF', paddingwidth: 10, paddingheight: 3 });
}

async function qrPng(text: string): Promise<Buffer> {
  const bwipjs = await loadBwip();
  return bwipjs.toBuffer({ bcid: 'qrcode', text, scale: 3, backgroundcolor: 'FFFFFF', paddingwidth: 4, paddingheight: 4 });
}

function fit(text: string, f: PDFFont, size: number, width: number): string {
  if (f.widthOfTextAtSize(text, size) <= width) return text;
  let s = text;
  while (s.length > 1 && f.widthOfTextAtSize(`${s}…`, size) > width) s = s.slice(0, -1);
  return `${s}…`;
}

function addressLines(a: LabelAddress): string[] {
  return [a.name, a.street1, a.street2 ?? '', `${a.postCode} ${a.city}`, a.countryCode.toUpperCase(), a.phone ? `☎ ${a.phone}` : ''].filter(
    (l) => l.trim() !== '',
  );
}

/** Renders the label PDF. Yields between pages so a many-package label does not hold the event loop. */
export async function renderShippingLabel(input: ShippingLabelInput): Promise<Uint8Array> {
  const { PDFDocument, rgb, fontkit } = await loadPdfLib();
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const f = await doc.embedFont(documentFont(), { subset: true });
  doc.setTitle(`${input.captions.shipment} ${input.shipmentId}`);
  doc.setCreator(input.programmeName);
  doc.setCreationDate(new Date(input.createdAt));
  doc.setModificationDate(new Date(input.createdAt));
  const qr = await doc.embedPng(await qrPng(input.trackingUrl));
  const [W, H] = LABEL_SIZES[input.format];
  const M = 5 * MM;
  const inner = W - 2 * M;
  const black = rgb(0, 0, 0);
  const count = input.packages.length;

  for (const [i, pkg] of input.packages.entries()) {
    if (i > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    const page: PDFPage = doc.addPage([W, H]);
    const text = (s: string, x: number, y: number, size: number) => page.drawText(fit(s, f, size, W - M - x), { x, y, size, font: f, color: black });
    let y = H - M - 9;
    text(input.programmeName, M, y, 9);
    const carrier = fit(input.carrierName, f, 8, inner / 2);
    page.drawText(carrier, { x: W - M - f.widthOfTextAtSize(carrier, 8), y, size: 8, font: f, color: black });
    y -= 6;
    page.drawLine({ start: { x: M, y }, end: { x: W - M, y }, thickness: 1, color: black });

    y -= 10;
    text(input.captions.from.toUpperCase(), M, y, 6);
    for (const line of addressLines(input.from)) {
      y -= 8;
      text(line, M, y, 7);
    }
    y -= 8;
    page.drawLine({ start: { x: M, y }, end: { x: W - M, y }, thickness: 0.5, color: black });
    y -= 10;
    text(input.captions.to.toUpperCase(), M, y, 7);
    for (const [n, line] of addressLines(input.to).entries()) {
      y -= n === 0 ? 14 : 12;
      text(line, M, y, n === 0 ? 12 : 10);
    }
    y -= 8;
    page.drawLine({ start: { x: M, y }, end: { x: W - M, y }, thickness: 1, color: black });

    // Barcode of the package identifier, as wide as the label allows (wide bars scan best).
    const bar = await doc.embedPng(await code128Png(pkg.identifier));
    const scale = Math.min(inner / bar.width, 60 / bar.height);
    const bw = bar.width * scale;
    const bh = bar.height * scale;
    y -= bh + 4;
    page.drawImage(bar, { x: M + (inner - bw) / 2, y, width: bw, height: bh });
    y -= 11;
    const idText = fit(pkg.identifier, f, 10, inner);
    page.drawText(idText, { x: M + (inner - f.widthOfTextAtSize(idText, 10)) / 2, y, size: 10, font: f, color: black });

    const qrSize = Math.min(28 * MM, y - M - 10);
    const infoX = M;
    let iy = y - 14;
    const info = (s: string, size = 8) => {
      page.drawText(fit(s, f, size, inner - qrSize - 4), { x: infoX, y: iy, size, font: f, color: black });
      iy -= size + 4;
    };
    info(`${input.captions.shipment}: ${input.shipmentId}`, 9);
    info(`${input.captions.package}: ${pkg.id}`, 9);
    info(`${input.captions.piece}: ${i + 1}/${count}`, 9);
    info(`${input.captions.weight}: ${(pkg.weightGrams / 1000).toFixed(2)} kg`);
    info(`${input.captions.devices}: ${pkg.deviceCount}`);
    if (input.trackingNumber) info(input.trackingNumber);
    info(input.createdAt.slice(0, 10), 7);
    page.drawImage(qr, { x: W - M - qrSize, y: M + 8, width: qrSize, height: qrSize });
    const track = fit(input.captions.track, f, 6, qrSize);
    page.drawText(track, { x: W - M - qrSize + (qrSize - f.widthOfTextAtSize(track, 6)) / 2, y: M, size: 6, font: f, color: black });
  }
  return doc.save();
}
