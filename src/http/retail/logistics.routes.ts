import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { SHIPMENT_STATUSES, type PackageRecord, type ShipmentEvent, type ShipmentRecord } from '../../modules/logistics/index.js';
import { requireCtx } from '../plugins/auth.js';
import { zodApp, type RouteOptions } from '../route-types.js';
import { RetailHeaders } from './retail.schemas.js';
import { ShipmentLabel } from '../shared.schemas.js';

const Id = z.coerce.number().int().min(0).max(2_147_483_647);
const IdList = z.array(z.number().int().min(0).max(2_147_483_647)).max(500);
const AgentId = z.union([z.string().max(100), z.number()]).nullish();

const CreatePackageBody = z.object({
  Name: z.string().max(200).nullish(),
  Identifier: z
    .string()
    .max(100)
    .regex(/^[\x20-\x7e]*$/, 'printable ASCII (Code 128)')
    .nullish(),
  PackageDimensionId: z.number().int().nullish(),
  AgentId,
  AgentRef: z.string().max(200).nullish(),
  LocationId: z.number().int().nullish(),
  LocationRef: z.string().max(200).nullish(),
  TradeInDeviceIds: IdList.nullish(),
});

const CreateShipmentBody = z.object({
  Name: z.string().max(200).nullish(),
  AgentId,
  AgentRef: z.string().max(200).nullish(),
  LocationId: z.number().int().nullish(),
  LocationRef: z.string().max(200).nullish(),
  PackagesIds: IdList.nullish(),
});

const LabelBody = z.object({
  LocationId: z.number().int().nullish(),
  LocationAddress: z
    .object({
      CountryCode: z.string().max(2).nullish(),
      City: z.string().max(100).nullish(),
      PostCode: z.string().max(20).nullish(),
      Street1: z.string().max(200).nullish(),
      Street2: z.string().max(200).nullish(),
      PhoneNumber: z.string().max(40).nullish(),
    })
    .nullish(),
});

export const RetailPackage = z.object({
  Id: z.number(),
  Name: z.string(),
  Identifier: z.string(),
  PackageDimensionId: z.number().nullable(),
  AgentRef: z.string().nullable(),
  LocationId: z.number().nullable(),
  LocationRef: z.string().nullable(),
  Status: z.enum(['Open', 'Packed', 'Shipped', 'Delivered', 'Cancelled']),
  FlowType: z.string().describe('tradein (store → facility), return (facility → customer), mailin (customer → facility)'),
  DestinationLocationId: z.number().nullable(),
  ShipmentId: z.number().nullable(),
  TradeInDeviceIds: z.array(z.number()),
  CreatedDate: z.string(),
});

export const RetailShipment = z.object({
  Id: z.number(),
  Name: z.string(),
  AgentRef: z.string().nullable(),
  LocationId: z.number().nullable(),
  LocationRef: z.string().nullable(),
  Status: z.enum(['Ready', 'LabelCreated', 'InTransit', 'Delivered', 'Cancelled']),
  FlowType: z.string(),
  DestinationLocationId: z.number().nullable(),
  PackagesIds: z.array(z.number()),
  Carrier: z.string().nullable(),
  TrackingNumber: z.string().nullable(),
  HasLabel: z.boolean(),
  CreatedDate: z.string(),
  LabelCreatedDate: z.string().nullable(),
});

export const RetailStatusHistory = z.array(
  z.object({ Status: z.string(), Date: z.string().describe('UTC, ISO 8601'), Source: z.string(), Note: z.string().nullable() }),
);

export const packageJson = (p: PackageRecord) => ({
  Id: p.id,
  Name: p.name,
  Identifier: p.identifier,
  PackageDimensionId: p.dimensionId,
  AgentRef: p.agentRef,
  LocationId: p.locationId,
  LocationRef: p.locationRef,
  Status: p.status,
  FlowType: p.flowType,
  DestinationLocationId: p.destinationLocationId,
  ShipmentId: p.shipmentId,
  TradeInDeviceIds: p.deviceIds,
  CreatedDate: p.createdAt.toISOString(),
});

export const shipmentJson = (s: ShipmentRecord) => ({
  Id: s.id,
  Name: s.name,
  AgentRef: s.agentRef,
  LocationId: s.locationId,
  LocationRef: s.locationRef,
  Status: s.status,
  FlowType: s.flowType,
  DestinationLocationId: s.destinationLocationId,
  PackagesIds: s.packageIds,
  Carrier: s.carrier,
  TrackingNumber: s.trackingNumber,
  HasLabel: s.labelKey !== null,
  CreatedDate: s.createdAt.toISOString(),
  LabelCreatedDate: s.labelCreatedAt ? s.labelCreatedAt.toISOString() : null,
});

export const historyJson = (events: ShipmentEvent[]) =>
  events.map((e) => ({ Status: e.status, Date: e.occurredAt.toISOString(), Source: e.source, Note: e.note }));

const Paging = RetailHeaders.extend({
  LocationId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
  Page: z.coerce.number().int().min(1).max(100_000).default(1),
  PageSize: z.coerce.number().int().min(1).max(500).default(50),
});
const Paged = <T extends z.ZodType>(item: T) => z.object({ TotalCount: z.number(), Page: z.number(), PageSize: z.number(), Items: z.array(item) });

/** Seed 003 §9: packages → shipments → labels, and the operations its error catalogue names. */
export async function logisticsRetailRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
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
