import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { BulkCancellationInput, CancellationRequestInput, CheckoutInput, CommerceErrors, CommerceSettings } from '../../modules/commerce/index.js';
import { isAppError } from '../../platform/errors/index.js';
import { defineMessages, translate } from '../../platform/i18n/index.js';
import { requireCtx, requireUser } from '../plugins/auth.js';
import { zodApp, type RouteOptions } from '../route-types.js';
import { toCancellationRequest, toOldOrder, toOrder, toReason } from './commerce.mappers.js';
import { CancellationRequestResponse, DecisionResponse, OldOrderResponse, OrderResponse, ReasonResponse } from './commerce.responses.js';
import { confirmationPage, isPrefetch, representation, sendHtml, sendMessage, sendMessagePage } from './decision-pages.js';
import { useSeedErrorShapes } from './error-shapes.js';
import { Paged, paged, pageOf, Paging } from './paging.js';

const L = defineMessages('storefront.commerce', {
  approved: {
    en: 'Your approval has been submitted.',
  },
  rejected: {
    en: 'Your rejection has been submitted.',
  },
  confirmApprove: {
    en: 'Do you approve the final valuation of your trade-in device?',
  },
  confirmReject: {
    en: 'Do you reject the final valuation of your trade-in device? The device will be sent back to you.',
  },
  buttonApprove: { en: 'Yes, approve' },
  buttonReject: { en: 'Yes, reject' },
  notFound: {
    en: 'This link is no longer valid.',
  },
});

const IdParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });
const PkParams = z.object({ pk: z.coerce.number().int().positive().max(2_147_483_647) });
const TokenQuery = z.object({ token: z.string().max(2000).optional() });

/**
 * Storefront orders (seed 002), checkout with trade-in, and the trade-in approve/reject links
 * (seed 000). Routes parse, call one commerce use case and map to the seed's shapes
 * (`commerce.mappers.ts`).
 */
