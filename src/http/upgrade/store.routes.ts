import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { readSignatureUpload } from '../plugins/signature-upload.js';
import { zodApp, type RouteOptions } from '../route-types.js';
import { TenantParams } from './auth.routes.js';
import { STAFF, toWebTradeIn, webCtx, WebTradeIn } from './session-ctx.js';

const IdParams = TenantParams.extend({ id: z.coerce.number().int().positive().max(2_147_483_647) });
const tags = ['web'];

/**
 * The point of sale's session routes (store agents at their location): cancel, confirm or
 * cancel a temporary trade-in, and the on-screen signatures. Same use cases as the retail API.
 */
export async function storeRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { tradeins } = deps.modules;

  r.post(
    '/api/:tenant/tradeins/:id/cancel',
    { schema: { tags, summary: 'Cancels a trade-in of the location while it is Registered', params: IdParams, response: { 200: WebTradeIn } } },
    async (request) => toWebTradeIn(await tradeins.cancel(webCtx(request, STAFF), request.params.id)),
  );
  r.post(
    '/api/:tenant/tradeins/temp/:id/confirm',
    {
      schema: {
        tags,
        summary: 'Re-validates a temporary trade-in and registers it; answers the new trade-in',
        params: IdParams,
        response: { 200: WebTradeIn },
      },
    },
    async (request) => toWebTradeIn(await tradeins.confirmTemp(webCtx(request, STAFF), request.params.id)),
  );
  r.post(
    '/api/:tenant/tradeins/temp/:id/cancel',
    { schema: { tags, summary: 'Cancels a temporary trade-in', params: IdParams, response: { 200: WebTradeIn } } },
    async (request) => toWebTradeIn(await tradeins.cancelTemp(webCtx(request, STAFF), request.params.id)),
  );

  for (const role of ['client', 'agent'] as const) {
    r.post(
      `/api/:tenant/tradeins/:id/signatures/${role}`,
      {
        schema: {
          tags,
          summary: `Uploads the ${role} signature (PNG as multipart form-data, field "file") for the PDF`,
          consumes: ['multipart/form-data'],
          params: IdParams,
          response: { 200: z.object({ trade_in_id: z.number(), role: z.string(), width: z.number(), height: z.number() }) },
        },
      },
      async (request) => {
        const ctx = webCtx(request, STAFF);
        const file = await readSignatureUpload(request);
        const saved = await tradeins.saveSignature(ctx, request.params.id, role, file);
        return { trade_in_id: request.params.id, role, width: saved.width, height: saved.height };
      },
    );
  }
}
