import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { TEMPLATE_TYPES } from '../../modules/datafields/index.js';
import { requireCtx } from '../plugins/auth.js';
import { zodApp, type RouteOptions } from '../route-types.js';
import { RetailHeaders } from './retail.schemas.js';

/** Seed 003 §7 field shape. */
export const RetailDataFieldSchema = z.object({
  IsCampaignField: z.boolean(),
  IsRequired: z.boolean(),
  IsVisible: z.boolean(),
  Scope: z.string(),
  Label: z.string(),
  SortOrder: z.number(),
  DataFieldId: z.number(),
  DataFieldName: z.string(),
  DataFieldTemplateType: z.enum(TEMPLATE_TYPES),
  DataFieldType: z.string(),
  ListOptions: z.array(z.object({ Value: z.string(), Label: z.string() })),
});

const ValidateResult = z.object({ Result: z.enum(['Valid', 'Invalid']), ResultType: z.union([z.literal(0), z.literal(1)]), Message: z.string() });

/** Seed 003 §7: custom data fields and their validation. */
export async function datafieldsRetailRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { datafields } = deps.modules;

  r.get(
    '/api/v2/retail/configurations/data-fields',
    {
      schema: {
        tags: ['retail'],
        summary: 'Custom data fields to send with a trade-in (optionally searched by term, at least 3 characters)',
        security: [{ apiKey: [] }],
        querystring: RetailHeaders.extend({ term: z.string().max(200).optional() }),
        response: { 200: z.array(RetailDataFieldSchema) },
      },
    },
    async (request) => datafields.listRetail(requireCtx(request), { term: request.query.term }),
  );

  r.get(
    '/api/v2/retail/configurations/data-fields/:dataFieldId',
    {
      schema: {
        tags: ['retail'],
        summary: 'One custom data field',
        security: [{ apiKey: [] }],
        params: z.object({ dataFieldId: z.string().max(20) }),
        querystring: RetailHeaders,
        response: { 200: RetailDataFieldSchema },
      },
    },
    async (request) => {
      const id = /^\d{1,9}$/.test(request.params.dataFieldId) ? Number(request.params.dataFieldId) : -1;
      return datafields.getRetail(requireCtx(request), id);
    },
  );

  r.get(
    '/api/v2/retail/tradeins/datafields/validate',
    {
      schema: {
        tags: ['retail'],
        summary: 'Checks a data field value before registration (an unacceptable value is a 200 with Result Invalid)',
        security: [{ apiKey: [] }],
        querystring: RetailHeaders.extend({ value: z.string().max(2000).optional(), dataFieldId: z.string().max(20).optional() }),
        response: { 200: ValidateResult },
      },
    },
    async (request) => {
      const ctx = requireCtx(request);
      const outcome = await datafields.validateValue(ctx, { dataFieldId: request.query.dataFieldId, value: request.query.value });
      return outcome.valid
        ? { Result: 'Valid' as const, ResultType: 0 as const, Message: '' }
        : { Result: 'Invalid' as const, ResultType: 1 as const, Message: outcome.error.localizedMessage(ctx.locale) };
    },
  );
}
