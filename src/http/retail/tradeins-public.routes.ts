import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { TradeinsErrors } from '../../modules/tradeins/index.js';
import type { Ctx } from '../../platform/context.js';
import { isLocale, negotiateLocale } from '../../platform/i18n/index.js';
import { zodApp, type RouteOptions } from '../route-types.js';
import { RetailTradeIn, tradeInJson } from './tradeins.routes.js';
import { binaryBody } from '../shared.schemas.js';

const TokenParams = z.object({ token: z.string().min(10).max(2000) });

/**
 * Links that work without an API key: the signed token is the credential (tenant, trade-in,
 * purpose, expiry). PDF download and the read-only public view of a trade-in.
 */
export async function tradeinsPublicRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { tradeins, org } = deps.modules;

  const ctxFor = async (tenantId: number, requestId: string, acceptLanguage: string | undefined, linkLocale: string | null): Promise<Ctx> => {
    const tenant = await org.tenants.findActiveById(tenantId);
    if (!tenant) throw TradeinsErrors.N090091();
    const locale = linkLocale && isLocale(linkLocale) ? linkLocale : negotiateLocale(acceptLanguage, tenant.locales, tenant.defaultLocale);
    return { tenant, actor: { kind: 'anonymous' }, db: deps.db, clock: deps.clock, locale, requestId };
  };

  r.get(
    '/api/v2/public/tradeins/pdf/:token',
    {
      schema: {
        tags: ['retail'],
        summary: 'Downloads a trade-in PDF by its signed link',
        params: TokenParams,
        response: { 200: binaryBody('The trade-in PDF', 'application/pdf') },
      },
    },
    async (request, reply) => {
      const link = tradeins.readLink(request.params.token, deps.clock.now(), ['pdf', 'pdf-temp']);
      const ctx = await ctxFor(link.tenantId, request.id, request.headers['accept-language'], link.locale);
      request.locale = ctx.locale;
      const pdf = await tradeins.downloadPdf(ctx, link.id, link.purpose === 'pdf-temp' ? 'temporary' : 'final');
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="tradein-${link.id}.pdf"`)
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  );

  r.get(
    '/api/v2/public/tradeins/:token',
    { schema: { tags: ['retail'], summary: 'Read-only view of a trade-in by its signed public link', params: TokenParams, response: { 200: RetailTradeIn } } },
    async (request) => {
      const link = tradeins.readLink(request.params.token, deps.clock.now(), ['public', 'public-temp']);
      const ctx = await ctxFor(link.tenantId, request.id, request.headers['accept-language'], null);
      request.locale = ctx.locale;
      return tradeInJson(await tradeins.publicView(ctx, link.id, link.purpose === 'public-temp'));
    },
  );
}
