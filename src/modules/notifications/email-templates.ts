import { defineMessages, translate, type Locale } from '../../platform/i18n/index.js';
import { formatMoney } from '../../platform/money/index.js';

/** The emails the product sends. Rendering is pure: same input, same output. */
export type EmailTemplate = 'tradein.final_valuation' | 'tradein.approved' | 'tradein.rejected';

export interface EmailData {
  tenantName: string;
  customerName: string;
  orderNumber: string;
  productName: string;
  /** Already formatted money strings (the caller knows the currency). */
  offered: string;
  final: string;
  reason?: string | null;
  approveUrl?: string;
  rejectUrl?: string;
  /**
   * Decision emails: what the customer now owes on the order (a final value below the trade-in
   * discount, or the whole discount after a rejection); null/absent when nothing is due.
   */
  amountDue?: string | null;
  /** Valuation email: what each answer leaves due on the order (formatted money). */
  dueIfApproved?: string | null;
  dueIfRejected?: string | null;
  /** Valuation email: the difference report, one row per answer that changed (with photo links). */
  differences?: DifferenceRow[] | null;
  /** Valuation email: the final value was set by hand by staff (an audited override), with this reason. */
  setByHand?: string | null;
}

/**
 * One changed answer of a difference report as an e-mail shows it: texts already localized,
 * money already formatted, photo links absolute (signed, expiring).
 */
export interface DifferenceRow {
  question: string;
  said: string;
  found: string;
  effect: string;
  /** Negative effect (shown in red). */
  negative: boolean;
  photoUrls: string[];
}

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

const M = defineMessages('notifications.email', {
  greeting: { en: 'Hello {name},' },
  signature: { en: 'Kind regards,\n{tenant}' },
  valuationSubject: {
    en: '{tenant}: the final valuation of your trade-in (order {order})',
  },
  valuationIntro: {
    en: 'We have inspected your {product}. Its final value differs from the offer you received at checkout.',
  },
  offered: { en: 'Offered value' },
  final: { en: 'Final value' },
  reason: { en: 'Reason' },
  valuationAsk: {
    en: 'Please tell us whether you accept the final value. If you reject it, we send the device back to you.',
  },
  approve: { en: 'Approve the final value' },
  reject: { en: 'Reject and return my device' },
  approvedSubject: {
    en: '{tenant}: you approved the final valuation (order {order})',
  },
  approvedBody: {
    en: 'Thank you. You approved the final value of {final} for your {product}. We will complete your trade-in.',
  },
  rejectedSubject: {
    en: '{tenant}: you rejected the final valuation (order {order})',
  },
  rejectedBody: {
    en: 'You rejected the final value of {final} for your {product}. We will send the device back to you.',
  },
  consequences: {
    en: 'If you approve, {approved} will be due on order {order}. If you reject, we send the device back and the whole trade-in discount of {rejected} will be due.',
  },
  approvedDue: {
    en: 'The final value is lower than the trade-in discount you received at checkout, so {due} is now due on order {order}.',
  },
  rejectedDue: {
    en: 'Without the trade-in, its discount no longer applies: the whole trade-in discount of {due} is now due on order {order}.',
  },
  differences: { en: 'What we found differently:' },
  question: { en: 'Question' },
  said: { en: 'You said' },
  found: { en: 'We found' },
  effect: { en: 'Price effect' },
  photos: { en: 'Photos' },
  setByHand: {
    en: 'Set by hand by our staff: {reason}',
  },
  photo: { en: 'Photo {n}' },
  photoLinksExpire: {
    en: 'The photo links are personal and expire after a while.',
  },
});

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function layout(locale: Locale, title: string, bodyHtml: string): string {
  return (
    `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>` +
    `<body style="font-family:Arial,Helvetica,sans-serif;color:#222;max-width:600px;margin:0 auto;padding:16px">${bodyHtml}</body></html>`
  );
}

const para = (s: string) => `<p>${escapeHtml(s).replace(/\n/g, '<br>')}</p>`;

/** A difference report's changed answers (labels localized, effects in minor units) as table rows, money in `locale`. */
export function differenceRows(
  report: {
    currency: string;
    lines: readonly { label: string; said: readonly string[]; found: readonly string[]; effectMinor: number; photoUrls: readonly string[] }[];
  },
  locale: string,
): DifferenceRow[] {
  return report.lines.map((l) => ({
    question: l.label,
    said: l.said.join(', ') || '—',
    found: l.found.join(', ') || '—',
    effect: `${l.effectMinor > 0 ? '+' : ''}${formatMoney(l.effectMinor, report.currency, locale)}`,
    negative: l.effectMinor < 0,
    photoUrls: [...l.photoUrls],
  }));
}

/**
 * The difference report of a valuation e-mail as an HTML table (question, what the customer
 * said, what the facility found, price effect, photo links) and as plain text; empty strings
 * without rows. Shared by commerce's and the facility's e-mails.
 */
