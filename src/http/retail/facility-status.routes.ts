import crypto from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { FacilityErrors, type FacilityDeviceView } from '../../modules/facility/index.js';
import { escapeHtml } from '../../modules/notifications/index.js';
import type { Ctx } from '../../platform/context.js';
import { defineMessages, isLocale, negotiateLocale, translate } from '../../platform/i18n/index.js';
import { formatMoney } from '../../platform/money/index.js';
import { zodApp, type RouteOptions } from '../route-types.js';

const T = defineMessages('facility.status', {
  title: { en: 'Your trade-in', tr: 'Takas işleminiz', sv: 'Ditt inbyte', de: 'Ihre Inzahlungnahme' },
  status: { en: 'Status', tr: 'Durum', sv: 'Status', de: 'Status' },
  registered: { en: 'Registered price', tr: 'Kayıtlı fiyat', sv: 'Registrerat pris', de: 'Registrierter Preis' },
  final: { en: 'Price after inspection', tr: 'İnceleme sonrası fiyat', sv: 'Pris efter inspektion', de: 'Preis nach Prüfung' },
  difference: { en: 'Difference', tr: 'Fark', sv: 'Skillnad', de: 'Differenz' },
  question: { en: 'Question', tr: 'Soru', sv: 'Fråga', de: 'Frage' },
  said: { en: 'You said', tr: 'Sizin beyanınız', sv: 'Du angav', de: 'Ihre Angabe' },
  found: { en: 'We found', tr: 'Bizim tespitimiz', sv: 'Vi fann', de: 'Unser Befund' },
  effect: { en: 'Price effect', tr: 'Fiyat etkisi', sv: 'Prispåverkan', de: 'Preisauswirkung' },
  photos: { en: 'Photos', tr: 'Fotoğraflar', sv: 'Foton', de: 'Fotos' },
  noChanges: { en: 'We found the device as you described it.', tr: 'Cihazı tarif ettiğiniz gibi bulduk.', sv: 'Vi fann enheten som du beskrev den.', de: 'Wir haben das Gerät so vorgefunden, wie Sie es beschrieben haben.' },
  override: { en: 'Set by hand by our staff: {reason}', tr: 'Personelimiz tarafından elle belirlendi: {reason}', sv: 'Satt manuellt av vår personal: {reason}', de: 'Von unseren Mitarbeitenden von Hand festgelegt: {reason}' },
  timeline: { en: 'Timeline', tr: 'Zaman çizelgesi', sv: 'Tidslinje', de: 'Verlauf' },
  approve: { en: 'Approve the price', tr: 'Fiyatı onayla', sv: 'Godkänn priset', de: 'Preis annehmen' },
  reject: { en: 'Reject and get my device back', tr: 'Reddet ve cihazımı geri al', sv: 'Avböj och få tillbaka min enhet', de: 'Ablehnen und Gerät zurückerhalten' },
  decided: { en: 'Your decision: {decision}', tr: 'Kararınız: {decision}', sv: 'Ditt beslut: {decision}', de: 'Ihre Entscheidung: {decision}' },
  approved: { en: 'approved', tr: 'onaylandı', sv: 'godkänt', de: 'angenommen' },
  rejected: { en: 'rejected', tr: 'reddedildi', sv: 'avböjt', de: 'abgelehnt' },
  payout: { en: 'Paid out: {amount}', tr: 'Ödendi: {amount}', sv: 'Utbetalt: {amount}', de: 'Ausgezahlt: {amount}' },
  byOrderEmail: {
    en: 'This device is part of your order: please approve or reject with the links in our e-mail about the order.',
    tr: 'Bu cihaz siparişinizin bir parçası: lütfen sipariş hakkındaki e-postamızdaki bağlantılarla onaylayın veya reddedin.',
    sv: 'Den här enheten hör till din order: godkänn eller avböj med länkarna i vårt e-postmeddelande om ordern.',
    de: 'Dieses Gerät gehört zu Ihrer Bestellung: Bitte nehmen Sie über die Links in unserer E-Mail zur Bestellung an oder lehnen Sie ab.',
  },
});

const STYLE =
  'body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222}table{border-collapse:collapse;width:100%}' +
  'th,td{border-bottom:1px solid #ddd;padding:.4rem;text-align:left;vertical-align:top}.neg{color:#b42318}.pos{color:#1a7f37}img{max-width:160px;margin:.2rem;border:1px solid #ccc}' +
  'form{display:inline-block;margin:.5rem .5rem 0 0}button{padding:.6rem 1rem;font-size:1rem}';
const STYLE_HASH = crypto.createHash('sha256').update(STYLE).digest('base64');
const CSP = `default-src 'none'; img-src 'self'; style-src 'sha256-${STYLE_HASH}'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`;

const TokenParams = z.object({ token: z.string().min(10).max(2000) });

