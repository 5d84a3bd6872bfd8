import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { zodApp, type RouteOptions } from '../route-types.js';
import { TenantParams } from './auth.routes.js';
import { ANY_USER, webCtx } from './session-ctx.js';
import { toWebDataField } from './tradein-flow.mappers.js';
import { DataField, IdParams, tags } from './tradein-flow.schemas.js';

/** The custom data fields of the registration form, and checking a value as it is typed. */
export async function dataFieldRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { datafields } = deps.modules;

  r.get(
    '/api/:tenant/data_fields',
    {
      schema: {
        tags,
        summary: 'The custom data fields a trade-in asks for',
        params: TenantParams,
        response: { 200: z.object({ results: z.array(DataField) }) },
      },
    },
    async (request) => {
      const ctx = webCtx(request, ANY_USER);
      const fields = await datafields.listRetail(ctx, { visibleOnly: true });
      return { results: fields.map(toWebDataField) };
    },
  );

  r.get(
    '/api/:tenant/data_fields/:id/validate',
    {
      schema: {
        tags,
        summary: 'Checks one data field value as typed (an unacceptable value is a 200 with valid false and the message)',
        params: IdParams,
        querystring: z.object({ value: z.string().max(2000).default('') }),
        response: { 200: z.object({ valid: z.boolean(), message: z.string() }) },
      },
    },
    async (request) => {
      const ctx = webCtx(request, ANY_USER);
      const outcome = await datafields.validateValue(ctx, { dataFieldId: String(request.params.id), value: request.query.value });
      return outcome.valid ? { valid: true, message: '' } : { valid: false, message: outcome.error.localizedMessage(ctx.locale) };
    },
  );
}
