import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { zodApp, type RouteOptions } from '../route-types.js';
import { TenantParams } from './auth.routes.js';
import { ANY_USER, toWebTradeIn, webCtx, WebTradeIn } from './session-ctx.js';
import { IdParams, RegisterWebBody, tags } from './tradein-flow.schemas.js';

/** Registering a trade-in from the web app, "my trade-ins" and the PDF link. */
export async function tradeinRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { tradeins } = deps.modules;

  r.post(
    '/api/:tenant/tradeins',
    {
      schema: {
        tags,
        summary: "Registers a trade-in for the signed-in customer, or at the agent's location (temporary: agents only)",
        params: TenantParams,
        querystring: z.object({ temporary: z.enum(['true', 'false']).default('false') }),
        body: RegisterWebBody,
        response: { 201: WebTradeIn },
      },
    },
    async (request, reply) => {
      const temporary = request.query.temporary === 'true';
      const ctx = webCtx(request, temporary ? ['agent', 'admin'] : ANY_USER);
      const b = request.body;
      const t = await tradeins.registerAs(
        ctx,
        request.session!.user,
        {
          tradeInDevices: b.devices.map((d) => ({ priceQuoteId: d.price_quote_id, deviceIdentifier: d.device_identifier })),
          customDataFields: (b.custom_data_fields ?? []).map((f) => ({ dataFieldId: f.id, dataFieldValue: f.value })),
          isCorporate: b.is_corporate ?? false,
          organizationName: b.organization_name,
          clientFirstName: b.client_first_name,
          clientLastName: b.client_last_name,
          tradeInRef: b.trade_in_ref,
        },
        { temporary, source: 'retail' },
      );
      return reply.status(201).send(toWebTradeIn(t));
    },
  );

  r.get(
    '/api/:tenant/tradeins',
    {
      schema: {
        tags,
        summary: "The signed-in customer's trade-ins, or those of the agent's location (today: since midnight UTC)",
        params: TenantParams,
        querystring: z.object({ today: z.enum(['true', 'false']).default('false') }),
        response: { 200: z.object({ results: z.array(WebTradeIn) }) },
      },
    },
    async (request) => {
      const ctx = webCtx(request, ANY_USER);
      return { results: (await tradeins.listVisible(ctx, { today: request.query.today === 'true' })).map(toWebTradeIn) };
    },
  );

  r.get(
    '/api/:tenant/tradeins/:id',
    { schema: { tags, summary: 'One trade-in the user may see', params: IdParams, response: { 200: WebTradeIn } } },
    async (request) => toWebTradeIn(await tradeins.get(webCtx(request, ANY_USER), request.params.id)),
  );

  r.get(
    '/api/:tenant/tradeins/temp/:id',
    { schema: { tags, summary: "One temporary trade-in of the agent's location", params: IdParams, response: { 200: WebTradeIn } } },
    async (request) => toWebTradeIn(await tradeins.getTemp(webCtx(request, ['agent', 'admin']), request.params.id)),
  );

  r.get(
    '/api/:tenant/tradeins/:id/pdf_link',
    {
      schema: {
        tags,
        summary: 'A signed, expiring link to the trade-in PDF',
        params: IdParams,
        response: { 200: z.object({ url: z.string(), expires_at: z.string() }) },
      },
    },
    async (request) => {
      const link = await tradeins.pdfLink(webCtx(request, ANY_USER), request.params.id);
      // Same origin as the app: the path only, so the browser stays on this host.
      return { url: new URL(link.url).pathname, expires_at: link.expiresAt.toISOString() };
    },
  );
}