function renderPage(ctx: Ctx, token: string, v: FacilityDeviceView): string {
  const l = ctx.locale;
  const t = (k: string, p: Record<string, unknown> = {}) => escapeHtml(translate(k, l, p));
  const d = v.device;
  const money = (m: number) => escapeHtml(formatMoney(m, d.currency, l));
  const base = `/api/v2/public/devices/${encodeURIComponent(token)}`;
  const report = v.valuation?.report;
  let body = `<h1>${t(T.title)}</h1><p>${escapeHtml(ctx.tenant.name)} · ${escapeHtml(d.productName)}</p>`;
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
        const imgs = line.photoIds.map((id) => `<a href="${base}/photos/${encodeURIComponent(id)}"><img src="${base}/photos/${encodeURIComponent(id)}" alt="${escapeHtml(line.label)}"></a>`).join('');
        body += `<tr><td>${escapeHtml(line.label)}</td><td>${escapeHtml(line.said.join(', '))}</td><td>${escapeHtml(line.found.join(', '))}</td><td class="${line.effectMinor < 0 ? 'neg' : 'pos'}">${money(line.effectMinor)}</td><td>${imgs}</td></tr>`;
      }
      body += `</table>`;
    }
  }
  if (v.canDecide) {
    body += `<form method="post" action="${base}/decision"><input type="hidden" name="decision" value="approved"><button type="submit">${t(T.approve)}</button></form>`;
    body += `<form method="post" action="${base}/decision"><input type="hidden" name="decision" value="rejected"><button type="submit">${t(T.reject)}</button></form>`;
  } else if (v.orderLinked && d.status === 'Valuated' && !d.decision) {
    body += `<p>${t(T.byOrderEmail)}</p>`;
  } else if (v.decision || d.decision) {
    // Order devices are decided through commerce: the device carries the decision.
    const decided = v.decision?.decision ?? d.decision;
    body += `<p>${t(T.decided, { decision: translate(decided === 'approved' ? T.approved : T.rejected, l) })}</p>`;
  }
  if (v.payout) body += `<p>${t(T.payout, { amount: formatMoney(v.payout.amountMinor, v.payout.currency, l) })}</p>`;
  body += `<h2>${t(T.timeline)}</h2><ol>${v.timeline.map((e) => `<li>${escapeHtml(e.createdAt.toISOString().slice(0, 16).replace('T', ' '))} UTC — ${escapeHtml(e.toStatus)}</li>`).join('')}</ol>`;
  return `<!doctype html><html lang="${l}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer"><title>${t(T.title)} — ${escapeHtml(ctx.tenant.name)}</title><style>${STYLE}</style></head><body>${body}</body></html>`;
}

/**
 * The customer's status page of a device (signed link, no account needed): timeline, difference
 * report with photo thumbnails, approve/reject as plain forms. No script at all; CSP forbids
 * framing and anything not from here; the token never leaves in a Referer.
 */
export async function facilityStatusRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { facility, org } = deps.modules;
  // The decision forms post urlencoded bodies (this plugin only).
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 1024 }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });

  const ctxFor = async (token: string, requestId: string, acceptLanguage: string | undefined, lang: string | undefined): Promise<{ ctx: Ctx; deviceId: number }> => {
    const link = facility.readStatusToken(token, deps.clock.now());
    const tenant = await org.tenants.findActiveById(link.tenantId);
    if (!tenant) throw FacilityErrors.N400010();
    const locale = lang && isLocale(lang) ? lang : negotiateLocale(acceptLanguage, tenant.locales, tenant.defaultLocale);
    return { ctx: { tenant, actor: { kind: 'anonymous' }, db: deps.db, clock: deps.clock, locale, requestId }, deviceId: link.deviceId };
  };
  const secure = { 'content-security-policy': CSP, 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'cache-control': 'no-store', 'x-frame-options': 'DENY' };

  r.get(
    '/api/v2/public/devices/:token',
    { schema: { tags: ['public'], summary: 'The customer’s status page of a device (HTML): timeline, difference report, photos, approve/reject', params: TokenParams, querystring: z.object({ lang: z.string().max(5).optional() }) } },
    async (request, reply) => {
      const { ctx, deviceId } = await ctxFor(request.params.token, request.id, request.headers['accept-language'], request.query.lang);
      request.locale = ctx.locale;
      const view = await facility.deviceView(ctx, deviceId);
      return reply.type('text/html; charset=utf-8').headers(secure).send(renderPage(ctx, request.params.token, view));
    },
  );

  r.post(
    '/api/v2/public/devices/:token/decision',
    { schema: { tags: ['public'], summary: 'The customer approves or rejects the valuation from the status page', params: TokenParams, body: z.object({ decision: z.enum(['approved', 'rejected']) }) } },
    async (request, reply) => {
      const { ctx, deviceId } = await ctxFor(request.params.token, request.id, request.headers['accept-language'], undefined);
      request.locale = ctx.locale;
      await facility.decide(ctx, deviceId, request.body.decision, 'status_page');
      return reply.code(303).headers(secure).header('location', `/api/v2/public/devices/${encodeURIComponent(request.params.token)}`).send();
    },
  );

  r.get(
    '/api/v2/public/devices/:token/photos/:photoId',
    { schema: { tags: ['public'], summary: 'A thumbnail of the evidence shown on the status page', params: TokenParams.extend({ photoId: z.uuid() }) } },
    async (request, reply) => {
      const { ctx, deviceId } = await ctxFor(request.params.token, request.id, request.headers['accept-language'], undefined);
      const bytes = await facility.evidenceThumb(ctx, deviceId, request.params.photoId);
      return reply.type('image/jpeg').headers(secure).send(bytes);
    },
  );
}
