import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  BulkCancellationInput,
  CancellationRequestInput,
  CheckoutInput,
  CommerceErrors,
  CommerceSettings,
  isCancellable,
  isRefundable,
  type CancellationReasonRecord,
  type CancellationRequestRecord,
  type OldOrderRecord,
  type OrderItemRecord,
  type OrderRecord,
  type TradeInDecision,
} from '../../modules/commerce/index.js';
import { escapeHtml } from '../../modules/notifications/index.js';
import { isAppError, type AppError } from '../../platform/errors/index.js';
import { defineMessages, translate } from '../../platform/i18n/index.js';
import { currencySymbol, formatDecimal } from '../../platform/money/index.js';
import { requireCtx, requireUser } from '../plugins/auth.js';
import { zodApp, type RouteOptions } from '../route-types.js';

const L = defineMessages('storefront.commerce', {
  status100: { en: 'Cancelled', tr: 'İptal edildi', sv: 'Avbeställd', de: 'Storniert' },
  status200: { en: 'Waiting', tr: 'Bekliyor', sv: 'Väntar', de: 'Wartend' },
  status400: { en: 'Approved', tr: 'Onaylandı', sv: 'Godkänd', de: 'Bestätigt' },
  status500: { en: 'Shipped', tr: 'Kargoya verildi', sv: 'Skickad', de: 'Versandt' },
  status550: { en: 'Delivered', tr: 'Teslim edildi', sv: 'Levererad', de: 'Zugestellt' },
  status600: { en: 'Refunded', tr: 'İade edildi', sv: 'Återbetald', de: 'Erstattet' },
  requestopen: { en: 'Open', tr: 'Açık', sv: 'Öppen', de: 'Offen' },
  requestcompleted: { en: 'Completed', tr: 'Tamamlandı', sv: 'Slutförd', de: 'Abgeschlossen' },
  approved: {
    en: 'Your approval has been submitted.',
    tr: 'Onaylama isleminiz gönderilmiştir.',
    sv: 'Ditt godkännande har skickats.',
    de: 'Ihre Zustimmung wurde übermittelt.',
  },
  rejected: {
    en: 'Your rejection has been submitted.',
    tr: 'Reddetme işleminiz gönderilmiştir.',
    sv: 'Ditt avböjande har skickats.',
    de: 'Ihre Ablehnung wurde übermittelt.',
  },
  confirmApprove: {
    en: 'Do you approve the final valuation of your trade-in device?',
    tr: 'Takas cihazınızın nihai değerlendirmesini onaylıyor musunuz?',
    sv: 'Godkänner du den slutliga värderingen av din inbytesenhet?',
    de: 'Nehmen Sie die endgültige Bewertung Ihres Eintauschgeräts an?',
  },
  confirmReject: {
    en: 'Do you reject the final valuation of your trade-in device? The device will be sent back to you.',
    tr: 'Takas cihazınızın nihai değerlendirmesini reddediyor musunuz? Cihaz size geri gönderilecektir.',
    sv: 'Avböjer du den slutliga värderingen av din inbytesenhet? Enheten skickas tillbaka till dig.',
    de: 'Lehnen Sie die endgültige Bewertung Ihres Eintauschgeräts ab? Das Gerät wird an Sie zurückgesendet.',
  },
  buttonApprove: { en: 'Yes, approve', tr: 'Evet, onayla', sv: 'Ja, godkänn', de: 'Ja, annehmen' },
  buttonReject: { en: 'Yes, reject', tr: 'Evet, reddet', sv: 'Ja, avböj', de: 'Ja, ablehnen' },
  notFound: {
    en: 'This link is no longer valid.',
    tr: 'Bu bağlantı artık geçerli değil.',
    sv: 'Den här länken är inte längre giltig.',
    de: 'Dieser Link ist nicht mehr gültig.',
  },
});

const Paging = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
const IdParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
const PkParams = z.object({ pk: z.coerce.number().int().positive().max(2_147_483_647) });
const Paged = (item: z.ZodType) => z.object({ count: z.number(), next: z.string().nullable(), previous: z.string().nullable(), results: z.array(item) });

const currency = (code: string) => ({ value: code.toLowerCase(), label: code.toUpperCase() === 'TRY' ? 'TL' : currencySymbol(code) });
const statusOf = (code: string, locale: string) => ({ value: code, label: translate(`storefront.commerce.status${code}`, locale) });
const REASON_LOCALE_KEYS: Record<string, string> = { en: 'en-us', tr: 'tr-tr', sv: 'sv-se', de: 'de-de' };

