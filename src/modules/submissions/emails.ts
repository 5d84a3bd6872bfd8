import { defineMessages, translate } from '../../platform/i18n/index.js';
import { escapeHtml } from '../notifications/index.js';

/** What a status e-mail says; one per seed status the customer should hear about. */
export type StatusEmail = 'submitted' | 'offered' | 'final_offer' | 'accepted' | 'shipped' | 'received' | 'inspected' | 'completed' | 'declined';

const M = defineMessages('submissions.email', {
  greeting: { en: 'Hello {name},', tr: 'Merhaba {name},', sv: 'Hej {name},', de: 'Hallo {name},' },
  signature: { en: 'Kind regards,\n{tenant}', tr: 'Saygılarımızla,\n{tenant}', sv: 'Vänliga hälsningar,\n{tenant}', de: 'Mit freundlichen Grüßen\n{tenant}' },
  subject: {
    en: '{tenant}: your trade-in of {product} — {status}',
    tr: '{tenant}: {product} takasınız — {status}',
    sv: '{tenant}: ditt inbyte av {product} — {status}',
    de: '{tenant}: Ihre Inzahlungnahme von {product} — {status}',
  },
  link: { en: 'See your submission: {url}', tr: 'Başvurunuzu görüntüleyin: {url}', sv: 'Se din inlämning: {url}', de: 'Ihre Einreichung ansehen: {url}' },
  linkLabel: { en: 'See your submission', tr: 'Başvurunuzu görüntüleyin', sv: 'Se din inlämning', de: 'Ihre Einreichung ansehen' },
  s_submitted: { en: 'submitted', tr: 'gönderildi', sv: 'inskickad', de: 'eingereicht' },
  s_offered: { en: 'offer received', tr: 'teklif alındı', sv: 'erbjudande mottaget', de: 'Angebot erhalten' },
  s_final_offer: { en: 'new final offer', tr: 'yeni nihai teklif', sv: 'nytt slutligt erbjudande', de: 'neues endgültiges Angebot' },
  s_accepted: { en: 'offer accepted', tr: 'teklif kabul edildi', sv: 'erbjudandet accepterat', de: 'Angebot angenommen' },
  s_shipped: { en: 'on its way', tr: 'yolda', sv: 'på väg', de: 'unterwegs' },
  s_received: { en: 'received', tr: 'teslim alındı', sv: 'mottagen', de: 'eingegangen' },
  s_inspected: { en: 'inspected', tr: 'incelendi', sv: 'inspekterad', de: 'geprüft' },
  s_completed: { en: 'completed', tr: 'tamamlandı', sv: 'slutförd', de: 'abgeschlossen' },
  s_declined: { en: 'declined', tr: 'reddedildi', sv: 'avböjd', de: 'abgelehnt' },
  b_submitted: {
    en: 'We have your submission for {product} and will review it shortly.',
    tr: '{product} için başvurunuzu aldık ve kısa süre içinde inceleyeceğiz.',
    sv: 'Vi har tagit emot din inlämning för {product} och granskar den inom kort.',
    de: 'Wir haben Ihre Einreichung für {product} erhalten und prüfen sie in Kürze.',
  },
  b_offered: {
    en: 'We offer {amount} for your {product}. The offer is valid until {expires}.',
    tr: '{product} cihazınız için {amount} teklif ediyoruz. Teklif {expires} tarihine kadar geçerlidir.',
    sv: 'Vi erbjuder {amount} för din {product}. Erbjudandet gäller till {expires}.',
    de: 'Wir bieten {amount} für Ihr {product}. Das Angebot gilt bis {expires}.',
  },
  b_final_offer: {
    en: 'We inspected your {product}. Its final value is {amount}, less than agreed. Accept it or decline and we send the device back. Valid until {expires}.',
    tr: '{product} cihazınızı inceledik. Nihai değeri {amount}, anlaşılandan düşük. Kabul edin ya da reddedin, cihazı size geri gönderelim. {expires} tarihine kadar geçerlidir.',
    sv: 'Vi har inspekterat din {product}. Det slutliga värdet är {amount}, lägre än överenskommet. Godkänn det eller avböj så skickar vi tillbaka enheten. Gäller till {expires}.',
    de: 'Wir haben Ihr {product} geprüft. Der endgültige Wert beträgt {amount}, weniger als vereinbart. Nehmen Sie ihn an oder lehnen Sie ab, dann senden wir das Gerät zurück. Gültig bis {expires}.',
  },
  b_accepted: {
    en: 'Thank you for accepting {amount} for your {product}. Print the shipping label and send the device to us: {label}',
    tr: '{product} cihazınız için {amount} teklifini kabul ettiğiniz için teşekkürler. Gönderim etiketini yazdırın ve cihazı bize gönderin: {label}',
    sv: 'Tack för att du accepterade {amount} för din {product}. Skriv ut fraktetiketten och skicka enheten till oss: {label}',
    de: 'Danke, dass Sie {amount} für Ihr {product} angenommen haben. Drucken Sie das Versandetikett und senden Sie uns das Gerät: {label}',
  },
  b_shipped: {
    en: 'Your {product} is on its way to us.',
    tr: '{product} cihazınız bize doğru yolda.',
    sv: 'Din {product} är på väg till oss.',
    de: 'Ihr {product} ist auf dem Weg zu uns.',
  },
  b_received: {
    en: 'Your {product} has arrived at our facility and waits for inspection.',
    tr: '{product} cihazınız tesisimize ulaştı ve incelemeyi bekliyor.',
    sv: 'Din {product} har kommit fram till vår anläggning och väntar på inspektion.',
    de: 'Ihr {product} ist in unserem Prüfzentrum eingegangen und wartet auf die Prüfung.',
  },
  b_inspected: {
    en: 'We inspected your {product}; its final value is {amount}. We are issuing your credit.',
    tr: '{product} cihazınızı inceledik; nihai değeri {amount}. Ödemenizi hazırlıyoruz.',
    sv: 'Vi har inspekterat din {product}; det slutliga värdet är {amount}. Vi betalar ut din kredit.',
    de: 'Wir haben Ihr {product} geprüft; der endgültige Wert beträgt {amount}. Wir stellen Ihre Gutschrift aus.',
  },
  b_completed: {
    en: 'Your trade-in of {product} is complete: {amount} has been issued to you.',
    tr: '{product} takasınız tamamlandı: {amount} size ödendi.',
    sv: 'Ditt inbyte av {product} är klart: {amount} har betalats ut till dig.',
    de: 'Ihre Inzahlungnahme von {product} ist abgeschlossen: {amount} wurde Ihnen gutgeschrieben.',
  },
  b_declined: {
    en: 'The trade-in of your {product} was declined.',
    tr: '{product} takasınız reddedildi.',
    sv: 'Inbytet av din {product} avböjdes.',
    de: 'Die Inzahlungnahme Ihres {product} wurde abgelehnt.',
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
