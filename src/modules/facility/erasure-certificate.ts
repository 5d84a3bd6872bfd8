import { defineMessages, translate } from '../../platform/i18n/index.js';
import { documentFont, loadPdfLib } from '../../platform/render/index.js';

/** Everything the certificate shows: plain data, so rendering can move to a worker-thread pool. */
export interface ErasureCertificateData {
  programmeName: string;
  locale: string;
  certificateId: string;
  deviceId: number;
  tradeInId: number;
  productName: string;
  identifier: string;
  method: 'Clear' | 'Purge';
  tool: string;
  operator: string;
  verification: 'Passed' | 'Failed';
  performedAt: Date;
  facilityName: string | null;
  issuedAt: Date;
}

const L = defineMessages('facility.erasure', {
  title: { en: 'Data erasure certificate' },
  certificate: { en: 'Certificate' },
  device: { en: 'Device' },
  identifier: { en: 'IMEI / serial' },
  tradeIn: { en: 'Trade-in / device' },
  method: { en: 'Method (NIST SP 800-88)' },
  tool: { en: 'Tool' },
  operator: { en: 'Operator' },
  verification: { en: 'Verification' },
  performedAt: { en: 'Erased at' },
  facility: { en: 'Facility' },
  issuedAt: { en: 'Issued' },
  statement: {
    en: 'The data on the device above was sanitized with the method stated, following NIST SP 800-88 Rev. 1, and the result was verified.',
  },
});

const stamp = (d: Date) => `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** Renders the per-device erasure certificate (A4, DejaVu Sans embedded, localized labels). Pure: same data, same PDF content. */
export async function renderErasureCertificate(d: ErasureCertificateData): Promise<Buffer> {
  const t = (k: keyof typeof L) => translate(L[k], d.locale);
  const { PDFDocument, rgb, fontkit } = await loadPdfLib();
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(`${t('title')} ${d.certificateId}`);
  doc.setProducer('Tradein');
  doc.setCreationDate(d.issuedAt);
  doc.setModificationDate(d.issuedAt);
  const font = await doc.embedFont(documentFont(), { subset: true });
  const page = doc.addPage([595.28, 841.89]);
  let y = 790;
  const line = (s: string, size = 11, color: [number, number, number] = [0, 0, 0]) => {
    // Long statements are broken into lines that fit the page width.
    const words = s.split(/\s+/);
    let current = '';
    const flush = () => {
      page.drawText(current, { x: 50, y, size, font, color: rgb(...color) });
      y -= size + 6;
      current = '';
    };
    for (const w of words) {
      const next = current ? `${current} ${w}` : w;
      if (font.widthOfTextAtSize(next, size) > 495 && current) {
        flush();
        current = w;
      } else current = next;
    }
    if (current) flush();
  };
  line(d.programmeName, 16);
  line(t('title'), 14, [0.2, 0.2, 0.2]);
  y -= 10;
  const rows: [keyof typeof L, string][] = [
    ['certificate', d.certificateId],
    ['device', d.productName],
    ['identifier', d.identifier],
    ['tradeIn', `${d.tradeInId} / ${d.deviceId}`],
    ['method', d.method],
    ['tool', d.tool],
    ['operator', d.operator],
    ['verification', d.verification],
    ['performedAt', stamp(d.performedAt)],
    ...(d.facilityName ? ([['facility', d.facilityName]] as [keyof typeof L, string][]) : []),
    ['issuedAt', stamp(d.issuedAt)],
  ];
  for (const [k, v] of rows) line(`${t(k)}: ${v}`);
  y -= 10;
  line(t('statement'), 10, [0.25, 0.25, 0.25]);
  return Buffer.from(await doc.save());
}
