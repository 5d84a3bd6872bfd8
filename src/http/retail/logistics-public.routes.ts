import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { LogisticsErrors, TRACKING_STATUSES } from '../../modules/logistics/index.js';
import type { Ctx } from '../../platform/context.js';
import { negotiateLocale } from '../../platform/i18n/index.js';
import { zodApp, type RouteOptions } from '../route-types.js';
import { historyJson } from './logistics.mappers.js';
import { RetailStatusHistory } from './logistics.schemas.js';
import { ShipmentLabel } from '../shared.schemas.js';

const TokenParams = z.object({ token: z.string().min(10).max(2000) });

const CarrierEventBody = z.object({
  EventId: z.string().min(1).max(200),
  ShipmentId: z.number().int().positive().max(2_147_483_647).nullish(),
  TrackingNumber: z.string().max(100).nullish(),
  Status: z.enum(TRACKING_STATUSES as ['InTransit', 'Delivered']),
  OccurredAt: z.string().datetime({ offset: true }).nullish(),
  Note: z.string().max(500).nullish(),
});

/**
 * Logistics links that work without an API key: the label download and the tracking page (the
 * signed token is the credential), and the carriers' signed event endpoint (HMAC over the raw body).
 */
export async function logisticsPublicRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { logistics, org } = deps.modules;

  const ctxFor = async (tenantId: number, requestId: string, acceptLanguage: string | undefined): Promise<Ctx> => {
    const tenant = await org.tenants.findActiveById(tenantId);
    if (!tenant) throw LogisticsErrors.N250006({ id: '?' });
    const locale = negotiateLocale(acceptLanguage, tenant.locales, tenant.defaultLocale);
    return { tenant, actor: { kind: 'anonymous' }, db: deps.db, clock: deps.clock, locale, requestId };
  };

  r.get(
    '/api/v2/public/shipments/label/:token',
    {
      schema: {
        tags: ['retail'],
        summary: 'Downloads a shipping label by its signed link (the DownloadUrl)',
        params: TokenParams,
        response: { 200: ShipmentLabel },
      },
    },
    async (request, reply) => {
      const link = logistics.readLink(request.params.token, deps.clock.now(), 'label');
      const ctx = await ctxFor(link.tenantId, request.id, request.headers['accept-language']);
      request.locale = ctx.locale;
      const label = await logistics.downloadLabel(ctx, link.shipmentId, { labelKey: link.labelKey });
      return reply
        .type(label.contentType)
        .header('content-disposition', `inline; filename="${label.fileName}"`)
        .header('cache-control', 'private, no-store')
        .send(label.bytes);
    },
  );

  r.get(
    '/api/v2/public/shipments/track/:token',
    {
      schema: {
        tags: ['retail'],
        summary: "A shipment's tracking page (the label's QR code): status and history",
        params: TokenParams,
        response: { 200: z.object({ ShipmentId: z.number(), Status: z.string(), TrackingNumber: z.string().nullable(), History: RetailStatusHistory }) },
      },
    },
    async (request) => {
      const link = logistics.readLink(request.params.token, deps.clock.now(), 'track');
      const ctx = await ctxFor(link.tenantId, request.id, request.headers['accept-language']);
      request.locale = ctx.locale;
      const s = await logistics.getShipment(ctx, link.shipmentId);
      return { ShipmentId: s.id, Status: s.status, TrackingNumber: s.trackingNumber, History: historyJson(await logistics.shipmentHistory(ctx, s.id)) };
    },
  );

  await app.register(async (scope) => {
    // The signature covers the exact bytes sent, so keep the raw body beside the parsed one
    // (this scope's own JSON parser replaces the app's; 64 kB bound the depth as well).
    scope.removeContentTypeParser('application/json');
    scope.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: 64 * 1024 }, (request, body, done) => {
      (request as unknown as { rawBody: string }).rawBody = body as string;
      try {
        done(null, JSON.parse(body as string));
      } catch (err) {
        (err as { statusCode?: number }).statusCode = 400;
        done(err as Error, undefined);
      }
    });
    const s = zodApp(scope);
    s.post(
      '/api/v2/carriers/:tenant/events',
      {
        schema: {
          tags: ['retail'],
          summary: 'A carrier tracking event, signed: x-tradein-timestamp (unix s) and x-tradein-signature: sha256=<hex HMAC of "<timestamp>.<body>">',
          params: z.object({ tenant: z.string().max(60) }),
          body: CarrierEventBody,
          response: { 200: z.object({ Recorded: z.boolean(), ShipmentId: z.number(), Status: z.string() }) },
        },
      },
      async (request) => {
        const tenant = await org.tenants.findBySlug(request.params.tenant);
        if (!tenant) throw LogisticsErrors.U610002();
        const ctx: Ctx = { tenant, actor: { kind: 'system' }, db: deps.db, clock: deps.clock, locale: 'en', requestId: request.id };
        const header = (name: string) => {
          const v = request.headers[name];
          return Array.isArray(v) ? v[0] : v;
        };
        const res = await logistics.receiveCarrierEvent(ctx, {
          rawBody: (request as unknown as { rawBody: string }).rawBody ?? '',
          timestamp: header('x-tradein-timestamp'),
          signature: header('x-tradein-signature'),
          body: request.body,
        });
        return { Recorded: res.recorded, ShipmentId: res.shipmentId, Status: res.status };
      },
    );
  });
}