function pageLinks(request: FastifyRequest, count: number, page: number, limit: number) {
  const base = `${request.protocol}://${request.host}${request.url.split('?')[0]}`;
  const at = (p: number) => `${base}?page=${p}&limit=${limit}`;
  return { next: page * limit < count ? at(page + 1) : null, previous: page > 1 ? at(page - 1) : null };
}

function toCancellationRequest(r: CancellationRequestRecord, locale: string) {
  return {
    id: r.id,
    cancellation_type: r.cancellationType,
    status: { value: r.status, label: translate(`storefront.commerce.request${r.status}`, locale) },
    easy_return: null,
    created_date: r.createdAt.toISOString(),
    modified_date: r.modifiedAt.toISOString(),
    uuid: r.uuid,
    description: r.description,
    iban: r.iban,
    holder_name: r.holderName,
    reason: r.reasonId,
    order_item: r.orderItemId,
  };
}

function itemAttributes(i: OrderItemRecord, cur: string): Record<string, unknown> {
  const ti = i.attributes.tradein as Record<string, unknown> | undefined;
  if (!ti) return i.attributes;
  return {
    ...i.attributes,
    tradein: {
      ...ti,
      final_price: i.tradeinFinalPriceMinor === null ? null : formatDecimal(i.tradeinFinalPriceMinor, String(ti.currency ?? cur)),
      review_status: i.tradeinReview,
    },
  };
}

function toOrderItem(i: OrderItemRecord, o: OrderRecord, locale: string) {
  const remaining = i.quantity - i.cancelledQuantity;
  const requests = i.cancellationRequests.map((r) => toCancellationRequest(r, locale));
  return {
    id: i.id,
    status: statusOf(i.status, locale),
    price_currency: currency(o.currency),
    product: {
      pk: null,
      sku: i.productSku,
      base_code: null,
      name: i.productName,
      image: null,
      absolute_url: null,
      attributes: {},
      attributes_kwargs: {},
      form_schema: null,
      data_source: null,
      extra_attributes: {},
    },
    is_cancelled: remaining === 0,
    is_cancellable: isCancellable(i.status, remaining),
    is_refundable: isRefundable(i.status, remaining),
    cancellationrequest_set: requests,
    active_cancellation_request: requests.find((r) => r.status.value === 'open') ?? null,
    shipping_company: null,
    tracking_url: null,
    is_tradable: false,
    available_easy_return_shipping_companies: [],
    datasource_detailed: null,
    extra_product_stock_detailed: null,
    extra_product_price_detailed: null,
    created_date: i.createdAt.toISOString(),
    modified_date: i.modifiedAt.toISOString(),
    attributes: itemAttributes(i, o.currency),
    attributes_kwargs: {},
    localized_attributes: {},
    localized_attributes_kwargs: {},
    price: formatDecimal(i.priceMinor, o.currency),
    quantity: i.quantity,
    tax_rate: null,
    invoice_number: null,
    invoice_date: null,
    e_archive_url: null,
    tracking_number: null,
    retail_price: formatDecimal(i.priceMinor, o.currency),
    image: null,
    extra_field: { price_extra_field: {}, stock_extra_field: {} },
    estimated_delivery_date: null,
    shipping_tracking_url: null,
    order: o.id,
    parent: null,
    extra_product_price: null,
    extra_product_stock: null,
    datasource: null,
  };
}

