import type { PDFFont, PDFPage } from 'pdf-lib';
import { defineMessages, translate } from '../../platform/i18n/index.js';
import { formatMoney } from '../../platform/money/index.js';
import { documentFont, loadBwip, loadPdfLib } from '../../platform/render/index.js';
import type { TradeIn } from './tradeins.types.js';
import { dealBonus } from './deal-bonus.js';

const L = defineMessages('tradeins.pdf', {
  title: { en: 'Trade-in confirmation' },
  number: { en: 'Trade-in number' },
  date: { en: 'Date' },
  status: { en: 'Status' },
  reference: { en: 'Reference' },
  customer: { en: 'Customer' },
  organization: { en: 'Organisation' },
  customerType: { en: 'Customer type' },
  corporate: { en: 'Corporate' },
  private: { en: 'Private' },
  location: { en: 'Location' },
  agent: { en: 'Sales agent' },
  devices: { en: 'Devices' },
  identifier: { en: 'Identifier' },
  grade: { en: 'Grade' },
  price: { en: 'Price' },
  co2: { en: 'Estimated CO2 saving: {kg} kg' },
  total: { en: 'Total' },
  campaign: { en: 'Campaign' },
  terms: { en: 'Terms and conditions' },
  defaultTerms: {
    en: 'The customer confirms being the owner of the devices listed above, that they are not lost or stolen, and that the answers given about their condition are true. The price is final when the devices are received in the stated condition; otherwise a new valuation is offered, which the customer may accept or decline.',
  },
  fmip: { en: 'Find My: {status}' },
  fmipActivated: { en: 'activated' },
  fmipNotActivated: { en: 'not activated' },
  fmipNotApplicable: { en: 'not applicable' },
  fmipByClient: {
    en: 'declared by the client, to be verified on receipt',
  },
  fmipByAttestation: { en: 'attested at the due-diligence check' },
  fmipByCheck: { en: 'checked' },
  dealBonus: {
    en: 'Campaign deal bonus (on the next purchase): {amount}',
  },
  vat: { en: 'VAT treatment: {scheme}' },
  vatMarginal: { en: 'margin scheme (private seller)' },
  vatStandard: { en: 'standard VAT' },
  clientSignature: { en: 'Customer signature' },
  agentSignature: { en: 'Agent signature' },
});

export interface PdfInput {
  tradeIn: TradeIn;
  programmeName: string;
  locale: string;
  locationName: string | null;
  agentName: string | null;
  campaign: { name: string; terms: string | null } | null;
  terms: string | null;
  signatures: { role: 'client' | 'agent'; png: Uint8Array }[];
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 50;

/** Code 128 of the trade-in number, black on white with a quiet zone. */
export async function barcodePng(text: string): Promise<Buffer> {
  const bwipjs = await loadBwip();
  return bwipjs.toBuffer({
    bcid: 'code128',
    text,
    scale: 3,
    height: 12,
    includetext: true,
    textxalign: 'center',
    backgroundcolor: 'FFFFFF',
    paddingwidth: 12,
    paddingheight: 4,
  });
}

function wrap(text: string, f: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (f.widthOfTextAtSize(candidate, size) > width && line) {
        lines.push(line);
        line = word;
      } else line = candidate;
    }
    lines.push(line);
  }
  return lines;
}

/**
 * Renders the trade-in confirmation PDF (programme, customer, devices, campaign, terms, barcode,
 * signatures). A render job: the service runs it in the render pool's worker threads
 * (src/platform/render), so `input` arrives structured-cloned (Buffers as Uint8Arrays).
 */
