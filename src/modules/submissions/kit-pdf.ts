import { defineMessages, translate } from '../../platform/i18n/index.js';
import { documentFont, loadPdfLib } from '../../platform/render/index.js';
import { barcodePng } from '../tradeins/index.js';
import type { KitAddress } from './ports.js';

const L = defineMessages('submissions.kit', {
  title: { en: 'Mail-in shipping label' },
  returnTitle: { en: 'Return shipping label' },
  to: { en: 'To' },
  from: { en: 'From' },
  reference: { en: 'Reference' },
  howTo: {
    en: 'Switch the device off, remove SIM and memory cards, pack it well, attach this label to the parcel and hand it to the carrier.',
  },
});

const A4: [number, number] = [595.28, 841.89];
const M = 50;

function lines(a: KitAddress): string[] {
  return [a.name, a.line1, a.line2, [a.postalCode, a.city].filter(Boolean).join(' '), a.countryCode, a.phone].filter(
    (l): l is string => !!l && l.trim() !== '',
  );
}

/**
 * The printable fallback kit (used until a carrier label is wired): the facility's address,
 * the sender, the submission reference and a Code 128 barcode of it, so the facility can scan
 * the parcel at receiving.
 */
export async function renderKitPdf(input: {
  reference: string;
  to: KitAddress;
  from: KitAddress;
  locale: string;
  kind: 'mail_in' | 'return';
}): Promise<Buffer> {
  const tr = (key: keyof typeof L) => translate(L[key], input.locale);
  const { PDFDocument, rgb, fontkit } = await loadPdfLib();
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(`${tr(input.kind === 'return' ? 'returnTitle' : 'title')} ${input.reference}`);
  doc.setProducer('Tradein');
  const f = await doc.embedFont(documentFont(), { subset: true });
  const page = doc.addPage(A4);
  let y = A4[1] - M;
  const text = (s: string, size = 11, x = M) => {
    page.drawText(s, { x, y: y - size, size, font: f, color: rgb(0, 0, 0) });
    y -= size + 5;
  };
  text(tr(input.kind === 'return' ? 'returnTitle' : 'title'), 18);
  y -= 10;
  page.drawRectangle({ x: M - 10, y: y - 170, width: A4[0] - 2 * M + 20, height: 180, borderColor: rgb(0, 0, 0), borderWidth: 1.5 });
  text(tr('to'), 10);
  for (const l of lines(input.to)) text(l, 16, M + 10);
  y -= 10;
  text(tr('from'), 10);
  for (const l of lines(input.from)) text(l, 10, M + 10);
  y = Math.min(y, A4[1] - M - 230);
  text(`${tr('reference')}: ${input.reference}`, 12);
  const png = await doc.embedPng(await barcodePng(input.reference));
  const w = Math.min(320, png.width / 2);
  const h = (png.height / png.width) * w;
  page.drawImage(png, { x: M, y: y - h - 5, width: w, height: h });
  y -= h + 25;
  const words = tr('howTo').split(' ');
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (f.widthOfTextAtSize(next, 10) > A4[0] - 2 * M) {
      text(line, 10);
      line = word;
    } else line = next;
  }
  if (line) text(line, 10);
  return Buffer.from(await doc.save());
}
