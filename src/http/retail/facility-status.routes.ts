import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { FacilityErrors } from '../../modules/facility/index.js';
import type { Ctx } from '../../platform/context.js';
import { isLocale, negotiateLocale } from '../../platform/i18n/index.js';
import { renderStatusPage, STATUS_PAGE_HEADERS } from './facility-status-page.js';
import { zodApp, type RouteOptions } from '../route-types.js';
import { binaryBody, seeOther, textBody } from '../shared.schemas.js';

const TokenParams = z.object({ token: z.string().min(10).max(2000) });
const base = (token: string) => `/api/v2/public/devices/${encodeURIComponent(token)}`;

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

  const ctxFor = async (
    token: string,
    requestId: string,
    acceptLanguage: string | undefined,
    lang: string | undefined,
  ): Promise<{ ctx: Ctx; deviceId: number }> => {
    const link = facility.readStatusToken(token, deps.clock.now());
    const tenant = await org.tenants.findActiveById(link.tenantId);
    if (!tenant) throw FacilityErrors.N400010();
    const locale = lang && isLocale(lang) ? lang : negotiateLocale(acceptLanguage, tenant.locales, tenant.defaultLocale);
    return { ctx: { tenant, actor: { kind: 'anonymous' }, db: deps.db, clock: deps.clock, locale, requestId }, deviceId: link.deviceId };
  };
  const secure = STATUS_PAGE_HEADERS;

  r.get(
    '/api/v2/public/devices/:token',
    {
      schema: {
        tags: ['public'],
        summary: 'The customer’s status page of a device (HTML): timeline, difference report, photos, approve/reject',
        params: TokenParams,
        querystring: z.object({ lang: z.string().max(5).optional() }),
        response: { 200: textBody('The status page', 'text/html') },
      },
    },
    async (request, reply) => {
      const { ctx, deviceId } = await ctxFor(request.params.token, request.id, request.headers['accept-language'], request.query.lang);
      request.locale = ctx.locale;
      const view = await facility.deviceView(ctx, deviceId);
      return reply
        .type('text/html; charset=utf-8')
        .headers(secure)
        .send(
          renderStatusPage(
            ctx,
            { ...view, report: view.valuation?.report ?? null },
            {
              photo: (id) => `${base(request.params.token)}/photos/${encodeURIComponent(id)}`,
              decision: `${base(request.params.token)}/decision`,
            },
          ),
        );
    },
  );

  r.post(
    '/api/v2/public/devices/:token/decision',
    {
      schema: {
        tags: ['public'],
        summary: 'The customer approves or rejects the valuation from the status page',
        params: TokenParams,
        body: z.object({ decision: z.enum(['approved', 'rejected']) }),
        response: { 303: seeOther('Back to the status page') },
      },
    },
    async (request, reply) => {
      const { ctx, deviceId } = await ctxFor(request.params.token, request.id, request.headers['accept-language'], undefined);
      request.locale = ctx.locale;
      await facility.decide(ctx, deviceId, request.body.decision, 'status_page');
      return reply
        .code(303)
        .headers(secure)
        .header('location', `/api/v2/public/devices/${encodeURIComponent(request.params.token)}`)
        .send();
    },
  );

  r.get(
    '/api/v2/public/devices/:token/photos/:photoId',
    {
      schema: {
        tags: ['public'],
        summary: 'A thumbnail of the evidence shown on the status page',
        params: TokenParams.extend({ photoId: z.uuid() }),
        response: { 200: binaryBody('The thumbnail', 'image/jpeg') },
      },
    },
    async (request, reply) => {
      const { ctx, deviceId } = await ctxFor(request.params.token, request.id, request.headers['accept-language'], undefined);
      const bytes = await facility.evidenceThumb(ctx, deviceId, request.params.photoId);
      return reply.type('image/jpeg').headers(secure).send(bytes);
    },
  );
}
