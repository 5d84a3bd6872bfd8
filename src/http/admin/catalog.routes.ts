import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ExclusionInput, ItemGroupInput, type CatalogVariant } from '../../modules/catalog/index.js';
import { requireUser } from '../plugins/auth.js';
import { zodApp, type RouteOptions } from '../route-types.js';
import { NoContent } from '../shared.schemas.js';

const TenantParams = z.object({ tenant: z.string().max(60) });
const IdParams = TenantParams.extend({ id: z.coerce.number().int().positive().max(2_147_483_647) });

const AdminProduct = z.object({
  id: z.number(),
  key: z.string(),
  item_id: z.number(),
  item_name: z.string(),
  product_name: z.string(),
  product_codes: z.array(z.string()),
  model_numbers: z.array(z.string()),
  storage_gb: z.number().nullable(),
  item_group_id: z.number(),
  manufacturer_id: z.number(),
  manufacturer_name: z.string(),
  release_date: z.string().nullable(),
  identifier_kind: z.enum(['imei', 'serial', 'none']),
  picture_url: z.string().nullable(),
});
const Exclusion = z.object({ id: z.number(), kind: z.enum(['item_group', 'manufacturer', 'item', 'variant']), target_id: z.number() });
const AdminItemGroup = z.object({ id: z.number(), key: z.string(), name: z.string(), names: z.record(z.string(), z.string()), own: z.boolean() });

const toProduct = (v: CatalogVariant): z.output<typeof AdminProduct> => ({
  id: v.id,
  key: v.key,
  item_id: v.itemId,
  item_name: v.itemName,
  product_name: v.productName,
  product_codes: v.productCodes,
  model_numbers: v.modelNumbers,
  storage_gb: v.storageGb,
  item_group_id: v.itemGroupId,
  manufacturer_id: v.manufacturerId,
  manufacturer_name: v.manufacturerName,
  release_date: v.releaseDate,
  identifier_kind: v.identifierKind,
  picture_url: v.pictureUrl,
});

/** What a tenant trades: exclusions of reference entries, its own item groups and products. */
export async function catalogAdminRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { catalog } = deps.modules;

  r.get(
    '/api/:tenant/admin/catalog/exclusions',
    {
      schema: {
        tags: ['admin'],
        summary: 'Catalog entries the tenant does not trade',
        params: TenantParams,
        response: { 200: z.object({ results: z.array(Exclusion) }) },
      },
    },
    async (request) => {
      const ctx = requireUser(request, ['admin']);
      const list = await catalog.listExclusions(ctx);
      return { results: list.map((e) => ({ id: e.id, kind: e.kind, target_id: e.targetId })) };
    },
  );

  r.post(
    '/api/:tenant/admin/catalog/exclusions',
    {
      schema: {
        tags: ['admin'],
        summary: 'Stop trading an item group, manufacturer, item or variant (idempotent)',
        params: TenantParams,
        body: ExclusionInput,
        response: { 201: Exclusion },
      },
    },
    async (request, reply) => {
      const ctx = requireUser(request, ['admin']);
      const e = await catalog.addExclusion(ctx, request.body);
      return reply.status(201).send({ id: e.id, kind: e.kind, target_id: e.targetId });
    },
  );

  r.delete(
    '/api/:tenant/admin/catalog/exclusions/:id',
    { schema: { tags: ['admin'], summary: 'Trade an excluded entry again', params: IdParams, response: { 204: NoContent } } },
    async (request, reply) => {
      const ctx = requireUser(request, ['admin']);
      await catalog.removeExclusion(ctx, request.params.id);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/:tenant/admin/catalog/item-groups',
    {
      schema: {
        tags: ['admin'],
        summary: 'Reference and own item groups',
        params: TenantParams,
        response: { 200: z.object({ results: z.array(AdminItemGroup) }) },
      },
    },
    async (request) => {
      const ctx = requireUser(request, ['admin']);
      const groups = await catalog.listAllItemGroups(ctx);
      return { results: groups.map((g) => ({ id: g.id, key: g.key, name: g.name, names: g.names, own: g.tenantId !== null })) };
    },
  );

  r.post(
    '/api/:tenant/admin/catalog/item-groups',
    {
      schema: {
        tags: ['admin'],
        summary: 'Add an item group of the tenant (any product a programme trades)',
        params: TenantParams,
        body: ItemGroupInput,
        response: { 201: AdminItemGroup },
      },
    },
    async (request, reply) => {
      const ctx = requireUser(request, ['admin']);
      const g = await catalog.createItemGroup(ctx, request.body);
      return reply.status(201).send({ id: g.id, key: g.key, name: g.name, names: g.names, own: true });
    },
  );

  r.get(
    '/api/:tenant/admin/catalog/products',
    {
      schema: { tags: ['admin'], summary: "The tenant's own products", params: TenantParams, response: { 200: z.object({ results: z.array(AdminProduct) }) } },
    },
    async (request) => {
      const ctx = requireUser(request, ['admin']);
      return { results: (await catalog.listOwnProducts(ctx)).map(toProduct) };
    },
  );

  r.post(
    '/api/:tenant/admin/catalog/products',
    {
      schema: {
        tags: ['admin'],
        summary: 'Create or update (by key) one product of the tenant; same fields as a catalog import row',
        params: TenantParams,
        body: z.record(z.string(), z.unknown()),
        response: { 200: AdminProduct, 201: AdminProduct },
      },
    },
    async (request, reply) => {
      const ctx = requireUser(request, ['admin']);
      const { variant, created } = await catalog.upsertProduct(ctx, request.body);
      return reply.status(created ? 201 : 200).send(toProduct(variant));
    },
  );

  r.delete(
    '/api/:tenant/admin/catalog/products/:id',
    { schema: { tags: ['admin'], summary: 'Stop trading one of the tenant’s own products', params: IdParams, response: { 204: NoContent } } },
    async (request, reply) => {
      const ctx = requireUser(request, ['admin']);
      await catalog.removeProduct(ctx, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