export async function commerceStorefrontRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { commerce } = deps.modules;

  // The confirmation page posts an HTML form.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(String(body))));
  });
  useSeedErrorShapes(app);

  r.post(
    '/orders/checkout/',
    {
      schema: {
        tags: ['storefront'],
        summary: 'Create an order with addresses, shipping and payment option (items may carry a trade-in that lowers the total)',
        body: CheckoutInput,
        response: { 201: OrderResponse },
      },
    },
    async (request, reply) => {
      const ctx = requireUser(request);
      const { order, owner } = await commerce.checkout(ctx, request.body, { ip: request.ip ?? null });
      return reply.status(201).send(toOrder(order, owner, ctx));
    },
  );

  r.get(
    '/users/orders/',
    { schema: { tags: ['storefront'], summary: "The signed-in user's orders", querystring: Paging, response: { 200: Paged(OrderResponse) } } },
    async (request) => {
      const ctx = requireUser(request);
      const { count, orders, owner } = await commerce.listOrders(ctx, pageOf(request.query));
      return paged(
        request,
        request.query,
        count,
        orders.map((o) => toOrder(o, owner, ctx)),
      );
    },
  );

  r.get(
    '/users/orders/cancellation_reasons/',
    { schema: { tags: ['storefront'], summary: 'Cancellation reasons', response: { 200: Paged(ReasonResponse) } } },
    async (request) => {
      const ctx = requireUser(request);
      const reasons = await commerce.listCancellationReasons(ctx);
      return { count: reasons.length, next: null, previous: null, results: reasons.map((x) => toReason(x, ctx.locale)) };
    },
  );

  r.get(
    '/users/orders/cancellation_requests/',
    {
      schema: { tags: ['storefront'], summary: "The user's cancellation requests", querystring: Paging, response: { 200: Paged(CancellationRequestResponse) } },
    },
    async (request) => {
      const ctx = requireUser(request);
      const { count, rows } = await commerce.listCancellationRequests(ctx, pageOf(request.query));
      return paged(
        request,
        request.query,
        count,
        rows.map((x) => toCancellationRequest(x, ctx.locale)),
      );
    },
  );

  r.post(
    '/users/orders/cancellation_requests/',
    {
      schema: {
        tags: ['storefront'],
        summary: 'Cancel or return an order item (a return with an easy-return `shipping_company` gets a carrier pickup)',
        body: CancellationRequestInput,
        response: { 200: CancellationRequestResponse },
      },
    },
    async (request) => {
      const ctx = requireUser(request);
      const created = await commerce.requestCancellation(ctx, request.body);
      return { ...toCancellationRequest(created, ctx.locale), quantity: created.quantity, fully_refund_as_loyalty_money: created.fullyRefundAsLoyaltyMoney };
    },
  );

  r.post(
    '/users/orders/bulk_cancellation_requests/',
    {
      schema: {
        tags: ['storefront'],
        summary: 'Cancel or return several order items at once',
        body: BulkCancellationInput,
        response: { 201: z.array(CancellationRequestResponse) },
      },
    },
    async (request, reply) => {
      const ctx = requireUser(request);
      const created = await commerce.bulkCancel(ctx, request.body);
      return reply.status(201).send(created.map((x) => toCancellationRequest(x, ctx.locale)));
    },
  );

  for (const [path, summary] of [
    ['/users/orders/:id/', 'One order of the signed-in user'],
    ['/users/orders/:id/cancellation/', 'An order with its items for the cancellation/return page'],
  ] as const) {
    r.get(path, { schema: { tags: ['storefront'], summary, params: IdParams, response: { 200: OrderResponse } } }, async (request) => {
      const ctx = requireUser(request);
      const { order, owner } = await commerce.getOrder(ctx, request.params.id);
      return toOrder(order, owner, ctx);
    });
  }

  r.get(
    '/users/old-orders/',
    { schema: { tags: ['storefront'], summary: "The user's orders from the previous shop", querystring: Paging, response: { 200: Paged(OldOrderResponse) } } },
    async (request) => {
      const ctx = requireUser(request);
      const { count, rows } = await commerce.listOldOrders(ctx, pageOf(request.query));
      return paged(request, request.query, count, rows.map(toOldOrder));
    },
  );

  r.get(
    '/users/old-orders/:pk/',
    { schema: { tags: ['storefront'], summary: 'One old order of the user', params: PkParams, response: { 200: OldOrderResponse } } },
    async (request) => {
      const ctx = requireUser(request);
      return toOldOrder(await commerce.getOldOrder(ctx, request.params.pk));
    },
  );

  for (const decision of ['approved', 'rejected'] as const) {
    const path = `/users/order_item/:pk/tradein_${decision}/`;
    const done = decision === 'approved' ? L.approved : L.rejected;

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
          description:
            'Answers by `Accept`: a JSON string for `application/json`, `*/*` or no Accept (seed example `response.json()`), an HTML page for browsers, text/plain otherwise.',
          params: PkParams,
          querystring: TokenQuery,
          response: { 200: DecisionResponse },
        },
      },
      async (request, reply) => {
        const ctx = requireCtx(request);
        const { pk } = request.params;
        // Browser prefetch/prerender carries the session cookie; it must not decide. A non-2xx
        // answer is never used as the navigation's response, so the real click arrives here.
        if (isPrefetch(request)) return (reply as FastifyReply).status(503).header('cache-control', 'no-store').header('retry-after', '0').send();
        const html = representation(request) === 'html';
        if (ctx.actor.kind === 'user' && ctx.actor.userId) {
          try {
            await commerce.decide(ctx, pk, decision, { kind: 'session', userId: ctx.actor.userId });
          } catch (err) {
            if (html && isAppError(err) && err.code === 'N300001') return sendMessagePage(reply, 404, ctx.locale, translate(L.notFound, ctx.locale));
            throw err;
          }
          return sendMessage(request, reply, ctx.locale, translate(done, ctx.locale));
        }
        const token = request.query.token;
        if (token && commerce.checkDecisionToken(ctx, pk, decision, token)) {
          const question = translate(decision === 'approved' ? L.confirmApprove : L.confirmReject, ctx.locale);
          const button = translate(decision === 'approved' ? L.buttonApprove : L.buttonReject, ctx.locale);
          return sendHtml(reply, 200, confirmationPage(ctx.locale, question, button, `/users/order_item/${pk}/tradein_${decision}/`, token));
        }
        if (html) {
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
          response: { 200: DecisionResponse },
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
          if (representation(request) === 'html' && isAppError(err) && err.code === 'N300001') {
            return sendMessagePage(reply, 404, ctx.locale, translate(L.notFound, ctx.locale));
          }
          throw err;
        }
        return sendMessage(request, reply, ctx.locale, translate(done, ctx.locale));
      },
    );
  }
}
