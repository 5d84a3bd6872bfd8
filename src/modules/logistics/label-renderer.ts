/**
 * The shipping label as a pure function of plain, serialisable data: no database, no services,
 * so it can run in a worker thread (the render pool) unchanged. One page per package.
 */
import { labelFont } from './label-font.js';
import { code128Image, LabelDocument, qrImage, type LabelPage } from './label-pdf.js';

export interface LabelAddress {
  name: string;
  street1: string;
  street2?: string | null;
  postCode: string;
  city: string;
  countryCode: string;
  phone?: string | null;
}

/** An address as a caller gives it (mail-in sender, return recipient): a label's, with an e-mail for the carrier. */
export interface PostalAddressInput extends LabelAddress {
  email?: string | null;
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

function fitText(page: LabelPage, text: string, size: number, width: number): string {
  if (page.widthOf(text, size) <= width) return text;
  let s = text;
  while (s.length > 1 && page.widthOf(`${s}…`, size) > width) s = s.slice(0, -1);
  return `${s}…`;
}

function addressLines(a: LabelAddress): string[] {
  return [a.name, a.street1, a.street2 ?? '', `${a.postCode} ${a.city}`, a.countryCode.toUpperCase(), a.phone ? `☎ ${a.phone}` : ''].filter(
    (l) => l.trim() !== '',
  );
}

/** Renders the label PDF. Yields between pages so a many-package label does not hold the event loop. */
export async function renderShippingLabel(input: ShippingLabelInput): Promise<Uint8Array> {
  const printed = [input.programmeName, input.carrierName, ...addressLines(input.from), ...addressLines(input.to), ...Object.values(input.captions)];
  for (const pkg of input.packages) printed.push(pkg.identifier);
  if (input.trackingNumber) printed.push(input.trackingNumber);
  const doc = new LabelDocument(await labelFont(printed));
  const qr = doc.addImage(qrImage(input.trackingUrl));
  const [W, H] = LABEL_SIZES[input.format];
  const M = 5 * MM;
  const inner = W - 2 * M;
  const count = input.packages.length;

  for (const [i, pkg] of input.packages.entries()) {
    if (i > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    const page = doc.addPage(W, H);
    const fit = (s: string, size: number, width: number) => fitText(page, s, size, width);
    const text = (s: string, x: number, y: number, size: number) => page.text(fit(s, size, W - M - x), x, y, size);
    let y = H - M - 9;
    text(input.programmeName, M, y, 9);
    const carrier = fit(input.carrierName, 8, inner / 2);
    page.text(carrier, W - M - page.widthOf(carrier, 8), y, 8);
    y -= 6;
    page.line(M, y, W - M, y, 1);

    y -= 10;
    text(input.captions.from.toUpperCase(), M, y, 6);
    for (const line of addressLines(input.from)) {
      y -= 8;
      text(line, M, y, 7);
    }
    y -= 8;
    page.line(M, y, W - M, y, 0.5);
    y -= 10;
    text(input.captions.to.toUpperCase(), M, y, 7);
    for (const [n, line] of addressLines(input.to).entries()) {
      y -= n === 0 ? 14 : 12;
      text(line, M, y, n === 0 ? 12 : 10);
    }
    y -= 8;
    page.line(M, y, W - M, y, 1);

    // Barcode of the package identifier, as wide as the label allows (wide bars scan best).
    const bar = code128Image(pkg.identifier);
    const scale = Math.min(inner / bar.width, 60 / bar.height);
    const bw = bar.width * scale;
    const bh = bar.height * scale;
    y -= bh + 4;
    page.image(doc.addImage(bar), M + (inner - bw) / 2, y, bw, bh);
    y -= 11;
    const idText = fit(pkg.identifier, 10, inner);
    page.text(idText, M + (inner - page.widthOf(idText, 10)) / 2, y, 10);

    const qrSize = Math.min(28 * MM, y - M - 10);
    let iy = y - 14;
    const info = (s: string, size = 8) => {
      page.text(fit(s, size, inner - qrSize - 4), M, iy, size);
      iy -= size + 4;
    };
    info(`${input.captions.shipment}: ${input.shipmentId}`, 9);
    info(`${input.captions.package}: ${pkg.id}`, 9);
    info(`${input.captions.piece}: ${i + 1}/${count}`, 9);
    info(`${input.captions.weight}: ${(pkg.weightGrams / 1000).toFixed(2)} kg`);
    info(`${input.captions.devices}: ${pkg.deviceCount}`);
    if (input.trackingNumber) info(input.trackingNumber);
    info(input.createdAt.slice(0, 10), 7);
    page.image(qr, W - M - qrSize, M + 8, qrSize, qrSize);
    const track = fit(input.captions.track, 6, qrSize);
    page.text(track, W - M - qrSize + (qrSize - page.widthOf(track, 6)) / 2, M, 6);
  }
  return doc.save({ title: `${input.captions.shipment} ${input.shipmentId}`, creator: input.programmeName, createdAt: input.createdAt });
}
