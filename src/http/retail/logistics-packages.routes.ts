import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { packageJson } from './logistics.mappers.js';
import { CreatePackageBody, Id, IdList, Paged, Paging, RetailPackage } from './logistics.schemas.js';
import { requireCtx } from '../plugins/auth.js';
import { zodApp, type RouteOptions } from '../route-types.js';
import { RetailHeaders } from './retail.schemas.js';

/** Seed 003 §9 packages: create, list, details, add/remove devices, cancel. */
export async function logisticsPackageRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { logistics } = deps.modules;
  const common = { tags: ['retail'], security: [{ apiKey: [] }], querystring: RetailHeaders };

  r.post(
    '/api/v2/retail/packages',
    {
      schema: {
        ...common,
        summary: 'Creates a package of trade-in devices (seed 003 §9); answers the package id',
        body: CreatePackageBody,
        response: { 200: z.number().int() },
      },
    },
    async (request) => {
      const b = request.body;
      return logistics.createPackage(requireCtx(request), {
        name: b.Name,
        identifier: b.Identifier,
        packageDimensionId: b.PackageDimensionId,
        agentId: b.AgentId,
        agentRef: b.AgentRef,
        locationId: b.LocationId,
        locationRef: b.LocationRef,
        tradeInDeviceIds: b.TradeInDeviceIds,
      });
    },
  );

  r.get(
    '/api/v2/retail/packages',
    {
      schema: {
        ...common,
        summary: 'Packages, newest first',
        querystring: Paging.extend({ Status: z.enum(['Open', 'Packed', 'Shipped', 'Delivered', 'Cancelled']).optional() }),
        response: { 200: Paged(RetailPackage) },
      },
    },
    async (request) => {
      const q = request.query;
      const { rows, total } = await logistics.listPackages(requireCtx(request), {
        status: q.Status,
        locationId: q.LocationId,
        limit: q.PageSize,
        offset: (q.Page - 1) * q.PageSize,
      });
      return { TotalCount: total, Page: q.Page, PageSize: q.PageSize, Items: rows.map(packageJson) };
    },
  );

  r.get(
    '/api/v2/retail/packages/:packageId',
    { schema: { ...common, summary: 'Package details (GetPackageDetails)', params: z.object({ packageId: Id }), response: { 200: RetailPackage } } },
    async (request) => packageJson(await logistics.getPackage(requireCtx(request), request.params.packageId)),
  );

  r.post(
    '/api/v2/retail/packages/:packageId/items',
    {
      schema: {
        ...common,
        summary: 'Adds devices to an open package (AddItems)',
        params: z.object({ packageId: Id }),
        body: z.object({ TradeInDeviceIds: IdList.nullish() }),
        response: { 200: RetailPackage },
      },
    },
    async (request) => packageJson(await logistics.addPackageItems(requireCtx(request), request.params.packageId, request.body.TradeInDeviceIds)),
  );

  r.delete(
    '/api/v2/retail/packages/:packageId/items/:tradeInDeviceId',
    {
      schema: {
        ...common,
        summary: 'Takes a device out of an open package (back to Registered)',
        params: z.object({ packageId: Id, tradeInDeviceId: Id }),
        response: { 200: RetailPackage },
      },
    },
    async (request) => packageJson(await logistics.removePackageItem(requireCtx(request), request.params.packageId, request.params.tradeInDeviceId)),
  );

  r.delete(
    '/api/v2/retail/packages/:packageId',
    {
      schema: {
        ...common,
        summary: 'Cancels a package not in a shipment (CancelPackage)',
        params: z.object({ packageId: Id }),
        response: { 200: RetailPackage },
      },
    },
    async (request) => packageJson(await logistics.cancelPackage(requireCtx(request), request.params.packageId)),
  );
}
