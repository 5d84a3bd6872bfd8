import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ValuationInput, ValuationUpdateInput, type ValuationRecord } from '../../modules/pricing/index.js';
import { toMajor } from '../../platform/money/index.js';
import { requireUser } from '../plugins/auth.js';
import { zodApp, type RouteOptions } from '../route-types.js';
import { NoContent } from '../shared.schemas.js';

const TenantParams = z.object({ tenant: z.string().max(60) });
const IdParams = TenantParams.extend({ id: z.coerce.number().int().positive().max(2_147_483_647) });

const Valuation = z.object({
  id: z.number(),
  variant_id: z.number(),
  /** The model's name in the catalog; null when the variant no longer exists. */
  product_name: z.string().nullable(),
  amount: z.number(),
  currency: z.string(),
  source: z.string(),
  is_demo_value: z.boolean(),
  updated_at: z.string(),
});

const toAdmin = (v: ValuationRecord) => ({
  id: v.id,
  variant_id: v.variantId,
  product_name: v.productName,
  amount: toMajor(v.amountMinor, v.currency),
  currency: v.currency,
  source: v.source,
  is_demo_value: v.source === 'demo',
  updated_at: v.updatedAt.toISOString(),
});

/** Seed 001 valuations: the base price of a working device per model. */
export async function pricingAdminRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { pricing } = deps.modules;

  r.get(
    '/api/:tenant/admin/valuations',
    {
      schema: {
        tags: ['admin'],
        summary: 'List valuations',
        params: TenantParams,
        querystring: z.object({
          variant_id: z.coerce.number().int().positive().max(2_147_483_647).optional(),
          limit: z.coerce.number().int().min(1).max(1000).default(100),
          offset: z.coerce.number().int().min(0).default(0),
        }),
        response: { 200: z.object({ count: z.number(), results: z.array(Valuation) }) },
      },
    },
    async (request) => {
      const ctx = requireUser(request, ['admin', 'technician']);
      const { rows, total } = await pricing.listValuations(ctx, {
        variantId: request.query.variant_id,
        limit: request.query.limit,
        offset: request.query.offset,
      });
      return { count: total, results: rows.map(toAdmin) };
    },
  );

  r.post(
    '/api/:tenant/admin/valuations',
    { schema: { tags: ['admin'], summary: 'Create a valuation', params: TenantParams, body: ValuationInput, response: { 201: Valuation } } },
    async (request, reply) => {
      const ctx = requireUser(request, ['admin']);
      const v = await pricing.createValuation(ctx, { variantId: request.body.variant_id, amount: request.body.amount });
      return reply.status(201).send(toAdmin(v));
    },
  );

  r.post(
    '/api/:tenant/admin/valuations/import',
    {
      schema: {
        tags: ['admin'],
        summary: 'Import base prices from CSV row by row: good rows are imported, each bad row is answered with its line and error',
        params: TenantParams,
        body: z.object({
          csv: z.string().max(2_000_000).describe('`variant_id,amount` with a header; amount in major units of the tenant currency'),
          first_line: z
            .number()
            .int()
            .min(2)
            .max(10_000_000)
            .default(2)
            .describe('File line of the first data row (when a file is sent in chunks, each with the header)'),
        }),
        response: {
          200: z.object({
            imported: z.number(),
            errors: z.array(z.object({ line: z.number(), code: z.string(), message: z.string() })),
          }),
        },
      },
    },
    async (request) => {
      const ctx = requireUser(request, ['admin']);
      const { imported, errors } = await pricing.importCsvRows(ctx, request.body.csv, request.body.first_line);
      return { imported, errors: errors.map((e) => ({ line: e.line, code: e.error.code, message: e.error.localizedMessage(ctx.locale) })) };
    },
  );

  r.get(
    '/api/:tenant/admin/valuations/:id',
    { schema: { tags: ['admin'], summary: 'Get a valuation', params: IdParams, response: { 200: Valuation } } },
    async (request) => {
      const ctx = requireUser(request, ['admin', 'technician']);
      return toAdmin(await pricing.getValuation(ctx, request.params.id));
    },
  );

  r.put(
    '/api/:tenant/admin/valuations/:id',
    { schema: { tags: ['admin'], summary: 'Update a valuation', params: IdParams, body: ValuationUpdateInput, response: { 200: Valuation } } },
    async (request) => {
      const ctx = requireUser(request, ['admin']);
      return toAdmin(await pricing.updateValuation(ctx, request.params.id, request.body.amount));
    },
  );

  r.delete(
    '/api/:tenant/admin/valuations/:id',
    { schema: { tags: ['admin'], summary: 'Delete a valuation', params: IdParams, response: { 204: NoContent } } },
    async (request, reply) => {
      const ctx = requireUser(request, ['admin']);
      await pricing.deleteValuation(ctx, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
