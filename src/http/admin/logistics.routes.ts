import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { TRACKING_STATUSES, type PackageDimension, type ShippingRoute } from '../../modules/logistics/index.js';
import { requireUser } from '../plugins/auth.js';
import { zodApp, type RouteOptions } from '../route-types.js';
import { NoContent } from '../shared.schemas.js';

const TenantParams = z.object({ tenant: z.string().max(60) });
const IdParams = TenantParams.extend({ id: z.coerce.number().int().min(0).max(2_147_483_647) });

const Dimension = z.object({
  id: z.number(),
  name: z.string(),
  length_mm: z.number(),
  width_mm: z.number(),
  height_mm: z.number(),
  tare_weight_g: z.number(),
  is_default: z.boolean(),
  is_active: z.boolean(),
});
const Route = z.object({
  id: z.number(),
  priority: z.number(),
  from_location_id: z.number().nullable(),
  country_code: z.string().nullable(),
  facility_location_id: z.number(),
});
const History = z.array(z.object({ status: z.string(), source: z.string(), note: z.string().nullable(), occurred_at: z.string() }));

const dimensionJson = (d: PackageDimension) => ({
  id: d.id,
  name: d.name,
  length_mm: d.lengthMm,
  width_mm: d.widthMm,
  height_mm: d.heightMm,
  tare_weight_g: d.tareWeightG,
  is_default: d.isDefault,
  is_active: d.isActive,
});
const routeJson = (r: ShippingRoute) => ({
  id: r.id,
  priority: r.priority,
  from_location_id: r.fromLocationId,
  country_code: r.countryCode,
  facility_location_id: r.facilityLocationId,
});

/** Shipping configuration (package dimensions, destinations, routing) and tracking steps by staff. */
export async function logisticsAdminRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { logistics } = deps.modules;
  const tags = ['admin'];

  r.get(
    '/api/:tenant/admin/shipping/dimensions',
    {
      schema: {
        tags,
        summary: 'Package dimensions (PackageDimensionId)',
        params: TenantParams,
        querystring: z.object({ all: z.coerce.boolean().default(false) }),
        response: { 200: z.array(Dimension) },
      },
    },
    async (request) => (await logistics.listDimensions(requireUser(request, ['admin', 'facility_lead', 'agent']), request.query.all)).map(dimensionJson),
  );

  r.post(
    '/api/:tenant/admin/shipping/dimensions',
    {
      schema: {
        tags,
        summary: 'Adds a package dimension (mm, tare weight in g); `is_default` makes it the box of CreateShipmentByTradeIn',
        params: TenantParams,
        body: z.object({
          name: z.string().min(1).max(100),
          length_mm: z.number().int().min(1).max(5000),
          width_mm: z.number().int().min(1).max(5000),
          height_mm: z.number().int().min(1).max(5000),
          tare_weight_g: z.number().int().min(0).max(100_000).default(0),
          is_default: z.boolean().default(false),
        }),
        response: { 201: Dimension },
      },
    },
    async (request, reply) => {
      const ctx = requireUser(request, ['admin']);
      const b = request.body;
      const d = await logistics.addDimension(ctx, {
        name: b.name,
        lengthMm: b.length_mm,
        widthMm: b.width_mm,
        heightMm: b.height_mm,
        tareWeightG: b.tare_weight_g,
        isDefault: b.is_default,
      });
      return reply.status(201).send(dimensionJson(d));
    },
  );

  r.patch(
    '/api/:tenant/admin/shipping/dimensions/:id',
    {
      schema: {
        tags,
        summary: 'Makes a dimension the default or retires it',
        params: IdParams,
        body: z.object({ is_default: z.boolean().optional(), is_active: z.boolean().optional() }),
        response: { 200: Dimension },
      },
    },
    async (request) =>
      dimensionJson(
        await logistics.updateDimension(requireUser(request, ['admin']), request.params.id, {
          isDefault: request.body.is_default,
          isActive: request.body.is_active,
        }),
      ),
  );

  r.get(
    '/api/:tenant/admin/shipping/facilities',
    {
      schema: {
        tags,
        summary: 'Destinations: facilities and warehouses, routing rules and the default facility',
        params: TenantParams,
        response: {
          200: z.object({
            facilities: z.array(z.object({ id: z.number(), name: z.string(), kind: z.string() })),
            routes: z.array(Route),
            default_facility_id: z.number().nullable(),
          }),
        },
      },
    },
    async (request) => {
      const f = await logistics.listFacilities(requireUser(request, ['admin', 'facility_lead']));
      return {
        facilities: f.facilities.map((l) => ({ id: l.id, name: l.name, kind: l.kind })),
        routes: f.routes.map(routeJson),
        default_facility_id: f.defaultFacilityId,
      };
    },
  );

  r.post(
    '/api/:tenant/admin/shipping/routes',
    {
      schema: {
        tags,
        summary: 'Adds a routing rule: devices from a store (or a country) go to a facility',
        params: TenantParams,
        body: z.object({
          facility_location_id: z.number().int(),
          from_location_id: z.number().int().nullish(),
          country_code: z.string().length(2).nullish(),
          priority: z.number().int().min(0).max(10_000).default(100),
        }),
        response: { 201: Route },
      },
    },
    async (request, reply) => {
      const ctx = requireUser(request, ['admin']);
      const b = request.body;
      const route = await logistics.addRoute(ctx, {
        facilityLocationId: b.facility_location_id,
        fromLocationId: b.from_location_id,
        countryCode: b.country_code,
        priority: b.priority,
      });
      return reply.status(201).send(routeJson(route));
    },
  );

  r.delete(
    '/api/:tenant/admin/shipping/routes/:id',
    { schema: { tags, summary: 'Removes a routing rule', params: IdParams, response: { 204: NoContent } } },
    async (request, reply) => {
      await logistics.removeRoute(requireUser(request, ['admin']), request.params.id);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/:tenant/admin/shipments/:id/history',
    { schema: { tags, summary: "A shipment's status history (UTC, with source)", params: IdParams, response: { 200: History } } },
    async (request) => {
      const ctx = requireUser(request, ['admin', 'facility_lead', 'technician', 'agent']);
      // An agent sees only their own stores' shipments (another store's is "not found").
      await logistics.assertHistoryVisible(ctx, request.params.id);
      return (await logistics.shipmentHistory(ctx, request.params.id)).map((e) => ({
        status: e.status,
        source: e.source,
        note: e.note,
        occurred_at: e.occurredAt.toISOString(),
      }));
    },
  );

  r.post(
    '/api/:tenant/admin/shipments/:id/events',
    {
      schema: {
        tags,
        summary: 'Adds a tracking step (handed over: InTransit; Delivered) for stores without carrier tracking',
        params: IdParams,
        body: z.object({ status: z.enum(TRACKING_STATUSES as ['InTransit', 'Delivered']), note: z.string().max(500).nullish() }),
        response: { 200: z.object({ id: z.number(), status: z.string() }) },
      },
    },
    async (request) => {
      const ctx = requireUser(request, ['admin', 'facility_lead', 'agent']);
      const res = await logistics.recordShipmentEvent(ctx, request.params.id, request.body.status, { source: 'admin', note: request.body.note ?? null });
      return { id: res.shipment.id, status: res.shipment.status };
    },
  );
}
