import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { DifferenceReport, FacilityDeviceView, Valuation } from '../../modules/facility/index.js';
import type { TradeInDevice } from '../../modules/tradeins/index.js';
import { formatDecimal } from '../../platform/money/index.js';
import { requireUser } from '../plugins/auth.js';
import { zodApp, type RouteOptions } from '../route-types.js';
import { binaryBody } from '../shared.schemas.js';

const Params = z.object({ tenant: z.string().max(60), id: z.coerce.number().int().positive().max(2_147_483_647) });
const STAFF = ['admin', 'facility_lead', 'technician'] as const;

const Money = z.string().describe('Decimal amount in the currency');
const ReportJson = z.object({
  currency: z.string(),
  registered_price: Money,
  final_price: Money,
  difference: Money,
  grade_before: z.string(),
  grade_after: z.string(),
  ctia: z.object({ functional: z.string(), cosmetic: z.string() }).nullable(),
  override: z.object({ reason: z.string(), computed_price: Money.nullable() }).nullable(),
  lines: z.array(
    z.object({
      kind: z.string(),
      question_id: z.number().nullable(),
      label: z.string(),
      said: z.array(z.string()),
      found: z.array(z.string()),
      worse: z.boolean(),
      price_effect: Money,
      photo_ids: z.array(z.string()),
    }),
  ),
});

export const reportJson = (r: DifferenceReport) => {
  const m = (v: number) => formatDecimal(v, r.currency);
  return {
    currency: r.currency,
    registered_price: m(r.registeredMinor),
    final_price: m(r.finalMinor),
    difference: m(r.differenceMinor),
    grade_before: r.gradeBefore,
    grade_after: r.gradeAfter,
    ctia: r.ctia,
    override: r.override ? { reason: r.override.reason, computed_price: r.override.computedMinor === null ? null : m(r.override.computedMinor) } : null,
    lines: r.lines.map((l) => ({
      kind: l.kind,
      question_id: l.questionId,
      label: l.label,
      said: l.said,
      found: l.found,
      worse: l.worse,
      price_effect: m(l.effectMinor),
      photo_ids: l.photoIds,
    })),
  };
};

export const FinalValuationReply = z.object({
  device_id: z.number(),
  tradein_id: z.number(),
  status: z.string(),
  currency: z.string(),
  offered_price: Money,
  final_price: Money.nullable(),
  changed: z.boolean(),
  override: z.boolean(),
  difference_report: ReportJson.nullable().describe('null for a price typed through the order route'),
});

type ValuedDevice = Pick<TradeInDevice, 'id' | 'tradeInId' | 'status' | 'currency' | 'offeredPriceMinor' | 'finalPriceMinor'>;

/** The reply of both final-valuation routes; `valuation` is null when the price came through commerce's port. */
export const finalValuationJson = ({ device, valuation, changed }: { device: ValuedDevice; valuation: Valuation | null; changed: boolean }) => ({
  device_id: device.id,
  tradein_id: device.tradeInId,
  status: device.status,
  currency: device.currency,
  offered_price: formatDecimal(device.offeredPriceMinor, device.currency),
  final_price: device.finalPriceMinor === null ? null : formatDecimal(device.finalPriceMinor, device.currency),
  changed,
  override: valuation ? valuation.isOverride : true,
  difference_report: valuation ? reportJson(valuation.report) : null,
});

const InspectionBody = z.object({
  grading_form: z.object({
    Answers: z.record(z.string(), z.union([z.array(z.number().int()), z.number().int()])),
    Extras: z.array(z.number().int()).max(20).optional(),
  }),
  functional_tests: z
    .array(z.object({ name: z.string().min(1).max(80), result: z.enum(['pass', 'fail', 'not_tested']) }))
    .max(50)
    .default([]),
  fmip_found: z.enum(['Activated', 'NotActivated']),
  photos: z
    .array(z.object({ photo_id: z.uuid(), question_id: z.number().int().nullish(), angle: z.string().max(40).nullish() }))
    .max(50)
    .default([]),
  erasure: z
    .object({
      method: z.string().max(20),
      tool: z.string().min(1).max(200),
      operator: z.string().min(1).max(200),
      verification: z.enum(['Passed', 'Failed']),
      performed_at: z.iso.datetime({ offset: true }).nullish(),
    })
    .nullish(),
  identifier: z.string().max(64).nullish(),
  notes: z.string().max(2000).nullish(),
});

