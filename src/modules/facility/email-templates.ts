import { defineMessages, translate, type Locale } from '../../platform/i18n/index.js';
import { escapeHtml, renderDifferences, type DifferenceRow } from '../notifications/index.js';

/** The facility's e-mails to the customer (localized; every text escaped). */
export type FacilityEmail = 'valuation' | 'reminder' | 'last_notice' | 'fallback_applied';

export interface FacilityEmailData {
  tenantName: string;
  productName: string;
  registered: string;
  final: string;
  statusUrl: string;
  /** The difference report: one row per changed answer, with signed photo links. */
  differences: DifferenceRow[];
  /** The reason of an override (the price was set by hand), or null. */
  setByHand: string | null;
  /** last_notice / fallback_applied: what happens without an answer. */
  fallback: 'accept' | 'return';
  deadline?: string;
}

const M = defineMessages('facility.email', {
  valuationSubject: { en: '{tenant}: we inspected your {product}' },
  reminderSubject: { en: '{tenant}: your decision on the valuation of your {product}' },
  lastSubject: { en: '{tenant}: last notice about your {product}' },
  fallbackSubject: { en: '{tenant}: we applied the default for your {product}' },
  intro: {
    en: 'Registered price: {registered}. Price after inspection: {final}.',
  },
  ask: {
    en: 'See the photos and approve or reject on your status page:',
  },
  lastAccept: {
    en: 'If we do not hear from you by {deadline}, we will accept the price after inspection for you and pay it out.',
  },
  lastReturn: {
    en: 'If we do not hear from you by {deadline}, we will send the device back to you.',
  },
  appliedAccept: {
    en: 'You did not answer after our last notice, so we accepted the price after inspection as announced.',
  },
  appliedReturn: {
    en: 'You did not answer after our last notice, so we are sending the device back to you as announced.',
  },
});

/** Renders one facility e-mail (subject, HTML and text). Pure. */
export function renderFacilityEmail(kind: FacilityEmail, locale: Locale, d: FacilityEmailData): { subject: string; html: string; text: string } {
  const t = (key: string, params: Record<string, unknown> = {}) => translate(key, locale, params);
  const p = { tenant: d.tenantName, product: d.productName, registered: d.registered, final: d.final, deadline: d.deadline ?? '' };
  const subject = t({ valuation: M.valuationSubject, reminder: M.reminderSubject, last_notice: M.lastSubject, fallback_applied: M.fallbackSubject }[kind], p);
  const intro = t(M.intro, p);
  const differences = renderDifferences(locale, d.differences, d.setByHand);
  const paragraphs: string[] = [];
  if (kind === 'last_notice') paragraphs.push(t(d.fallback === 'accept' ? M.lastAccept : M.lastReturn, p));
  if (kind === 'fallback_applied') paragraphs.push(t(d.fallback === 'accept' ? M.appliedAccept : M.appliedReturn, p));
  if (kind !== 'fallback_applied') paragraphs.push(`${t(M.ask)}\n${d.statusUrl}`);
  const text = [intro, ...(differences.text ? [differences.text] : []), ...paragraphs, d.tenantName].join('\n\n');
  const para = (s: string) => `<p>${escapeHtml(s).replace(/\n/g, '<br>')}</p>`;
  const html =
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>` +
    `<body style="font-family:Arial,Helvetica,sans-serif;color:#222;max-width:600px;margin:0 auto;padding:16px">` +
    para(intro) +
    differences.html +
    paragraphs.map(para).join('') +
    (kind !== 'fallback_applied' ? `<p><a href="${escapeHtml(d.statusUrl)}">${escapeHtml(d.statusUrl)}</a></p>` : '') +
    `<p>${escapeHtml(d.tenantName)}</p></body></html>`;
  return { subject, html, text };
}
