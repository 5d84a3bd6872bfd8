import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { DEFAULT_MODEL_LIMIT, itemGroupName } from '../../modules/catalog/index.js';
import { zodApp, type RouteOptions } from '../route-types.js';
import { TenantParams } from './auth.routes.js';
import { webCtx } from './session-ctx.js';
import { toWebForm, toWebModel } from './tradein-flow.mappers.js';
import { Id, IdParams, Named, tags, WebGradingForm, WebModel } from './tradein-flow.schemas.js';

/** Finding the device to trade in: item groups, manufacturers, model search and its grading form (no sign-in needed). */
export async function deviceSearchRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { catalog, grading } = deps.modules;

  r.get(
    '/api/:tenant/catalog/item_groups',
    {
      schema: {
        tags,
        summary: 'Item groups (names in the request language)',
        params: TenantParams,
        response: { 200: z.object({ results: z.array(Named.extend({ key: z.string() })) }) },
      },
    },
    async (request) => {
      const ctx = webCtx(request);
      const groups = await catalog.listItemGroups(ctx);
      return { results: groups.map((g) => ({ id: g.id, key: g.key, name: itemGroupName(g, ctx.locale) })) };
    },
  );

  r.get(
    '/api/:tenant/catalog/manufacturers',
    {
      schema: {
        tags,
        summary: 'Manufacturers, optionally of one item group',
        params: TenantParams,
        querystring: z.object({ item_group_id: Id.optional() }),
        response: { 200: z.object({ results: z.array(Named) }) },
      },
    },
    async (request) => {
      const ctx = webCtx(request);
      return { results: (await catalog.listManufacturers(ctx, request.query.item_group_id)).map((m) => ({ id: m.id, name: m.name })) };
    },
  );

  r.get(
    '/api/:tenant/catalog/models',
    {
      schema: {
        tags,
        summary: 'Models by search term, IMEI or serial number, or by item group / manufacturer',
        params: TenantParams,
        querystring: z.object({
          term: z.string().max(200).optional(),
          item_group_id: Id.optional(),
          manufacturer_id: Id.optional(),
          limit: z.coerce.number().int().positive().max(500).optional(),
        }),
        response: { 200: z.object({ results: z.array(WebModel), hint: z.string().nullable(), matched_by: z.enum(['browse', 'text', 'imei', 'serial']) }) },
      },
    },
    async (request) => {
      const ctx = webCtx(request);
      const q = request.query;
      const result = await catalog.searchModels(ctx, {
        term: q.term,
        itemGroupId: q.item_group_id,
        manufacturerId: q.manufacturer_id,
        limit: q.limit ?? DEFAULT_MODEL_LIMIT,
      });
      return {
        results: result.models.map((m) => toWebModel(m, result.prices.get(m.id) ?? null, ctx.tenant.currency)),
        hint: result.hint,
        matched_by: result.matchedBy,
      };
    },
  );

  r.get(
    '/api/:tenant/catalog/models/:id/grading_form',
    { schema: { tags, summary: 'The grading form of a model in the request language', params: IdParams, response: { 200: WebGradingForm } } },
    async (request) => {
      const ctx = webCtx(request);
      const { form } = await grading.formForModel(ctx, request.params.id);
      return toWebForm(grading.localize(ctx, form));
    },
  );
}