export function renderDifferences(
  locale: Locale,
  rows: readonly DifferenceRow[] | null | undefined,
  setByHand?: string | null,
): { html: string; text: string } {
  const t = (key: string, params: Record<string, unknown> = {}) => translate(key, locale, params);
  const byHand = setByHand ? t(M.setByHand, { reason: setByHand }) : null;
  if (!rows || rows.length === 0) return byHand ? { html: para(byHand), text: byHand } : { html: '', text: '' };
  const cell = 'style="border:1px solid #ccc;padding:6px;text-align:left;vertical-align:top"';
  const links = (r: DifferenceRow) => r.photoUrls.map((u, i) => `<a href="${escapeHtml(u)}">${escapeHtml(t(M.photo, { n: i + 1 }))}</a>`).join('<br>');
  const html =
    (byHand ? para(byHand) : '') +
    para(t(M.differences)) +
    `<table style="border-collapse:collapse;width:100%"><thead><tr>` +
    [M.question, M.said, M.found, M.effect, M.photos].map((k) => `<th scope="col" ${cell}>${escapeHtml(t(k))}</th>`).join('') +
    `</tr></thead><tbody>` +
    rows
      .map(
        (r) =>
          `<tr><td ${cell}>${escapeHtml(r.question)}</td><td ${cell}>${escapeHtml(r.said)}</td><td ${cell}>${escapeHtml(r.found)}</td>` +
          `<td ${cell.replace('text-align:left', `text-align:right;color:${r.negative ? '#b42318' : '#1a7f37'}`)}>${escapeHtml(r.effect)}</td><td ${cell}>${links(r)}</td></tr>`,
      )
      .join('') +
    `</tbody></table>` +
    (rows.some((r) => r.photoUrls.length > 0) ? para(t(M.photoLinksExpire)) : '');
  const text = [
    ...(byHand ? [byHand, ''] : []),
    t(M.differences),
    ...rows.flatMap((r) => [
      `- ${r.question}: ${t(M.said)}: ${r.said} | ${t(M.found)}: ${r.found} | ${t(M.effect)}: ${r.effect}`,
      ...r.photoUrls.map((u, i) => `  ${t(M.photo, { n: i + 1 })}: ${u}`),
    ]),
    ...(rows.some((r) => r.photoUrls.length > 0) ? ['', t(M.photoLinksExpire)] : []),
  ].join('\n');
  return { html, text };
}

/** Renders an email in `locale` (HTML and plain-text parts); every text is escaped. */
export function renderEmail(template: EmailTemplate, locale: Locale, d: EmailData): RenderedEmail {
  const t = (key: string, params: Record<string, unknown> = {}) => translate(key, locale, params);
  const greeting = t(M.greeting, { name: d.customerName });
  const signature = t(M.signature, { tenant: d.tenantName });
  const p = { tenant: d.tenantName, order: d.orderNumber, product: d.productName, final: d.final };
  if (template === 'tradein.final_valuation') {
    const subject = t(M.valuationSubject, p);
    const consequences = d.dueIfApproved && d.dueIfRejected ? [t(M.consequences, { ...p, approved: d.dueIfApproved, rejected: d.dueIfRejected })] : [];
    const rows: [string, string][] = [[t(M.offered), d.offered], [t(M.final), d.final], ...(d.reason ? ([[t(M.reason), d.reason]] as [string, string][]) : [])];
    const differences = renderDifferences(locale, d.differences, d.setByHand);
    const text = [
      greeting,
      '',
      t(M.valuationIntro, p),
      '',
      ...rows.map(([k, v]) => `${k}: ${v}`),
      ...(differences.text ? ['', differences.text] : []),
      '',
      t(M.valuationAsk),
      ...consequences.flatMap((x) => ['', x]),
      '',
      `${t(M.approve)}: ${d.approveUrl ?? ''}`,
      `${t(M.reject)}: ${d.rejectUrl ?? ''}`,
      '',
      signature,
    ].join('\n');
    const button = (href: string, label: string, color: string) =>
      `<a href="${escapeHtml(href)}" style="display:inline-block;padding:10px 16px;margin:4px;background:${color};color:#fff;text-decoration:none;border-radius:4px">${escapeHtml(label)}</a>`;
    const html = layout(
      locale,
      subject,
      para(greeting) +
        para(t(M.valuationIntro, p)) +
        `<table cellpadding="4">${rows.map(([k, v]) => `<tr><th align="left">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join('')}</table>` +
        differences.html +
        para(t(M.valuationAsk)) +
        consequences.map(para).join('') +
        `<p>${button(d.approveUrl ?? '#', t(M.approve), '#1a7f37')}${button(d.rejectUrl ?? '#', t(M.reject), '#b42318')}</p>` +
        para(signature),
    );
    return { subject, html, text };
  }
  const approved = template === 'tradein.approved';
  const subject = t(approved ? M.approvedSubject : M.rejectedSubject, p);
  const body = t(approved ? M.approvedBody : M.rejectedBody, p);
  const due = d.amountDue ? [t(approved ? M.approvedDue : M.rejectedDue, { ...p, due: d.amountDue })] : [];
  const text = [greeting, '', body, ...due.flatMap((x) => ['', x]), '', signature].join('\n');
  const html = layout(locale, subject, para(greeting) + para(body) + due.map(para).join('') + para(signature));
  return { subject, html, text };
}
