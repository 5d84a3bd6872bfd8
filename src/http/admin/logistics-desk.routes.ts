import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { SHIPMENT_STATUSES, type PackageRecord, type ShipmentRecord } from '../../modules/logistics/index.js';
import type { Ctx } from '../../platform/context.js';
import { requireUser } from '../plugins/auth.js';
import { zodApp, type RouteOptions } from '../route-types.js';

const Tenant = z.object({ tenant: z.string().max(60) });
const Params = Tenant.extend({ id: z.coerce.number().int().positive().max(2_147_483_647) });
const Id = z.number().int().positive().max(2_147_483_647);
/** An agent works only at their own stores (the module narrows and refuses); leads and admins everywhere. */
const DESK = ['admin', 'facility_lead', 'agent'] as const;
const tags = ['admin', 'logistics'];
const PACKAGE_STATUSES = ['Open', 'Packed', 'Shipped', 'Delivered', 'Cancelled'] as const;

const PackageJson = z.object({
  id: z.number(),
  name: z.string(),
  identifier: z.string(),
  status: z.string(),
  flow_type: z.string(),
  location_id: z.number().nullable(),
  shipment_id: z.number().nullable(),
  device_ids: z.array(z.number()),
  created_at: z.string(),
});
const ShipmentJson = z.object({
  id: z.number(),
  name: z.string(),
  status: z.string(),
  flow_type: z.string(),
  location_id: z.number().nullable(),
  package_ids: z.array(z.number()),
  tracking_number: z.string().nullable(),
  has_label: z.boolean(),
  created_at: z.string(),
});
const LinkJson = z.object({ url: z.string(), expires_at: z.string() });
const packageJson = (p: PackageRecord) => ({
  id: p.id,
  name: p.name,
  identifier: p.identifier,
  status: p.status,
  flow_type: p.flowType,
  location_id: p.locationId,
  shipment_id: p.shipmentId,
  device_ids: p.deviceIds,
  created_at: p.createdAt.toISOString(),
});
const shipmentJson = (s: ShipmentRecord) => ({
  id: s.id,
  name: s.name,
  status: s.status,
  flow_type: s.flowType,
  location_id: s.locationId,
  package_ids: s.packageIds,
  tracking_number: s.trackingNumber,
  has_label: !!s.labelKey,
  created_at: s.createdAt.toISOString(),
});
/** Default name of what a store packs and ships at the end of a day: the day. */
const dayOf = (ctx: Ctx) => ctx.clock.now().toISOString().slice(0, 10);
const link = (l: { url: string; expiresAt: Date }) => ({ url: l.url, expires_at: l.expiresAt.toISOString() });

