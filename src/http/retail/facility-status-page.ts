import crypto from 'node:crypto';
import type { DifferenceReport, FacilityDeviceView } from '../../modules/facility/index.js';
import { escapeHtml } from '../../modules/notifications/index.js';
import type { Ctx } from '../../platform/context.js';
import { defineMessages, translate } from '../../platform/i18n/index.js';
import { formatMoney } from '../../platform/money/index.js';

const T = defineMessages('facility.status', {
  title: { en: 'Your trade-in' },
  status: { en: 'Status' },
  registered: { en: 'Registered price' },
  final: { en: 'Price after inspection' },
  difference: { en: 'Difference' },
  question: { en: 'Question' },
  said: { en: 'You said' },
  found: { en: 'We found' },
  effect: { en: 'Price effect' },
  photos: { en: 'Photos' },
  noChanges: { en: 'We found the device as you described it.' },
  override: { en: 'Set by hand by our staff: {reason}' },
  timeline: { en: 'Timeline' },
  approve: { en: 'Approve the price' },
  reject: { en: 'Reject and get my device back' },
  decided: { en: 'Your decision: {decision}' },
  approved: { en: 'approved' },
  rejected: { en: 'rejected' },
  preview: {
    en: 'Preview for staff: the customer will see this page once the valuation is sent. The buttons work only there.',
  },
  payout: { en: 'Paid out: {amount}' },
  byOrderEmail: {
    en: 'This device is part of your order: please approve or reject with the links in our e-mail about the order.',
  },
});

const STYLE =
  'body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222}table{border-collapse:collapse;width:100%}' +
  'th,td{border-bottom:1px solid #ddd;padding:.4rem;text-align:left;vertical-align:top}.neg{color:#b42318}.pos{color:#1a7f37}img{max-width:160px;margin:.2rem;border:1px solid #ccc}' +
  'form{display:inline-block;margin:.5rem .5rem 0 0}button{padding:.6rem 1rem;font-size:1rem}';
const STYLE_HASH = crypto.createHash('sha256').update(STYLE).digest('base64');
const csp = (frameAncestors: string) =>
  `default-src 'none'; img-src 'self'; style-src 'sha256-${STYLE_HASH}'; form-action 'self'; frame-ancestors ${frameAncestors}; base-uri 'none'`;
const headers = (frameAncestors: string, frameOptions: string) => ({
  'content-security-policy': csp(frameAncestors),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  'x-frame-options': frameOptions,
});
/** Headers of the customer's page: no script, no framing, no Referer. */
export const STATUS_PAGE_HEADERS = headers("'none'", 'DENY');
/** Headers of the staff preview: the same, but the back office (same origin) may frame it. */
export const PREVIEW_PAGE_HEADERS = headers("'self'", 'SAMEORIGIN');

/** What the page shows: the device, its report (saved, or a preview) and the customer's options. */
export type StatusPageView = Pick<FacilityDeviceView, 'device' | 'timeline' | 'decision' | 'payout' | 'canDecide' | 'orderLinked' | 'awaitsOrderDecision'> & {
  report: DifferenceReport | null;
};

/** Where the page's links go: photos, and the decision forms (null: a preview, buttons disabled). */
export interface StatusPageLinks {
  photo(photoId: string): string;
  decision: string | null;
}

/**
 * The customer's status page (HTML, no script): the same renderer serves the customer's signed
 * link and the staff preview, so staff see exactly what the customer will see.
 */
export function renderStatusPage(ctx: Ctx, v: StatusPageView, links: StatusPageLinks): string {
  const l = ctx.locale;
  const t = (k: string, p: Record<string, unknown> = {}) => escapeHtml(translate(k, l, p));
  const d = v.device;
  const money = (m: number) => escapeHtml(formatMoney(m, d.currency, l));
  const report = v.report;
  let body = links.decision === null ? `<p role="note"><strong>${t(T.preview)}</strong></p>` : '';
  body += `<h1>${t(T.title)}</h1><p>${escapeHtml(ctx.tenant.name)} · ${escapeHtml(d.productName)}</p>`;
  body += `<p>${t(T.status)}: <strong>${escapeHtml(d.status)}</strong></p>`;
  if (report) {
    body += `<table><tr><th>${t(T.registered)}</th><td>${money(report.registeredMinor)}</td></tr><tr><th>${t(T.final)}</th><td>${money(report.finalMinor)}</td></tr>`;
    body += `<tr><th>${t(T.difference)}</th><td class="${report.differenceMinor < 0 ? 'neg' : 'pos'}">${money(report.differenceMinor)}</td></tr></table>`;
    if (report.override) body += `<p>${t(T.override, { reason: report.override.reason })}</p>`;
    const lines = report.lines.filter((x) => x.kind !== 'terms');
    if (lines.length === 0) body += `<p>${t(T.noChanges)}</p>`;
    else {
      body += `<table><tr><th>${t(T.question)}</th><th>${t(T.said)}</th><th>${t(T.found)}</th><th>${t(T.effect)}</th><th>${t(T.photos)}</th></tr>`;
      for (const line of lines) {
        const imgs = line.photoIds
          .map((id) => `<a href="${escapeHtml(links.photo(id))}"><img src="${escapeHtml(links.photo(id))}" alt="${escapeHtml(line.label)}"></a>`)
          .join('');
        body += `<tr><td>${escapeHtml(line.label)}</td><td>${escapeHtml(line.said.join(', '))}</td><td>${escapeHtml(line.found.join(', '))}</td><td class="${line.effectMinor < 0 ? 'neg' : 'pos'}">${money(line.effectMinor)}</td><td>${imgs}</td></tr>`;
      }
      body += `</table>`;
    }
  }
  if (v.canDecide) {
    const form = (decision: string, label: string) =>
      links.decision === null
        ? `<form><button type="button" disabled>${label}</button></form>`
        : `<form method="post" action="${escapeHtml(links.decision)}"><input type="hidden" name="decision" value="${decision}"><button type="submit">${label}</button></form>`;
    body += form('approved', t(T.approve)) + form('rejected', t(T.reject));
  } else if (v.awaitsOrderDecision) {
    body += `<p>${t(T.byOrderEmail)}</p>`;
  } else if (v.decision || v.device.decision) {
    // Order devices are decided through commerce: the device carries the decision.
    const decided = v.decision?.decision ?? v.device.decision;
    body += `<p>${t(T.decided, { decision: translate(decided === 'approved' ? T.approved : T.rejected, l) })}</p>`;
  }
  if (v.payout) body += `<p>${t(T.payout, { amount: formatMoney(v.payout.amountMinor, v.payout.currency, l) })}</p>`;
  body += `<h2>${t(T.timeline)}</h2><ol>${v.timeline.map((e) => `<li>${escapeHtml(e.createdAt.toISOString().slice(0, 16).replace('T', ' '))} UTC — ${escapeHtml(e.toStatus)}</li>`).join('')}</ol>`;
  return `<!doctype html><html lang="${l}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer"><title>${t(T.title)} — ${escapeHtml(ctx.tenant.name)}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}
