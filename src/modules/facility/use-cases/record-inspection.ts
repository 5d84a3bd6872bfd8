import crypto from 'node:crypto';
import { withTransaction, type Ctx } from '../../../platform/context.js';
import { renderErasureCertificate } from '../erasure-certificate.js';
import { FacilityErrors as E } from '../facility.errors.js';
import { FacilitySettings } from '../facility.settings.js';
import { facilityRepository as repo, type ErasureRecord, type Inspection, type InspectionPhoto } from '../facility.repository.js';
import type { FacilityDeps } from '../ports.js';
import { actorUserId, assertStatus, emit, requireDevice } from './shared.js';

export interface InspectionInput {
  deviceId: number;
  /** The seed's GradingForm shape: `{ Answers: { questionId: [answerId] }, Extras: [] }` (Find-My comes from `fmipFound`). */
  gradingForm: { Answers: Record<string, number[] | number>; Extras?: number[] };
  functionalTests?: { name: string; result: 'pass' | 'fail' | 'not_tested' }[];
  /** What the technician found: Find My / activation lock on or off. */
  fmipFound: 'Activated' | 'NotActivated';
  /** Photos uploaded through media, each naming the question whose defect it shows (if any) and the side. */
  photos?: { photoId: string; questionId?: number | null; angle?: string | null }[];
  erasure?: { method: string; tool: string; operator: string; verification: 'Passed' | 'Failed'; performedAt?: Date | null } | null;
  /** The IMEI/serial read on the bench (confirms the TAC → model). */
  identifier?: string | null;
  notes?: string | null;
}

export interface InspectionResult {
  inspection: Inspection;
  /** What the answers would give now (the final valuation computes it again). */
  preview: { finalMinor: number; registeredMinor: number; currency: string; gradeName: string };
  tac: 'learned' | 'confirmed' | 'conflict' | null;
}

/**
 * A technician's inspection: the model's grading form answered again, functional tests, a
 * cosmetic and a functional grade on a CTIA-style scale (from the grade the answers reach),
 * Find My found vs declared, photos (required for every answer worse than the customer's, and
 * the item group's required sides when the value goes down), and a NIST SP 800-88 erasure
 * record, which yields an erasure certificate PDF. Received/Inspected → Inspected.
 */