const DeviceViewJson = z.object({
  device_id: z.number(),
  tradein_id: z.number(),
  status: z.string(),
  identifier: z.string(),
  product_name: z.string(),
  offered_price: Money,
  final_price: Money.nullable(),
  currency: z.string(),
  timeline: z.array(z.object({ from: z.string().nullable(), to: z.string(), source: z.string().nullable(), note: z.string().nullable(), at: z.string() })),
  inspection: z
    .object({
      id: z.number(),
      cosmetic_grade: z.string(),
      functional_grade: z.string(),
      fmip_declared: z.string(),
      fmip_found: z.string(),
      functional_tests: z.array(z.object({ name: z.string(), result: z.string() })),
      photos: z.array(z.object({ photo_id: z.string(), question_id: z.number().nullable(), angle: z.string().nullable() })),
      erasure: z.object({ method: z.string(), tool: z.string(), operator: z.string(), verification: z.string(), performed_at: z.string() }).nullable(),
      erasure_certificate: z.boolean(),
    })
    .nullable(),
  valuation: z.object({ id: z.number(), override: z.boolean(), override_reason: z.string().nullable(), difference_report: ReportJson }).nullable(),
  decision: z.object({ decision: z.string(), channel: z.string(), at: z.string() }).nullable(),
  payout: z.object({ method: z.string(), amount: Money, status: z.string(), gift_card_code: z.string().nullable() }).nullable(),
  return: z.object({ shipment_id: z.number().nullable(), label_url: z.string().nullable(), manual: z.boolean() }).nullable(),
  discrepancies: z.array(z.object({ id: z.number(), kind: z.string(), status: z.string(), note: z.string().nullable() })),
  can_decide: z.boolean(),
});

export const deviceViewJson = (v: FacilityDeviceView) => {
  const d = v.device;
  return {
    device_id: d.id,
    tradein_id: d.tradeInId,
    status: d.status,
    identifier: d.deviceIdentifier,
    product_name: d.productName,
    offered_price: formatDecimal(d.offeredPriceMinor, d.currency),
    final_price: d.finalPriceMinor === null ? null : formatDecimal(d.finalPriceMinor, d.currency),
    currency: d.currency,
    timeline: v.timeline.map((e) => ({ from: e.fromStatus, to: e.toStatus, source: e.source, note: e.note, at: e.createdAt.toISOString() })),
    inspection: v.inspection && {
      id: v.inspection.id,
      cosmetic_grade: v.inspection.cosmeticGrade,
      functional_grade: v.inspection.functionalGrade,
      fmip_declared: v.inspection.fmipDeclared,
      fmip_found: v.inspection.fmipFound,
      functional_tests: v.inspection.functionalTests,
      photos: v.inspection.photos.map((p) => ({ photo_id: p.photoId, question_id: p.questionId, angle: p.angle })),
      erasure: v.inspection.erasure && {
        method: v.inspection.erasure.method,
        tool: v.inspection.erasure.tool,
        operator: v.inspection.erasure.operator,
        verification: v.inspection.erasure.verification,
        performed_at: v.inspection.erasure.performedAt,
      },
      erasure_certificate: !!v.inspection.erasureCertificateKey,
    },
    valuation: v.valuation && {
      id: v.valuation.id,
      override: v.valuation.isOverride,
      override_reason: v.valuation.overrideReason,
      difference_report: reportJson(v.valuation.report),
    },
    decision: v.decision && { decision: v.decision.decision, channel: v.decision.channel, at: v.decision.createdAt.toISOString() },
    payout: v.payout && {
      method: v.payout.method,
      amount: formatDecimal(v.payout.amountMinor, v.payout.currency),
      status: v.payout.status,
      gift_card_code: v.payout.giftCardCode,
    },
    return: v.returnInfo && { shipment_id: v.returnInfo.shipmentId, label_url: v.returnInfo.labelUrl, manual: v.returnInfo.manual },
    discrepancies: v.discrepancies.map((x) => ({ id: x.id, kind: x.kind, status: x.status, note: x.note })),
    can_decide: v.canDecide,
  };
};

