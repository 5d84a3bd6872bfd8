import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { LogisticsErrors, type PackageRecord } from '../../modules/logistics/index.js';
import { findShippableDevices } from '../../modules/tradeins/index.js';
import type { Ctx } from '../../platform/context.js';
import { TenantParams } from '../upgrade/auth.routes.js';
import { STAFF, webCtx } from '../upgrade/session-ctx.js';
import { zodApp, type RouteOptions } from '../route-types.js';
import { ShipmentLabel } from '../shared.schemas.js';

const Id = z.coerce.number().int().positive().max(2_147_483_647);
const IdParams = TenantParams.extend({ id: Id });
const tags = ['web'];

const WebPackage = z.object({
  id: z.number(),
  name: z.string(),
  identifier: z.string(),
  status: z.enum(['Open', 'Packed', 'Shipped', 'Delivered', 'Cancelled']),
  location_id: z.number().nullable(),
  shipment_id: z.number().nullable(),
  device_ids: z.array(z.number()),
  created_at: z.string(),
});

const toWebPackage = (p: PackageRecord): z.infer<typeof WebPackage> => ({
  id: p.id,
  name: p.name,
  identifier: p.identifier,
  status: p.status,
  location_id: p.locationId,
  shipment_id: p.shipmentId,
  device_ids: p.deviceIds,
  created_at: p.createdAt.toISOString(),
});

const LabelAnswer = z.object({ package_id: z.number(), shipment_id: z.number(), label_url: z.string().describe('Session route of the label PDF') });

/**
 * The point of sale's packing (session routes over the logistics use cases of seed 003 §9): a
 * package of the location's registered devices, its shipment and label, the label PDF. An agent
 * sees only the packages and shipments of their own location.
 */
export async function packingRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { logistics } = deps.modules;

  /** A package of the agent's location (another location's is unknown: N060001). */
  const ownPackage = async (ctx: Ctx, id: number) => {
    const pkg = await logistics.getPackage(ctx, id);
    if (pkg.locationId !== (ctx.actor.locationId ?? null)) throw LogisticsErrors.N060001();
    return pkg;
  };
  const labelUrl = (ctx: Ctx, shipmentId: number) => `/api/${ctx.tenant.slug}/web/shipments/${shipmentId}/label`;

  r.get(
    '/api/:tenant/web/packages',
    { schema: { tags, summary: "The location's packages, newest first", params: TenantParams, response: { 200: z.object({ results: z.array(WebPackage) }) } } },
    async (request) => {
      const ctx = webCtx(request, STAFF);
      const locationId = ctx.actor.locationId ?? undefined;
      if (locationId === undefined) return { results: [] };
      const { rows } = await logistics.listPackages(ctx, { locationId, limit: 50, offset: 0 });
      return { results: rows.map(toWebPackage) };
    },
  );

  r.post(
    '/api/:tenant/web/packages',
    {
      schema: {
        tags,
        summary: 'Puts registered devices of the location in a new package (Registered → Packed)',
        params: TenantParams,
        body: z.object({ device_ids: z.array(z.number().int().positive().max(2_147_483_647)).min(1).max(500), name: z.string().max(200).nullish() }),
        response: { 201: WebPackage },
      },
    },
    async (request, reply) => {
      const ctx = webCtx(request, STAFF);
      // An agent packs the devices of their own location: another location's are unknown here (B060008).
      const devices = new Map((await findShippableDevices(ctx, request.body.device_ids)).map((d) => [d.id, d]));
      const foreign = request.body.device_ids.find((id) => devices.has(id) && devices.get(id)!.locationId !== (ctx.actor.locationId ?? null));
      if (foreign !== undefined) throw LogisticsErrors.B060008({ id: foreign });
      const location = ctx.actor.locationId ? await deps.modules.org.locations.findById(ctx, ctx.actor.locationId) : null;
      const name = request.body.name?.trim() || `${location?.name ?? ctx.tenant.name} ${ctx.clock.now().toISOString().slice(0, 10)}`;
      const id = await logistics.createPackage(ctx, { name, tradeInDeviceIds: request.body.device_ids, locationId: location?.id ?? null });
      return reply.status(201).send(toWebPackage(await logistics.getPackage(ctx, id)));
    },
  );

  r.post(
    '/api/:tenant/web/packages/:id/label',
    {
      schema: {
        tags,
        summary: "Ships the package: its shipment (made once) and the label from the location's address (made once); answers where the PDF is",
        params: IdParams,
        response: { 200: LabelAnswer },
      },
    },
    async (request) => {
      const ctx = webCtx(request, STAFF);
      const pkg = await ownPackage(ctx, request.params.id);
      const shipmentId = pkg.shipmentId ?? (await logistics.createShipment(ctx, { name: pkg.name, locationId: pkg.locationId, packagesIds: [pkg.id] }));
      // The sender is the store's own address: the logistics desk's rule, one place for both.
      if ((await logistics.getShipment(ctx, shipmentId)).labelKey === null) await logistics.deskLabel(ctx, shipmentId, 'api');
      return { package_id: pkg.id, shipment_id: shipmentId, label_url: labelUrl(ctx, shipmentId) };
    },
  );

  r.get(
    '/api/:tenant/web/shipments/:id/label',
    { schema: { tags, summary: 'The shipment label (PDF) of a shipment of the location', params: IdParams, response: { 200: ShipmentLabel } } },
    async (request, reply) => {
      const ctx = webCtx(request, STAFF);
      const label = await logistics.downloadLabel(ctx, request.params.id, { locationId: ctx.actor.locationId ?? -1 });
      return reply
        .type(label.contentType)
        .header('content-disposition', `inline; filename="${label.fileName}"`)
        .header('cache-control', 'private, no-store')
        .send(label.bytes);
    },
  );
}