/** The back office's logistics desk: packing at a store's end of day, packages, shipments, labels, histories. */
export async function logisticsDeskAdminRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { logistics, org } = deps.modules;
  const base = '/api/:tenant/admin/logistics';

  r.get(
    `${base}/locations`,
    {
      schema: {
        tags,
        summary: 'The locations the caller works at (an agent: their own stores only)',
        params: Tenant,
        response: { 200: z.object({ results: z.array(z.object({ id: z.number(), name: z.string(), kind: z.string() })) }) },
      },
    },
    async (request) => {
      const ctx = requireUser(request, DESK);
      const visible = await logistics.visibleLocations(ctx);
      const all = (await org.locations.list(ctx)).filter((l) => l.isActive && (visible === null || visible.includes(l.id)));
      return { results: all.map((l) => ({ id: l.id, name: l.name, kind: l.kind })) };
    },
  );

  r.get(
    `${base}/to-pack`,
    {
      schema: {
        tags,
        summary: 'Registered devices of a store waiting to be packed (an agent: their store)',
        params: Tenant,
        querystring: z.object({ location_id: z.coerce.number().int().positive().max(2_147_483_647).optional() }),
        response: {
          200: z.object({
            location_id: z.number().nullable(),
            devices: z.array(
              z.object({ device_id: z.number(), tradein_id: z.number(), identifier: z.string(), product_name: z.string(), registered_at: z.string() }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const res = await logistics.devicesToPack(requireUser(request, DESK), request.query.location_id);
      return {
        location_id: res.locationId,
        devices: res.devices.map((d) => ({
          device_id: d.id,
          tradein_id: d.tradeInId,
          identifier: d.deviceIdentifier,
          product_name: d.productName,
          registered_at: d.registeredAt.toISOString(),
        })),
      };
    },
  );

  r.get(
    `${base}/packages`,
    {
      schema: {
        tags,
        summary: 'Packages, newest first (an agent: their store’s)',
        params: Tenant,
        querystring: z.object({ status: z.enum(PACKAGE_STATUSES).optional(), location_id: z.coerce.number().int().positive().max(2_147_483_647).optional() }),
        response: { 200: z.object({ results: z.array(PackageJson) }) },
      },
    },
    async (request) => ({
      results: (
        await logistics.deskPackages(requireUser(request, DESK), { status: request.query.status, locationId: request.query.location_id, limit: 200 })
      ).map(packageJson),
    }),
  );

  r.post(
    `${base}/packages`,
    {
      schema: {
        tags,
        summary: 'Packs registered devices of a store into a new package (Registered → Packed); named after the day unless named',
        params: Tenant,
        body: z.object({ location_id: Id, device_ids: z.array(Id).min(1).max(200), name: z.string().min(1).max(100).nullish() }),
        response: { 200: PackageJson },
      },
    },
    async (request) => {
      const ctx = requireUser(request, DESK);
      const locationId = await logistics.deskPackingLocation(ctx, request.body.location_id);
      const id = await logistics.createPackage(ctx, {
        locationId,
        tradeInDeviceIds: request.body.device_ids,
        name: request.body.name ?? `${dayOf(ctx)} #${locationId}`,
      });
      return packageJson(await logistics.getPackage(ctx, id));
    },
  );

  r.post(
    `${base}/packages/:id/cancel`,
    { schema: { tags, summary: 'Cancels an open package (its devices go back to Registered)', params: Params, response: { 200: PackageJson } } },
    async (request) => {
      const ctx = requireUser(request, DESK);
      await logistics.deskPackage(ctx, request.params.id);
      return packageJson(await logistics.cancelPackage(ctx, request.params.id));
    },
  );

  r.get(
    `${base}/shipments`,
    {
      schema: {
        tags,
        summary: 'Shipments, newest first (an agent: their store’s)',
        params: Tenant,
        querystring: z.object({
          status: z.enum(SHIPMENT_STATUSES as unknown as [string, ...string[]]).optional(),
          location_id: z.coerce.number().int().positive().max(2_147_483_647).optional(),
        }),
        response: { 200: z.object({ results: z.array(ShipmentJson) }) },
      },
    },
    async (request) => {
      const ctx = requireUser(request, DESK);
      const status = request.query.status as (typeof SHIPMENT_STATUSES)[number] | undefined;
      return { results: (await logistics.deskShipments(ctx, { status, locationId: request.query.location_id, limit: 200 })).map(shipmentJson) };
    },
  );

  r.post(
    `${base}/shipments`,
    {
      schema: {
        tags,
        summary: 'Puts open packages of one store into a new shipment (Ready)',
        params: Tenant,
        body: z.object({ location_id: Id, package_ids: z.array(Id).min(1).max(100), name: z.string().min(1).max(100).nullish() }),
        response: { 200: ShipmentJson },
      },
    },
    async (request) => {
      const ctx = requireUser(request, DESK);
      const locationId = await logistics.deskPackingLocation(ctx, request.body.location_id);
      const id = await logistics.createShipment(ctx, {
        locationId,
        packagesIds: request.body.package_ids,
        name: request.body.name ?? `${dayOf(ctx)} #${locationId}`,
      });
      return shipmentJson(await logistics.getShipment(ctx, id));
    },
  );

  r.post(
    `${base}/shipments/:id/label`,
    {
      schema: {
        tags,
        summary: 'Prints the label from the store’s address (Ready → LabelCreated; devices Shipped): a signed link to the PDF',
        params: Params,
        response: { 200: LinkJson },
      },
    },
    async (request) => {
      return link(await logistics.deskLabel(requireUser(request, DESK), request.params.id));
    },
  );

  r.get(
    `${base}/shipments/:id/label`,
    { schema: { tags, summary: 'Re-prints the current label: a fresh signed link to the PDF', params: Params, response: { 200: LinkJson } } },
    async (request) => {
      const ctx = requireUser(request, DESK);
      const s = await logistics.deskShipment(ctx, request.params.id);
      return link(await logistics.labelDownloadUrl(ctx, s.id));
    },
  );

  r.post(
    `${base}/shipments/:id/label/cancel`,
    {
      schema: {
        tags,
        summary: 'Cancels the label before hand-over (LabelCreated → Ready; devices back to Packed)',
        params: Params,
        response: { 200: ShipmentJson },
      },
    },
    async (request) => {
      const ctx = requireUser(request, DESK);
      const s = await logistics.deskShipment(ctx, request.params.id);
      return shipmentJson(await logistics.cancelLabel(ctx, s.id, 'admin'));
    },
  );
}
