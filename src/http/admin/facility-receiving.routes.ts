import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Discrepancy } from '../../modules/facility/index.js';
import { MediaErrors } from '../../modules/media/index.js';
import { requireUser } from '../plugins/auth.js';
import { zodApp, type RouteOptions } from '../route-types.js';

const Tenant = z.object({ tenant: z.string().max(60) });
const RECEIVERS = ['admin', 'facility_lead', 'technician'] as const;
const tags = ['admin', 'facility'];

const ScanJson = z.object({
  code: z.string(),
  outcome: z.string().describe('received | already | unexpected | mismatch | fraud | package'),
  device_id: z.number().nullable(),
  status: z.string().nullable(),
  reason: z.string().nullable(),
  package: z
    .object({
      id: z.number(),
      identifier: z.string(),
      status: z.string(),
      shipment_id: z.number().nullable(),
      devices: z.array(z.object({ device_id: z.number(), identifier: z.string(), status: z.string() })),
    })
    .nullable(),
});
const DiscrepancyJson = z.object({
  id: z.number(),
  kind: z.string(),
  device_id: z.number().nullable(),
  identifier: z.string().nullable(),
  package_code: z.string().nullable(),
  location_id: z.number().nullable(),
  status: z.string(),
  photo_ids: z.array(z.string()),
  note: z.string().nullable(),
  created_at: z.string(),
});

const discrepancyJson = (d: Discrepancy): z.infer<typeof DiscrepancyJson> => ({
  id: d.id,
  kind: d.kind,
  device_id: d.deviceId,
  identifier: d.identifier,
  package_code: d.packageCode,
  location_id: d.locationId,
  status: d.status,
  photo_ids: d.photoIds,
  note: d.note,
  created_at: d.createdAt.toISOString(),
});

type PackageOut = {
  id: number;
  identifier: string;
  status: string;
  shipmentId: number | null;
  devices: { tradeInDeviceId: number; deviceIdentifier: string; status: string }[];
};
const packageJson = (p: PackageOut) => ({
  id: p.id,
  identifier: p.identifier,
  status: p.status,
  shipment_id: p.shipmentId,
  devices: p.devices.map((d) => ({ device_id: d.tradeInDeviceId, identifier: d.deviceIdentifier, status: d.status })),
});

/** Receiving at the facility: scans, package lookups, damaged packages, the missing sweep, discrepancies, evidence photos. */
export async function facilityReceivingAdminRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { facility, media } = deps.modules;

  r.post(
    '/api/:tenant/admin/facility/receive',
    {
      schema: {
        tags,
        summary:
          'Receives scanned devices (IMEI/serial): Received with who/where/when, due diligence again (hit → Fraud); unknown codes are quarantined as unexpected',
        params: Tenant,
        body: z.object({
          codes: z.array(z.string().min(1).max(100)).min(1).max(200),
          location_id: z.number().int().positive().nullish(),
          expected_device_id: z.number().int().positive().nullish(),
        }),
        response: { 200: z.object({ results: z.array(ScanJson) }) },
      },
    },
    async (request) => {
      const ctx = requireUser(request, RECEIVERS);
      const results = await facility.receive(ctx, {
        codes: request.body.codes,
        locationId: request.body.location_id ?? null,
        expectedDeviceId: request.body.expected_device_id ?? null,
      });
      return {
        results: results.map((s) => ({
          code: s.code,
          outcome: s.outcome,
          device_id: s.deviceId,
          status: s.status,
          reason: s.reason ?? null,
          package: s.package ? packageJson(s.package) : null,
        })),
      };
    },
  );

  r.post(
    '/api/:tenant/admin/facility/packages/scan',
    {
      schema: {
        tags,
        summary: 'What a scanned package should hold (needs logistics)',
        params: Tenant,
        body: z.object({ code: z.string().min(1).max(100) }),
        response: { 200: z.object({ package: ScanJson.shape.package }) },
      },
    },
    async (request) => {
      const pkg = await facility.scanPackage(requireUser(request, RECEIVERS), request.body.code);
      return { package: pkg ? packageJson(pkg) : null };
    },
  );

  r.post(
    '/api/:tenant/admin/facility/packages/damaged',
    {
      schema: {
        tags,
        summary: 'Records a damaged package with its photos (uploaded first through /facility/photos)',
        params: Tenant,
        body: z.object({ package_code: z.string().min(1).max(100), photo_ids: z.array(z.uuid()).min(1).max(20), note: z.string().max(2000).nullish() }),
        response: { 200: DiscrepancyJson },
      },
    },
    async (request) => {
      const d = await facility.reportDamagedPackage(requireUser(request, RECEIVERS), {
        packageCode: request.body.package_code,
        photoIds: request.body.photo_ids,
        note: request.body.note ?? null,
      });
      return discrepancyJson(d);
    },
  );

  r.post(
    '/api/:tenant/admin/facility/missing-sweep',
    {
      schema: {
        tags,
        summary: 'Marks devices Missing that were shipped longer ago than the tenant’s deadline and never received',
        params: Tenant,
        response: { 200: z.object({ missing: z.array(z.number()) }) },
      },
    },
    async (request) => facility.sweepMissing(requireUser(request, ['admin', 'facility_lead'])),
  );

  r.get(
    '/api/:tenant/admin/facility/discrepancies',
    {
      schema: {
        tags,
        summary: 'Discrepancies: missing, unexpected (quarantined), identifier mismatch, damaged package, fraud hit',
        params: Tenant,
        querystring: z.object({
          kind: z.enum(['missing', 'unexpected', 'identifier_mismatch', 'damaged_package', 'fraud_hit']).optional(),
          limit: z.coerce.number().int().min(1).max(1000).optional(),
        }),
        response: { 200: z.object({ results: z.array(DiscrepancyJson) }) },
      },
    },
    async (request) => {
      const list = await facility.listDiscrepancies(requireUser(request, [...RECEIVERS, 'agent']), { kind: request.query.kind, limit: request.query.limit });
      return {
        results: list.map(discrepancyJson),
      };
    },
  );

  r.post(
    '/api/:tenant/admin/facility/photos',
    {
      schema: {
        tags,
        summary: 'Uploads an evidence photo (multipart `file`, optional `angle` field): validated, re-encoded without EXIF/GPS, thumbnailed',
        consumes: ['multipart/form-data'],
        params: Tenant,
        response: { 200: z.object({ id: z.string(), angle: z.string().nullable(), width: z.number(), height: z.number() }) },
      },
    },
    async (request) => {
      const ctx = requireUser(request, RECEIVERS);
      if (!request.isMultipart()) throw MediaErrors.B450001();
      const file = await request.file({ limits: { fileSize: media.limits.maxBytes + 1, files: 1 } });
      if (!file) throw MediaErrors.B450001();
      const bytes = await file.toBuffer().catch(() => {
        throw MediaErrors.B450002({ maxMb: Math.round(media.limits.maxBytes / 1_048_576) });
      });
      if (file.file.truncated) throw MediaErrors.B450002({ maxMb: Math.round(media.limits.maxBytes / 1_048_576) });
      const angleField = file.fields.angle as { value?: unknown } | undefined;
      const angle = typeof angleField?.value === 'string' ? angleField.value.slice(0, 40) : null;
      const photo = await media.upload(ctx, { bytes, angle });
      return { id: photo.id, angle: photo.angle, width: photo.width, height: photo.height };
    },
  );
}
