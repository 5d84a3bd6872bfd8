import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { DEFAULT_MODEL_LIMIT, itemGroupName, type ItemGroup, type TreeManufacturer } from '../../modules/catalog/index.js';
import { currencySymbol } from '../../platform/money/index.js';
import { requireCtx } from '../plugins/auth.js';
import { zodApp, type RouteOptions } from '../route-types.js';
import { RetailHeaders } from './retail.schemas.js';

const Id = z.coerce.number().int().positive().max(2_147_483_647);

const RetailModel = z.object({
  Id: z.number(),
  ItemVariantType: z.number(),
  ItemId: z.number(),
  ItemName: z.string(),
  ProductName: z.string(),
  ProductCode: z.string(),
  ProductNameShort: z.string(),
  ItemGroupId: z.number(),
  ManufacturerId: z.number(),
  Price: z.number().nullable(),
  CurrencyIsoCode: z.string(),
  CurrencySymbol: z.string(),
  ExchangeRate: z.number(),
  PictureUrl: z.string().nullable(),
});

const TreeList = z.object({ Data: z.array(z.object({ Id: z.number(), Name: z.string() })) });

/**
 * Serialized tree answers as UTF-8 bytes (mobiles: ~80 KB, encoded once, not per request),
 * memoized per tree array (replaced when the tree changes) and locale.
 */
const groupJson = new WeakMap<ItemGroup[], Map<string, Buffer>>();
const manufacturerJson = new WeakMap<TreeManufacturer[], Buffer>();
const JSON_TYPE = 'application/json; charset=utf-8';

/** Seed 003 §2: device identification (item groups, manufacturers, models by term / IMEI / serial). */
export async function catalogRetailRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { catalog } = deps.modules;

  r.get(
    '/api/v2/retail/itemgroups',
    {
      schema: {
        tags: ['retail'],
        summary: 'Item groups the tenant trades (names in the Accept-Language locale)',
        security: [{ apiKey: [] }],
        querystring: RetailHeaders,
        response: { 200: TreeList },
      },
    },
    async (request, reply) => {
      const ctx = requireCtx(request);
      const groups = await catalog.listItemGroups(ctx);
      let byLocale = groupJson.get(groups);
      if (!byLocale) groupJson.set(groups, (byLocale = new Map()));
      let json = byLocale.get(ctx.locale);
      if (!json) {
        json = Buffer.from(JSON.stringify(TreeList.parse({ Data: groups.map((g) => ({ Id: g.id, Name: itemGroupName(g, ctx.locale) })) })));
        byLocale.set(ctx.locale, json);
      }
      // Ready JSON bytes bypass the serializer; they were validated against the schema once.
      return reply.type(JSON_TYPE).send(json as never);
    },
  );

  r.get(
    '/api/v2/retail/manufacturers',
    {
      schema: {
        tags: ['retail'],
        summary: 'Manufacturers the tenant trades, optionally of one item group, by relevance',
        description:
          'Ordered by relevance: manufacturers with priced models released in the last years first (most such model families first), ' +
          'then those with older priced models (newest first), then the long tail by name. Manufacturers listed in ' +
          'settings.catalog.tree.hiddenManufacturers are left out; settings.catalog.tree.onlyPriced drops the long tail. Served from memory.',
        security: [{ apiKey: [] }],
        querystring: RetailHeaders.extend({ ItemGroupId: Id.optional() }),
        response: { 200: TreeList },
      },
    },
    async (request, reply) => {
      const ctx = requireCtx(request);
      const list = await catalog.listManufacturers(ctx, request.query.ItemGroupId);
      let json = manufacturerJson.get(list);
      if (!json) manufacturerJson.set(list, (json = Buffer.from(JSON.stringify(TreeList.parse({ Data: list.map((m) => ({ Id: m.id, Name: m.name })) })))));
      return reply.type(JSON_TYPE).send(json as never);
    },
  );

  r.get(
    '/api/v2/retail/models',
    {
      schema: {
        tags: ['retail'],
        summary: 'Models by search term, IMEI or serial number, or by item group / manufacturer',
        description:
          'Without a term (product tree): the models of the item group / manufacturer, newest first. A 15-digit term is an IMEI (B020002 when its check digit is wrong; an unknown TAC gives an empty list and a Hint). ' +
          'Terms shorter than 3 characters are refused (B020001). Price is the working-device price in the tenant currency.',
        security: [{ apiKey: [] }],
        querystring: RetailHeaders.extend({
          term: z.string().max(200).optional(),
          ItemGroupId: Id.optional(),
          ManufacturerId: Id.optional(),
          limit: z.coerce.number().int().positive().max(100_000).optional(),
        }),
        response: { 200: z.object({ Data: z.array(RetailModel), Hint: z.string().optional() }) },
      },
    },
    async (request) => {
      const ctx = requireCtx(request);
      const { term, ItemGroupId, ManufacturerId, limit } = request.query;
      const result = await catalog.searchModels(ctx, { term, itemGroupId: ItemGroupId, manufacturerId: ManufacturerId, limit: limit ?? DEFAULT_MODEL_LIMIT });
      const currency = ctx.tenant.currency;
      const symbol = currencySymbol(currency);
      const Data = result.models.map((m) => ({
        Id: m.id,
        ItemVariantType: 1,
        ItemId: m.itemId,
        ItemName: m.itemName,
        ProductName: m.productName,
        ProductCode: m.productCodes.join(','),
        ProductNameShort: m.productNameShort,
        ItemGroupId: m.itemGroupId,
        ManufacturerId: m.manufacturerId,
        Price: result.prices.get(m.id) ?? null,
        CurrencyIsoCode: currency,
        CurrencySymbol: symbol,
        ExchangeRate: 1,
        PictureUrl: m.pictureUrl,
      }));
      return result.hint ? { Data, Hint: result.hint } : { Data };
    },
  );
}