export async function renderTradeInPdf(input: PdfInput): Promise<Buffer> {
  const { tradeIn: t, locale } = input;
  const tr = (key: keyof typeof L, params?: Record<string, unknown>) => translate(L[key], locale, params);
  const { PDFDocument, rgb, fontkit } = await loadPdfLib();
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(`${tr('title')} ${t.id}`);
  doc.setProducer('Tradein');
  const f = await doc.embedFont(documentFont(), { subset: true });
  let page: PDFPage = doc.addPage(A4);
  let y = A4[1] - MARGIN;
  const width = A4[0] - 2 * MARGIN;
  const ensure = (h: number) => {
    if (y - h < MARGIN) {
      page = doc.addPage(A4);
      y = A4[1] - MARGIN;
    }
  };
  const text = (s: string, opts: { size?: number; x?: number; color?: [number, number, number] } = {}) => {
    const size = opts.size ?? 10;
    for (const line of wrap(s, f, size, width - (opts.x ?? 0))) {
      ensure(size + 4);
      page.drawText(line, { x: MARGIN + (opts.x ?? 0), y: y - size, size, font: f, color: rgb(...(opts.color ?? [0, 0, 0])) });
      y -= size + 4;
    }
  };
  const gap = (h = 8) => {
    y -= h;
  };

  text(input.programmeName, { size: 16 });
  text(tr('title'), { size: 13, color: [0.25, 0.25, 0.25] });
  gap();

  const barcode = await doc.embedPng(await barcodePng(String(t.id)));
  const bw = Math.min(200, barcode.width / 2);
  const bh = (barcode.height / barcode.width) * bw;
  page.drawImage(barcode, { x: A4[0] - MARGIN - bw, y: A4[1] - MARGIN - bh, width: bw, height: bh });

  text(`${tr('number')}: ${t.id}`, { size: 11 });
  text(`${tr('date')}: ${t.createdAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`);
  text(`${tr('status')}: ${t.status}`);
  if (t.tradeInRef) text(`${tr('reference')}: ${t.tradeInRef}`);
  gap();

  text(tr('customer'), { size: 12 });
  const name = [t.clientFirstName, t.clientLastName].filter(Boolean).join(' ');
  if (name) text(name);
  text(`${tr('customerType')}: ${t.isCorporate ? tr('corporate') : tr('private')}`);
  if (t.organizationName) text(`${tr('organization')}: ${t.organizationName}`);
  if (t.vatScheme !== 'none') text(tr('vat', { scheme: tr(t.vatScheme === 'marginal' ? 'vatMarginal' : 'vatStandard') }));
  if (input.locationName) text(`${tr('location')}: ${input.locationName}`);
  if (input.agentName) text(`${tr('agent')}: ${input.agentName}`);
  gap();

  text(tr('devices'), { size: 12 });
  const totals = new Map<string, number>();
  for (const d of t.devices) {
    ensure(60);
    text(`${d.position}. ${d.productName}`, { size: 11 });
    text(`${tr('identifier')}: ${d.deviceIdentifier}   ${tr('grade')}: ${d.gradeName}   ${tr('status')}: ${d.status}`, { x: 12 });
    for (const b of d.breakdown) text(`${b.label}: ${formatMoney(b.amountMinor, d.currency, locale)}`, { x: 24, size: 9, color: [0.3, 0.3, 0.3] });
    if (d.fmipStatus && d.fmipStatus !== 'NotApplicable') {
      const status = tr(d.fmipStatus === 'Activated' ? 'fmipActivated' : 'fmipNotActivated');
      const source = d.fmipSource === 'client' ? 'fmipByClient' : d.fmipSource === 'attestation' ? 'fmipByAttestation' : 'fmipByCheck';
      text(tr('fmip', { status: `${status} (${tr(source)})` }), { x: 12 });
    } else if (d.fmipStatus === 'NotApplicable') text(tr('fmip', { status: tr('fmipNotApplicable') }), { x: 12 });
    text(`${tr('price')}: ${formatMoney(d.offeredPriceMinor, d.currency, locale)}`, { x: 12, size: 11 });
    text(tr('co2', { kg: d.co2SavingKg }), { x: 12, size: 9, color: [0.1, 0.45, 0.2] });
    if (d.status !== 'Cancelled') totals.set(d.currency, (totals.get(d.currency) ?? 0) + d.offeredPriceMinor);
    gap(4);
  }
  for (const [currency, sum] of totals) text(`${tr('total')}: ${formatMoney(sum, currency, locale)}`, { size: 12 });
  const bonus = dealBonus(t);
  if (bonus) text(tr('dealBonus', { amount: formatMoney(bonus.amountMinor, bonus.currency, locale) }), { size: 11 });
  gap();

  if (input.campaign) {
    text(`${tr('campaign')}: ${input.campaign.name}`, { size: 11 });
    if (input.campaign.terms) text(input.campaign.terms.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]+>/g, ''), { size: 8 });
    gap();
  }

  text(tr('terms'), { size: 11 });
  text(input.terms ?? tr('defaultTerms'), { size: 8 });
  gap(16);

  ensure(110);
  const boxW = (width - 20) / 2;
  const boxH = 70;
  const top = y;
  for (const [i, role] of (['client', 'agent'] as const).entries()) {
    const x = MARGIN + i * (boxW + 20);
    page.drawRectangle({ x, y: top - boxH, width: boxW, height: boxH, borderColor: rgb(0.6, 0.6, 0.6), borderWidth: 0.5 });
    const sig = input.signatures.find((s) => s.role === role);
    if (sig) {
      const img = await doc.embedPng(sig.png);
      const scale = Math.min((boxW - 10) / img.width, (boxH - 10) / img.height);
      page.drawImage(img, { x: x + 5, y: top - boxH + 5, width: img.width * scale, height: img.height * scale });
    }
    page.drawText(tr(role === 'client' ? 'clientSignature' : 'agentSignature'), { x, y: top - boxH - 12, size: 9, font: f });
  }
  y = top - boxH - 20;

  return Buffer.from(await doc.save());
}