export async function recordInspection(deps: FacilityDeps, ctx: Ctx, input: InspectionInput): Promise<InspectionResult> {
  const device = await requireDevice(deps, ctx, input.deviceId);
  assertStatus(device, ['Received', 'Inspected']);
  const systemExtras = input.fmipFound === 'Activated' ? [1] : [];
  const gradingForm = { Answers: normalizeAnswers(input.gradingForm.Answers), Extras: input.gradingForm.Extras ?? [], SystemExtras: systemExtras };
  const priced = await deps.pricing.repriceUnderQuote(ctx, device.quoteId, gradingForm);
  const quote = (await deps.pricing.getQuote(ctx, device.quoteId))!;

  const photoInput = input.photos ?? [];
  const stored = await deps.media.findMany(
    ctx,
    photoInput.map((p) => p.photoId),
  );
  const photos: InspectionPhoto[] = photoInput.map((p) => {
    const s = stored.find((x) => x.id === p.photoId);
    if (!s) throw E.B400006({ id: p.photoId });
    return { photoId: s.id, questionId: p.questionId ?? null, angle: p.angle ?? s.angle ?? null };
  });
  for (const change of priced.changes) {
    if (change.kind === 'question' && change.worse && !photos.some((p) => p.questionId === change.questionId)) throw E.B400004({ question: change.label });
  }
  if (priced.finalMinor < priced.registeredMinor) {
    const required = FacilitySettings.read(ctx.tenant).requiredAngles[device.itemGroupKey ?? ''] ?? [];
    const missing = required.filter((a) => !photos.some((p) => p.angle === a));
    if (missing.length > 0) throw E.B400005({ angles: missing.join(', ') });
  }

  let erasure: ErasureRecord | null = null;
  if (input.erasure) {
    if (input.erasure.method !== 'Clear' && input.erasure.method !== 'Purge') throw E.B400016();
    erasure = { ...input.erasure, method: input.erasure.method, performedAt: (input.erasure.performedAt ?? ctx.clock.now()).toISOString() };
  }
  const now = ctx.clock.now();
  const failed = (input.functionalTests ?? []).some((t) => t.result === 'fail');
  const functionalGrade = failed ? 'Non-functional' : priced.ctia.functional;
  const locationId = (await repo.receiptOf(ctx, device.id))?.locationId ?? ctx.actor.locationId ?? null;

  let certificateKey: string | null = null;
  if (erasure && erasure.verification === 'Passed') {
    const certificateId = crypto.randomUUID();
    const location = locationId ? await deps.org.locations.findById(ctx, locationId) : null;
    const pdf = await renderErasureCertificate({
      programmeName: ctx.tenant.name,
      locale: ctx.locale,
      certificateId,
      deviceId: device.id,
      tradeInId: device.tradeInId,
      productName: device.productName,
      identifier: device.deviceIdentifier,
      method: erasure.method,
      tool: erasure.tool,
      operator: erasure.operator,
      verification: erasure.verification,
      performedAt: new Date(erasure.performedAt),
      facilityName: location?.name ?? null,
      issuedAt: now,
    });
    certificateKey = `${ctx.tenant.id}/erasure/${device.id}-${certificateId}.pdf`;
    // Bytes first: a crash leaves an orphan file, never a record pointing at nothing.
    await deps.storage.put(certificateKey, pdf, 'application/pdf');
  }

  return withTransaction(ctx, async (tx) => {
    const inspection = await repo.insertInspection(tx, {
      deviceId: device.id,
      technicianUserId: actorUserId(tx),
      locationId,
      gradingFormVersionId: quote.gradingFormVersionId,
      gradingForm,
      functionalTests: input.functionalTests ?? [],
      cosmeticGrade: priced.ctia.cosmetic,
      functionalGrade,
      fmipDeclared: quote.systemExtras.includes(1) ? 'Activated' : 'NotActivated',
      fmipFound: input.fmipFound,
      photos,
      erasure,
      erasureCertificateKey: certificateKey,
      identifierConfirmed: input.identifier ?? null,
      notes: input.notes ?? null,
      createdAt: now,
    });
    await deps.media.attach(
      tx,
      photos.map((p) => p.photoId),
      'inspection',
      String(device.id),
    );
    const moved = await deps.tradeins.transitionDevice(tx, device.id, 'Inspected', {
      from: ['Received', 'Inspected'],
      source: 'facility',
      data: { inspectionId: inspection.id, cosmeticGrade: inspection.cosmeticGrade, functionalGrade },
    });
    if (!moved) throw E.B400002({ id: device.id, status: (await deps.tradeins.getDevice(tx, device.id))?.status ?? '?', needed: 'Received/Inspected' });
    // The bench confirms TAC → model when the IMEI read matches the registered one.
    const imei = (input.identifier ?? '').replace(/\D/g, '');
    let tac: InspectionResult['tac'] = null;
    if (imei.length === 15 && imei === device.deviceIdentifier) {
      tac = await repo.learnTac(tx, imei.slice(0, 8), device.variantId, 'inspection', now);
      if (tac === 'learned') await deps.onTacLearned?.(tx);
    }
    await emit(
      tx,
      'device.inspected',
      { deviceId: device.id, inspectionId: inspection.id, cosmeticGrade: inspection.cosmeticGrade, functionalGrade, erasure: erasure?.method ?? null },
      `${inspection.id}`,
    );
    return {
      inspection,
      preview: { finalMinor: priced.finalMinor, registeredMinor: priced.registeredMinor, currency: priced.currency, gradeName: priced.gradeName },
      tac,
    };
  });
}

function normalizeAnswers(answers: Record<string, number[] | number>): Record<string, number[]> {
  return Object.fromEntries(Object.entries(answers ?? {}).map(([k, v]) => [k, Array.isArray(v) ? v : [v]]));
}

/** The erasure certificate PDF of a device's latest inspection (N400017 when none was issued). */
export async function erasureCertificate(deps: FacilityDeps, ctx: Ctx, deviceId: number): Promise<Buffer> {
  await requireDevice(deps, ctx, deviceId);
  const inspection = await repo.latestInspection(ctx, deviceId);
  const bytes = inspection?.erasureCertificateKey ? await deps.storage.get(inspection.erasureCertificateKey) : null;
  if (!bytes) throw E.N400017({ id: deviceId });
  return bytes;
}
