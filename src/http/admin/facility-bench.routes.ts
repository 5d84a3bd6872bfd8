import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { FacilityErrors, QUEUE_STATUSES } from '../../modules/facility/index.js';
import { isLocale } from '../../platform/i18n/index.js';
import { formatDecimal } from '../../platform/money/index.js';
import { requireUser } from '../plugins/auth.js';
import { PREVIEW_PAGE_HEADERS, renderStatusPage } from '../retail/facility-status-page.js';
import { zodApp, type RouteOptions } from '../route-types.js';
import { binaryBody, textBody } from '../shared.schemas.js';

const Tenant = z.object({ tenant: z.string().max(60) });
const Params = Tenant.extend({ id: z.coerce.number().int().positive().max(2_147_483_647) });
const STAFF = ['admin', 'facility_lead', 'technician'] as const;
const tags = ['admin', 'facility'];

const QueueDevice = z.object({
  device_id: z.number(),
  tradein_id: z.number(),
  status: z.string(),
  identifier: z.string(),
  product_name: z.string(),
  offered_price: z.string(),
  final_price: z.string().nullable(),
  currency: z.string(),
  updated_at: z.string(),
});

const FormJson = z.object({
  version_id: z.number(),
  name: z.string(),
  questions: z.array(
    z.object({ id: z.number(), label: z.string(), multi_choice: z.boolean(), answers: z.array(z.object({ id: z.number(), name: z.string() })) }),
  ),
  extras: z.array(z.object({ id: z.number(), label: z.string() })),
});

/** The facility bench's screens: queues by status, the inspection form of a device, the customer's report previewed. */
export async function facilityBenchAdminRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { facility, pricing, grading } = deps.modules;

  r.get(
    '/api/:tenant/admin/facility/devices',
    {
      schema: {
        tags,
        summary:
          'Devices in one facility status (a queue of the bench: Received awaiting inspection, Valuated awaiting the customer, Accepted to pay out, ReturnRequested to return …), newest first',
        params: Tenant,
        querystring: z.object({ status: z.enum(QUEUE_STATUSES), limit: z.coerce.number().int().min(1).max(500).optional() }),
        response: { 200: z.object({ total: z.number(), results: z.array(QueueDevice) }) },
      },
    },
    async (request) => {
      const ctx = requireUser(request, STAFF);
      const { devices, total } = await facility.listQueue(ctx, { status: request.query.status, limit: request.query.limit });
      return {
        total,
        results: devices.map((d) => ({
          device_id: d.id,
          tradein_id: d.tradeInId,
          status: d.status,
          identifier: d.deviceIdentifier,
          product_name: d.productName,
          offered_price: formatDecimal(d.offeredPriceMinor, d.currency),
          final_price: d.finalPriceMinor === null ? null : formatDecimal(d.finalPriceMinor, d.currency),
          currency: d.currency,
          updated_at: d.updatedAt.toISOString(),
        })),
      };
    },
  );

  r.get(
    '/api/:tenant/admin/facility/devices/:id/inspection-form',
    {
      schema: {
        tags,
        summary:
          'The grading form version of the device’s quote (in the request language) with what the customer answered: the bench answers the same questions',
        params: Params,
        response: {
          200: z.object({
            device_id: z.number(),
            form: FormJson,
            said: z.record(z.string(), z.array(z.number())),
            extras: z.array(z.number()),
            fmip_declared: z.string(),
          }),
        },
      },
    },
    async (request) => {
      const ctx = requireUser(request, STAFF);
      const { device } = await facility.deviceView(ctx, request.params.id);
      const quote = await pricing.getQuote(ctx, device.quoteId);
      const version = quote ? await grading.getVersion(ctx, quote.gradingFormVersionId) : null;
      if (!quote || !version) throw FacilityErrors.B400007({ id: device.id });
      const f = grading.localize(ctx, version);
      return {
        device_id: device.id,
        form: {
          version_id: f.versionId,
          name: f.name,
          questions: f.questions.map((q) => ({
            id: q.id,
            label: q.label,
            multi_choice: q.multiChoice,
            answers: q.answers.map((a) => ({ id: a.id, name: a.name })),
          })),
          extras: f.extras.map((x) => ({ id: x.id, label: x.label })),
        },
        said: Object.fromEntries(Object.entries(quote.answers).map(([k, v]) => [String(k), v])),
        extras: quote.extras,
        fmip_declared: quote.systemExtras.includes(1) ? 'Activated' : 'NotActivated',
      };
    },
  );

  r.get(
    '/api/:tenant/admin/facility/devices/:id/report-preview',
    {
      schema: {
        tags,
        summary:
          'The customer’s status page (HTML) with the difference report computed from the latest inspection, before the valuation is sent; nothing is saved',
        params: Params,
        querystring: z.object({ lang: z.string().max(5).optional() }),
        response: { 200: textBody('The status page', 'text/html') },
      },
    },
    async (request, reply) => {
      const staff = requireUser(request, STAFF);
      const ctx = request.query.lang && isLocale(request.query.lang) ? { ...staff, locale: request.query.lang } : staff;
      // As the customer will see it once the valuation is sent.
      const view = await facility.previewStatusView(ctx, request.params.id);
      const html = renderStatusPage(ctx, view, {
        photo: (photoId) => `/api/${encodeURIComponent(ctx.tenant.slug)}/admin/facility/devices/${view.device.id}/photos/${encodeURIComponent(photoId)}`,
        decision: null,
      });
      return reply.type('text/html; charset=utf-8').headers(PREVIEW_PAGE_HEADERS).send(html);
    },
  );

  r.get(
    '/api/:tenant/admin/facility/devices/:id/photos/:photoId',
    {
      schema: {
        tags,
        summary: 'A thumbnail of a photo of the device’s latest inspection',
        params: Params.extend({ photoId: z.uuid() }),
        response: { 200: binaryBody('The thumbnail', 'image/jpeg') },
      },
    },
    async (request, reply) => {
      const bytes = await facility.inspectionPhoto(requireUser(request, STAFF), request.params.id, request.params.photoId);
      return reply.type('image/jpeg').header('cache-control', 'private, max-age=3600').send(bytes);
    },
  );
}
