import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { SHIPMENT_STATUSES, type ShipmentRecord } from '../../modules/logistics/index.js';
import { historyJson, shipmentJson } from './logistics.mappers.js';
import { AgentId, CreateShipmentBody, Id, IdList, LabelBody, Paged, Paging, RetailShipment, RetailStatusHistory } from './logistics.schemas.js';
import { requireCtx } from '../plugins/auth.js';
import { zodApp, type RouteOptions } from '../route-types.js';
import { RetailHeaders } from './retail.schemas.js';
import { ShipmentLabel } from '../shared.schemas.js';

/** Seed 003 §9 shipments and their labels, status history, and the one-call shipment of a trade-in. */
export async function logisticsShipmentRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { logistics } = deps.modules;
  const common = { tags: ['retail'], security: [{ apiKey: [] }], querystring: RetailHeaders };

  r.post(
    '/api/v2/retail/shipments',
    {
      schema: {
        ...common,
        summary: 'Creates a shipment of packages (seed 003 §9); answers the shipment id',
        body: CreateShipmentBody,
        response: { 200: z.number().int() },
      },
    },
    async (request) => {
      const b = request.body;
      return logistics.createShipment(requireCtx(request), {
        name: b.Name,
        agentId: b.AgentId,
        agentRef: b.AgentRef,
        locationId: b.LocationId,
        locationRef: b.LocationRef,
        packagesIds: b.PackagesIds,
      });
    },
  );

  r.get(
    '/api/v2/retail/shipments',
    {
      schema: {
        ...common,
        summary: 'Shipments, newest first',
        querystring: Paging.extend({ Status: z.enum(SHIPMENT_STATUSES as [string, ...string[]]).optional() }),
        response: { 200: Paged(RetailShipment) },
      },
    },
    async (request) => {
      const q = request.query;
      const { rows, total } = await logistics.listShipments(requireCtx(request), {
        status: q.Status as ShipmentRecord['status'] | undefined,
        locationId: q.LocationId,
        limit: q.PageSize,
        offset: (q.Page - 1) * q.PageSize,
      });
      return { TotalCount: total, Page: q.Page, PageSize: q.PageSize, Items: rows.map(shipmentJson) };
    },
  );

  r.get(
    '/api/v2/retail/shipments/:shipmentId',
    { schema: { ...common, summary: 'Shipment details (GetShipmentDetails)', params: z.object({ shipmentId: Id }), response: { 200: RetailShipment } } },
    async (request) => shipmentJson(await logistics.getShipment(requireCtx(request), request.params.shipmentId)),
  );

  r.put(
    '/api/v2/retail/shipments/:shipmentId',
    {
      schema: {
        ...common,
        summary: 'Renames a shipment or changes its references (UpdateShipment)',
        params: z.object({ shipmentId: Id }),
        body: z.object({ Name: z.string().max(200).nullish(), AgentId, AgentRef: z.string().max(200).nullish(), LocationRef: z.string().max(200).nullish() }),
        response: { 200: RetailShipment },
      },
    },
    async (request) => {
      const b = request.body;
      return shipmentJson(
        await logistics.updateShipment(requireCtx(request), request.params.shipmentId, {
          ...(b.Name !== undefined ? { name: b.Name } : {}),
          ...(b.AgentId !== undefined ? { agentId: b.AgentId } : {}),
          ...(b.AgentRef !== undefined ? { agentRef: b.AgentRef } : {}),
          ...(b.LocationRef !== undefined ? { locationRef: b.LocationRef } : {}),
        }),
      );
    },
  );

  r.post(
    '/api/v2/retail/shipments/:shipmentId/packages',
    {
      schema: {
        ...common,
        summary: 'Adds packages to a shipment without a label (AddPackagesToExistingShipment)',
        params: z.object({ shipmentId: Id }),
        body: z.object({ PackagesIds: IdList.nullish() }),
        response: { 200: RetailShipment },
      },
    },
    async (request) => shipmentJson(await logistics.addShipmentPackages(requireCtx(request), request.params.shipmentId, request.body.PackagesIds)),
  );

  r.delete(
    '/api/v2/retail/shipments/:shipmentId',
    { schema: { ...common, summary: 'Cancels a Ready shipment (CancelShipment)', params: z.object({ shipmentId: Id }), response: { 200: RetailShipment } } },
    async (request) => shipmentJson(await logistics.cancelShipment(requireCtx(request), request.params.shipmentId)),
  );

  r.post(
    '/api/v2/retail/shipments/:shipmentId/label',
    {
      schema: {
        ...common,
        summary: 'Orders the shipping label (seed 003 §9); answers its DownloadUrl (signed, expiring)',
        params: z.object({ shipmentId: Id }),
        body: LabelBody,
        response: { 200: z.object({ DownloadUrl: z.string() }) },
      },
    },
    async (request) => {
      const a = request.body.LocationAddress;
      const link = await logistics.createLabel(requireCtx(request), request.params.shipmentId, {
        locationId: request.body.LocationId,
        locationAddress: a
          ? { countryCode: a.CountryCode, city: a.City, postCode: a.PostCode, street1: a.Street1, street2: a.Street2, phoneNumber: a.PhoneNumber }
          : null,
      });
      return { DownloadUrl: link.url };
    },
  );

  r.get(
    '/api/v2/retail/shipments/:shipmentId/label',
    {
      schema: {
        ...common,
        summary: 'Downloads the shipment label (DownloadShipmentLabel): the PDF itself',
        params: z.object({ shipmentId: Id }),
        querystring: RetailHeaders.extend({ LocationId: z.coerce.number().int().min(0).max(2_147_483_647).optional() }),
        response: { 200: ShipmentLabel },
      },
    },
    async (request, reply) => {
      const label = await logistics.downloadLabel(requireCtx(request), request.params.shipmentId, { locationId: request.query.LocationId });
      return reply
        .type(label.contentType)
        .header('content-disposition', `inline; filename="${label.fileName}"`)
        .header('cache-control', 'private, no-store')
        .send(label.bytes);
    },
  );

  r.delete(
    '/api/v2/retail/shipments/:shipmentId/label',
    {
      schema: {
        ...common,
        summary: 'Cancels the label before hand-over (CancelShipmentLabel)',
        params: z.object({ shipmentId: Id }),
        response: { 200: RetailShipment },
      },
    },
    async (request) => shipmentJson(await logistics.cancelLabel(requireCtx(request), request.params.shipmentId)),
  );

  r.get(
    '/api/v2/retail/shipments/:shipmentId/status-history',
    {
      schema: {
        ...common,
        summary: 'Every step of the shipment with UTC time and source (GetShippingStatusHistory)',
        params: z.object({ shipmentId: Id }),
        response: { 200: RetailStatusHistory },
      },
    },
    async (request) => historyJson(await logistics.shipmentHistory(requireCtx(request), request.params.shipmentId)),
  );

  r.post(
    '/api/v2/retail/tradeins/:tradeInId/shipment',
    {
      schema: {
        ...common,
        summary: "One package (default box) and one shipment of a trade-in's devices (CreateShipmentByTradeIn); answers the shipment id",
        params: z.object({ tradeInId: Id }),
        response: { 200: z.number().int() },
      },
    },
    async (request) => logistics.createShipmentByTradeIn(requireCtx(request), request.params.tradeInId),
  );
}
