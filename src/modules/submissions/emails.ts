import { defineMessages, translate } from '../../platform/i18n/index.js';
import { escapeHtml } from '../notifications/index.js';

/** What a status e-mail says; one per seed status the customer should hear about. */
export type StatusEmail = 'submitted' | 'offered' | 'final_offer' | 'accepted' | 'shipped' | 'received' | 'inspected' | 'completed' | 'declined';

const M = defineMessages('submissions.email', {
  greeting: { en: 'Hello {name},' },
  signature: { en: 'Kind regards,\n{tenant}' },
  subject: {
    en: '{tenant}: your trade-in of {product} — {status}',
  },
  link: { en: 'See your submission: {url}' },
  linkLabel: { en: 'See your submission' },
  s_submitted: { en: 'submitted' },
  s_offered: { en: 'offer received' },
  s_final_offer: { en: 'new final offer' },
  s_accepted: { en: 'offer accepted' },
  s_shipped: { en: 'on its way' },
  s_received: { en: 'received' },
  s_inspected: { en: 'inspected' },
  s_completed: { en: 'completed' },
  s_declined: { en: 'declined' },
  b_submitted: {
    en: 'We have your submission for {product} and will review it shortly.',
  },
  b_offered: {
    en: 'We offer {amount} for your {product}. The offer is valid until {expires}.',
  },
  b_final_offer: {
    en: 'We inspected your {product}. Its final value is {amount}, less than agreed. Accept it or decline and we send the device back. Valid until {expires}.',
  },
  b_accepted: {
    en: 'Thank you for accepting {amount} for your {product}. Print the shipping label and send the device to us: {label}',
  },
  b_shipped: {
    en: 'Your {product} is on its way to us.',
  },
  b_received: {
    en: 'Your {product} has arrived at our facility and waits for inspection.',
  },
  b_inspected: {
    en: 'We inspected your {product}; its final value is {amount}. We are issuing your credit.',
  },
  b_completed: {
    en: 'Your trade-in of {product} is complete: {amount} has been issued to you.',
  },
  b_declined: {
    en: 'The trade-in of your {product} was declined.',
  },
});

export interface StatusEmailData {
  tenantName: string;
  customerName: string;
  productName: string;
  /** Formatted money, when the e-mail names an amount. */
  amount?: string;
  expires?: string;
  labelUrl?: string;
  submissionUrl: string;
}

/** Renders a submission status e-mail (pure). */
export function renderStatusEmail(kind: StatusEmail, locale: string, d: StatusEmailData): { subject: string; html: string; text: string } {
  const t = (key: string, params: Record<string, unknown> = {}) => translate(key, locale, params);
  const p = { tenant: d.tenantName, product: d.productName, amount: d.amount ?? '', expires: d.expires ?? '', label: d.labelUrl ?? '' };
  const subject = t(M.subject, { ...p, status: t(M[`s_${kind}`]) });
  const body = t(M[`b_${kind}`], p);
  const greeting = t(M.greeting, { name: d.customerName });
  const signature = t(M.signature, { tenant: d.tenantName });
  const text = [greeting, '', body, '', t(M.link, { url: d.submissionUrl }), '', signature].join('\n');
  const html = `<!doctype html><html><body><p>${escapeHtml(greeting)}</p><p>${escapeHtml(body)}</p><p><a href="${escapeHtml(d.submissionUrl)}">${escapeHtml(
    t(M.linkLabel),
  )}</a></p><p>${escapeHtml(signature).replace(/\n/g, '<br>')}</p></body></html>`;
  return { subject, html, text };
}