function toOrder(o: OrderRecord, locale: string) {
  const money = (m: number) => formatDecimal(m, o.currency);
  const open = o.items.some((i) => isCancellable(i.status, i.quantity - i.cancelledQuantity));
  return {
    id: o.id,
    status: statusOf(o.status, locale),
    currency: currency(o.currency),
    orderitem_set: o.items.map((i) => toOrderItem(i, o, locale)),
    discountitem_set: o.discounts.map((d) => ({
      name: d.name,
      amount: money(d.amountMinor),
      created_date: d.createdAt.toISOString(),
      order_number: o.number,
      currency: currency(o.currency),
    })),
    is_cancelled: o.status === '100',
    is_cancellable: open,
    is_refundable: o.items.some((i) => isRefundable(i.status, i.quantity - i.cancelledQuantity)),
    shipping_address: {},
    billing_address: {},
    shipping_company: null,
    client_type: o.clientType,
    payment_option: {},
    amount_without_discount: money(o.amountWithoutDiscountMinor),
    is_payable: false,
    tracking_url: null,
    bank: {},
    loyaltytransaction_set: [],
    created_date: o.createdAt.toISOString(),
    modified_date: o.modifiedAt.toISOString(),
    number: o.number,
    amount: money(o.amountMinor),
    discount_amount: money(o.discountMinor),
    shipping_amount: money(o.shippingMinor),
    shipping_tax_rate: null,
    refund_amount: money(o.refundMinor),
    discount_refund_amount: money(0),
    shipping_refund_amount: money(0),
    invoice_number: null,
    invoice_date: null,
    e_archive_url: null,
    tracking_number: null,
    defined_tracking_url: null,
    remote_addr: o.remoteAddr,
    has_gift_box: false,
    gift_box_note: null,
    language_code: o.languageCode,
    notes: null,
    delivery_range: null,
    extra_field: {},
    user_email: o.userEmail,
    shipping_option_slug: null,
    payment_option_slug: null,
    bin_number: null,
    installment_count: 1,
    installment_interest_amount: money(0),
    shipping_tracking_url: null,
    user: o.userId,
    basket: null,
    shipping_option: null,
    card: null,
    installment: null,
    segment: null,
    checkout_provider: null,
  };
}

function toReason(r: CancellationReasonRecord, locale: string) {
  const translations = Object.fromEntries(Object.entries(r.translations).map(([l, t]) => [REASON_LOCALE_KEYS[l] ?? l, t]));
  return {
    id: r.id,
    cancellation_type: r.cancellationType,
    translations,
    created_date: r.createdAt.toISOString(),
    modified_date: r.modifiedAt.toISOString(),
    uuid: r.uuid,
    subject: (r.translations[locale] ?? r.translations.en)?.subject ?? r.key,
    extra_information_needed: r.extraInformationNeeded,
    order: null,
    is_active: r.isActive,
  };
}

function toOldOrder(o: OldOrderRecord) {
  const money = (m: number) => formatDecimal(m, o.currency);
  return {
    id: o.id,
    currency: currency(o.currency),
    shipping_company: null,
    oldorderitem_set: o.items.map((i) => ({ sku: i.sku, name: i.name, quantity: i.quantity, price: money(i.price_minor) })),
    number: o.number,
    user_email: o.userEmail,
    status: o.status,
    created_date: o.createdAt.toISOString(),
    amount: money(o.amountMinor),
    discount_amount: money(o.discountMinor),
    payment_type: o.paymentType,
    bank: o.bank,
    installment_count: o.installmentCount,
    tracking_number: o.trackingNumber,
    shipping_address: o.shippingAddress,
    billing_address: o.billingAddress,
    extra_field: o.extraField,
    user: o.userId,
  };
}

const wantsHtml = (request: FastifyRequest) => /\btext\/html\b/.test(String(request.headers.accept ?? ''));

function page(locale: string, title: string, body: string): string {
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">` +
    `<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head>` +
    `<body style="font-family:Arial,Helvetica,sans-serif;max-width:560px;margin:40px auto;padding:0 16px">${body}</body></html>`;
}