/** Facility bench: inspection, final valuation, the device's facility view, erasure certificate, status link, contact. */
export async function facilityValuationAdminRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { facility } = deps.modules;
  const tags = ['admin', 'facility'];

  r.post(
    '/api/:tenant/admin/facility/devices/:id/inspection',
    {
      schema: {
        tags,
        summary:
          'Records an inspection: grading form again, functional tests, Find My found, photos (required for answers worse than the customer’s), NIST SP 800-88 erasure',
        params: Params,
        body: InspectionBody,
        response: {
          200: z.object({
            inspection_id: z.number(),
            status: z.string(),
            cosmetic_grade: z.string(),
            functional_grade: z.string(),
            fmip_declared: z.string(),
            fmip_found: z.string(),
            erasure_certificate: z.boolean(),
            preview: z.object({ registered_price: Money, final_price: Money, grade: z.string() }),
            tac: z.string().nullable(),
          }),
        },
      },
    },
    async (request) => {
      const ctx = requireUser(request, STAFF);
      const b = request.body;
      const res = await facility.inspect(ctx, {
        deviceId: request.params.id,
        gradingForm: b.grading_form,
        functionalTests: b.functional_tests,
        fmipFound: b.fmip_found,
        photos: b.photos.map((p) => ({ photoId: p.photo_id, questionId: p.question_id ?? null, angle: p.angle ?? null })),
        erasure: b.erasure
          ? {
              method: b.erasure.method,
              tool: b.erasure.tool,
              operator: b.erasure.operator,
              verification: b.erasure.verification,
              performedAt: b.erasure.performed_at ? new Date(b.erasure.performed_at) : null,
            }
          : null,
        identifier: b.identifier ?? null,
        notes: b.notes ?? null,
      });
      const i = res.inspection;
      const m = (v: number) => formatDecimal(v, res.preview.currency);
      return {
        inspection_id: i.id,
        status: 'Inspected',
        cosmetic_grade: i.cosmeticGrade,
        functional_grade: i.functionalGrade,
        fmip_declared: i.fmipDeclared,
        fmip_found: i.fmipFound,
        erasure_certificate: !!i.erasureCertificateKey,
        preview: { registered_price: m(res.preview.registeredMinor), final_price: m(res.preview.finalMinor), grade: res.preview.gradeName },
        tac: res.tac,
      };
    },
  );

  r.post(
    '/api/:tenant/admin/facility/devices/:id/final-valuation',
    {
      schema: {
        tags,
        summary:
          'Final valuation computed from the inspection under the registered quote’s terms, with its difference report; or an override (price + reason) for granted roles',
        params: Params,
        body: z.object({
          override: z
            .object({
              price: z.union([z.string().regex(/^\d{1,10}(\.\d{1,4})?$/), z.number().nonnegative().max(1e10)]),
              reason: z.string().max(2000),
              grade: z.string().max(50).nullish(),
              photo_ids: z.array(z.string().max(100)).max(50).default([]),
            })
            .nullish(),
        }),
        response: { 200: FinalValuationReply },
      },
    },
    async (request) => {
      const ctx = requireUser(request, STAFF);
      const o = request.body.override;
      return finalValuationJson(
        await facility.value(ctx, {
          deviceId: request.params.id,
          override: o ? { price: o.price, reason: o.reason, grade: o.grade ?? null, photoIds: o.photo_ids } : null,
        }),
      );
    },
  );

  r.get(
    '/api/:tenant/admin/facility/devices/:id',
    {
      schema: {
        tags,
        summary: 'The facility view of a device: timeline, inspection, valuation with difference report, decision, payout, return',
        params: Params,
        response: { 200: DeviceViewJson },
      },
    },
    async (request) => deviceViewJson(await facility.deviceView(requireUser(request, [...STAFF, 'agent']), request.params.id)),
  );

  r.get(
    '/api/:tenant/admin/facility/devices/:id/erasure-certificate',
    {
      schema: {
        tags,
        summary: 'The erasure certificate PDF of the device’s latest inspection',
        params: Params,
        response: { 200: binaryBody('The certificate', 'application/pdf') },
      },
    },
    async (request, reply) => {
      const pdf = await facility.erasureCertificate(requireUser(request, STAFF), request.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="erasure-${request.params.id}.pdf"`)
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  );

  r.post(
    '/api/:tenant/admin/facility/devices/:id/status-link',
    {
      schema: {
        tags,
        summary: 'A signed link to the customer’s status page of the device',
        params: Params,
        response: { 200: z.object({ url: z.string(), expires_at: z.string() }) },
      },
    },
    async (request) => {
      const ctx = requireUser(request, [...STAFF, 'agent']);
      await facility.deviceView(ctx, request.params.id);
      const link = facility.statusLink(ctx, request.params.id);
      return { url: link.url, expires_at: link.expiresAt.toISOString() };
    },
  );

  r.put(
    '/api/:tenant/admin/facility/devices/:id/contact',
    {
      schema: {
        tags,
        summary: 'Whom to e-mail about the valuation, reminders and the fallback (devices without an order)',
        params: Params,
        body: z.object({ email: z.email().nullable(), locale: z.enum(['en', 'tr', 'sv', 'de']).nullish() }),
        response: { 200: z.object({ ok: z.boolean() }) },
      },
    },
    async (request) => {
      await facility.setContact(requireUser(request, [...STAFF, 'agent']), request.params.id, {
        email: request.body.email,
        locale: request.body.locale ?? null,
      });
      return { ok: true };
    },
  );
}