function sendHtml(reply: FastifyReply, status: number, html: string): FastifyReply {
  return reply
    .status(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('referrer-policy', 'no-referrer')
    .send(html);
}

/** Success of a decision: plain text for API clients (seed 000), a page for browsers. */
function sendDecided(request: FastifyRequest, reply: FastifyReply, decision: TradeInDecision, locale: string): FastifyReply {
  const message = translate(decision === 'approved' ? L.approved : L.rejected, locale);
  if (wantsHtml(request)) return sendHtml(reply, 200, page(locale, message, `<h1>${escapeHtml(message)}</h1>`));
  return reply.status(200).header('content-type', 'text/plain; charset=utf-8').send(message);
}

/** Speculative requests (Chrome `Sec-Purpose`, older `Purpose`/`X-Purpose`, Firefox `X-Moz`). */
function isPrefetch(request: FastifyRequest): boolean {
  const h = request.headers;
  return [h['sec-purpose'], h.purpose, h['x-purpose'], h['x-moz']].some((v) => typeof v === 'string' && /prefetch|prerender|preview/i.test(v));
}

function isNotFound(err: unknown): err is AppError {
  return isAppError(err) && err.code === 'N300001';
}

/**
 * Storefront orders (seed 002), checkout with trade-in, and the trade-in approve/reject links
 * (seed 000). Routes parse, call one commerce use case and map to the seed's shapes.
 */
export async function commerceStorefrontRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { commerce } = deps.modules;

  // The confirmation page posts an HTML form.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });

  // Seed 002's two non-standard error bodies; everything else goes to the surface handler.
  app.setErrorHandler((err, request, reply) => {
    if (isAppError(err) && err.code === 'cancellation_request_100_8') {
      return reply.status(406).send({ non_field_errors: err.localizedMessage(request.locale), error_code: err.code });
    }
    if (isAppError(err) && err.code === 'B300001') {
      return reply.status(400).send({ quantity: err.localizedMessage(request.locale) });
    }
    throw err;
  });

  r.post(
    '/orders/checkout/',
    {
      schema: { tags: ['storefront'], summary: 'Create an order (items may carry a trade-in that lowers the total)', body: CheckoutInput },
    },
    async (request, reply) => {
      const ctx = requireUser(request);
      const order = await commerce.checkout(ctx, request.body, { ip: request.ip ?? null });
      return reply.status(201).send(toOrder(order, ctx.locale));
    },
  );

  r.get(
    '/users/orders/',
    { schema: { tags: ['storefront'], summary: "The signed-in user's orders", querystring: Paging, response: { 200: Paged(z.any()) } } },
    async (request) => {
      const ctx = requireUser(request);
      const { page: p, limit } = request.query;
      const { count, orders } = await commerce.listOrders(ctx, { limit, offset: (p - 1) * limit });
      return { count, ...pageLinks(request, count, p, limit), results: orders.map((o) => toOrder(o, ctx.locale)) };
    },
  );

  r.get(
    '/users/orders/cancellation_reasons/',
    { schema: { tags: ['storefront'], summary: 'Cancellation reasons', response: { 200: Paged(z.any()) } } },
    async (request) => {
      const ctx = requireUser(request);
      const reasons = await commerce.listCancellationReasons(ctx);
      return { count: reasons.length, next: null, previous: null, results: reasons.map((x) => toReason(x, ctx.locale)) };
    },
  );

  r.get(
    '/users/orders/cancellation_requests/',
    { schema: { tags: ['storefront'], summary: "The user's cancellation requests", querystring: Paging, response: { 200: Paged(z.any()) } } },
    async (request) => {
      const ctx = requireUser(request);
      const { page: p, limit } = request.query;
      const { count, rows } = await commerce.listCancellationRequests(ctx, { limit, offset: (p - 1) * limit });
      return { count, ...pageLinks(request, count, p, limit), results: rows.map((x) => toCancellationRequest(x, ctx.locale)) };
    },
  );

  r.post(
    '/users/orders/cancellation_requests/',
    { schema: { tags: ['storefront'], summary: 'Cancel or return an order item', body: CancellationRequestInput } },
    async (request) => {
      const ctx = requireUser(request);
      const created = await commerce.requestCancellation(ctx, request.body);
      return { ...toCancellationRequest(created, ctx.locale), quantity: created.quantity, fully_refund_as_loyalty_money: created.fullyRefundAsLoyaltyMoney };
    },
  );

  r.post(
    '/users/orders/bulk_cancellation_requests/',
    { schema: { tags: ['storefront'], summary: 'Cancel or return several order items at once', body: BulkCancellationInput } },
    async (request, reply) => {
      const ctx = requireUser(request);
      const created = await commerce.bulkCancel(ctx, request.body);
      return reply.status(201).send(created.map((x) => toCancellationRequest(x, ctx.locale)));
    },
  );

  r.get(
    '/users/orders/:id/',
    { schema: { tags: ['storefront'], summary: 'One order of the signed-in user', params: IdParams } },
    async (request) => {
      const ctx = requireUser(request);
      return toOrder(await commerce.getOrder(ctx, request.params.id), ctx.locale);
    },
  );

  r.get(
    '/users/orders/:id/cancellation/',
    { schema: { tags: ['storefront'], summary: 'An order with its items for the cancellation/return page', params: IdParams } },
    async (request) => {
      const ctx = requireUser(request);
      return toOrder(await commerce.getOrder(ctx, request.params.id), ctx.locale);
    },
  );

  r.get(
    '/users/old-orders/',
    { schema: { tags: ['storefront'], summary: "The user's orders from the previous shop", querystring: Paging, response: { 200: Paged(z.any()) } } },
    async (request) => {
      const ctx = requireUser(request);
      const { page: p, limit } = request.query;
      const { count, rows } = await commerce.listOldOrders(ctx, { limit, offset: (p - 1) * limit });
      return { count, ...pageLinks(request, count, p, limit), results: rows.map(toOldOrder) };
    },
  );

  r.get(
    '/users/old-orders/:pk/',
    { schema: { tags: ['storefront'], summary: 'One old order of the user', params: PkParams } },
    async (request) => {
      const ctx = requireUser(request);
      return toOldOrder(await commerce.getOldOrder(ctx, request.params.pk));
    },
  );

  const TokenQuery = z.object({ token: z.string().max(2000).optional() });
  for (const decision of ['approved', 'rejected'] as const) {
    const path = `/users/order_item/:pk/tradein_${decision}/`;

    // GET decides only for the signed-in owner (seed 000). A link token without a session shows
    // a confirmation page and decides nothing: mail scanners prefetch GET links.
    r.get(
      path,
      {
        // A HEAD must not run this handler (it would decide for a session-carrying client).
        exposeHeadRoute: false,
        schema: {
          tags: ['storefront'],
          summary: `${decision === 'approved' ? 'Approve' : 'Reject'} the final valuation of an order item's trade-in`,
          params: PkParams,
          querystring: TokenQuery,
        },
      },
      async (request, reply) => {
        const ctx = requireCtx(request);
        const { pk } = request.params;
        // Browser prefetch/prerender carries the session cookie; it must not decide. A non-2xx
        // answer is never used as the navigation's response, so the real click arrives here.
        if (isPrefetch(request)) return reply.status(503).header('cache-control', 'no-store').header('retry-after', '0').send();
        if (ctx.actor.kind === 'user' && ctx.actor.userId) {
          try {
            await commerce.decide(ctx, pk, decision, { kind: 'session', userId: ctx.actor.userId });
          } catch (err) {
            if (isNotFound(err) && wantsHtml(request)) {
              const msg = translate(L.notFound, ctx.locale);
              return sendHtml(reply, 404, page(ctx.locale, msg, `<h1>${escapeHtml(msg)}</h1>`));
            }
            throw err;
          }
          return sendDecided(request, reply, decision, ctx.locale);
        }
        const token = request.query.token;
        if (token && commerce.checkDecisionToken(ctx, pk, decision, token)) {
          const question = translate(decision === 'approved' ? L.confirmApprove : L.confirmReject, ctx.locale);
          const button = translate(decision === 'approved' ? L.buttonApprove : L.buttonReject, ctx.locale);
          const action = `/users/order_item/${pk}/tradein_${decision}/`;
          return sendHtml(
            reply,
            200,
            page(
              ctx.locale,
              question,
              `<h1>${escapeHtml(question)}</h1><form method="post" action="${escapeHtml(action)}">` +
                `<input type="hidden" name="token" value="${escapeHtml(token)}">` +
                `<button type="submit" style="padding:10px 18px;font-size:16px">${escapeHtml(button)}</button></form>`,
            ),
          );
        }
        if (wantsHtml(request)) {
          const { loginPath } = CommerceSettings.read(ctx.tenant);
          return reply.redirect(`${loginPath}?next=${encodeURIComponent(request.url)}`, 302);
        }
        throw CommerceErrors.N300001();
      },
    );

    // The confirmation page's button: the signed link token is the authority (never the
    // session, so a cross-site form cannot decide with the customer's cookie).
    r.post(
      path,
      {
        config: { skipCsrf: true },
        schema: {
          tags: ['storefront'],
          summary: `Confirm the ${decision === 'approved' ? 'approval' : 'rejection'} with the signed link token`,
          params: PkParams,
          querystring: TokenQuery,
        },
      },
      async (request, reply) => {
        const ctx = requireCtx(request);
        // The body is optional (form or JSON); anything but a string token counts as none.
        const sent = (request.body as { token?: unknown } | null | undefined)?.token;
        const token = typeof sent === 'string' && sent.length <= 2000 ? sent : (request.query.token ?? '');
        try {
          await commerce.decide(ctx, request.params.pk, decision, { kind: 'token', token });
        } catch (err) {
          if (isNotFound(err) && wantsHtml(request)) {
            const msg = translate(L.notFound, ctx.locale);
            return sendHtml(reply, 404, page(ctx.locale, msg, `<h1>${escapeHtml(msg)}</h1>`));
          }
          throw err;
        }
        return sendDecided(request, reply, decision, ctx.locale);
      },
    );
  }
}
