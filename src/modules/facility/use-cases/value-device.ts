import { withTransaction, type Ctx } from '../../../platform/context.js';
import { parseDecimal } from '../../../platform/money/index.js';
import type { AnswerChange, RepriceResult } from '../../pricing/index.js';
import type { TradeInDevice } from '../../tradeins/index.js';
import { FacilityErrors as E } from '../facility.errors.js';
import { FacilitySettings } from '../facility.settings.js';
import { facilityRepository as repo, type DifferenceReport, type Inspection, type ReportLine, type Valuation } from '../facility.repository.js';
import type { FacilityDeps } from '../ports.js';
import { scheduleFirstReminder, sendValuationEmail } from './reminders.js';
import { actorUserId, emit, requireDevice } from './shared.js';

export interface ValueDeviceInput {
  deviceId: number;
  /** A price set by hand: only for roles in `settings.facility.overrideRoles`, with a reason. */
  override?: { price?: string | number; priceMinor?: number; reason: string; grade?: string | null; photoIds?: string[] } | null;
}

/**
 * The final valuation: computed by the pricing engine from the latest inspection's answers
 * under the registered quote's own terms, with a difference report (per changed answer: what
 * the customer said, what the facility found, the photos, the price effect; lines add up
 * exactly to final − registered). An override (role-granted, with reason) is marked in the
 * report and audited. Goes through `tradeins.recordFinalValuation`, so order-linked devices
 * keep commerce's approve/reject path; reminders are scheduled for the customer's decision.
 */
export async function valueDevice(
  deps: FacilityDeps,
  ctx: Ctx,
  input: ValueDeviceInput,
): Promise<{ device: TradeInDevice; valuation: Valuation; changed: boolean }> {
  const device = await requireDevice(deps, ctx, input.deviceId);
  const inspection = await repo.latestInspection(ctx, device.id);
  const override = input.override ?? null;
  if (override) {
    const roles: string[] = FacilitySettings.read(ctx.tenant).overrideRoles;
    if (!ctx.actor.role || !roles.includes(ctx.actor.role)) throw E.F400008();
    if (!override.reason || !override.reason.trim()) throw E.B400009();
  } else if (!inspection) {
    throw E.B400007({ id: device.id });
  }
  const priced = inspection ? await deps.pricing.repriceUnderQuote(ctx, device.quoteId, inspection.gradingForm) : null;
  const report = buildReport(device, priced, inspection, override);
  const finalMinor = override ? overrideMinor(override, device.currency) : priced!.finalMinor;
  const gradeName = override?.grade?.trim() || priced?.gradeName || device.gradeName;
  const photoIds = [...new Set([...(inspection?.photos.map((p) => p.photoId) ?? []), ...(override?.photoIds ?? [])])];
  const now = ctx.clock.now();
  const tradeIn = await deps.tradeins.get(ctx, device.tradeInId).catch(() => null);

  return withTransaction(ctx, async (tx) => {
    const { device: valued, changed } = await deps.tradeins.recordFinalValuation(tx, device.id, {
      priceMinor: finalMinor,
      grade: gradeName,
      reason: override ? override.reason.trim() : summary(report),
      photoIds,
    });
    const valuation = await repo.insertValuation(tx, {
      deviceId: device.id,
      inspectionId: inspection?.id ?? null,
      valuationCount: valued.valuationCount,
      quoteId: device.quoteId,
      registeredMinor: device.offeredPriceMinor,
      computedMinor: priced?.finalMinor ?? null,
      finalMinor,
      currency: device.currency,
      gradeKey: override ? null : (priced?.gradeKey ?? null),
      gradeName,
      report,
      isOverride: !!override,
      overrideReason: override ? override.reason.trim() : null,
      actorUserId: actorUserId(tx),
      actorRole: tx.actor.role ?? tx.actor.kind,
      variantId: device.variantId,
      storeId: tradeIn?.locationId ?? null,
      agentUserId: tradeIn?.agentUserId ?? null,
      now,
    });
    await emit(
      tx,
      'device.valuated',
      {
        deviceId: device.id,
        tradeInId: device.tradeInId,
        registeredMinor: device.offeredPriceMinor,
        finalMinor,
        currency: device.currency,
        override: !!override,
        valuationId: valuation.id,
      },
      `${device.id}:${valued.valuationCount}`,
    );
    // Order-linked devices are decided through commerce's e-mail (seed 000); every other device
    // gets the status page and reminders.
    if (tradeIn?.source !== 'order') {
      await sendValuationEmail(deps, tx, valued, valuation);
      await scheduleFirstReminder(tx, valued);
    }
    return { device: valued, valuation, changed };
  });
}

/** The difference report: one line per changed answer (and a terms line when the rules moved since the quote). */
export function buildReport(
  device: TradeInDevice,
  priced: RepriceResult | null,
  inspection: Inspection | null,
  override: ValueDeviceInput['override'] | null,
): DifferenceReport {
  const lines: ReportLine[] = (priced?.changes ?? []).map((c: AnswerChange) => ({
    kind: c.kind,
    questionId: c.questionId,
    label: c.label,
    said: c.said.labels,
    found: c.found.labels,
    worse: c.worse,
    effectMinor: c.effectMinor,
    photoIds: (inspection?.photos ?? []).filter((p) => c.kind === 'question' && p.questionId === c.questionId).map((p) => p.photoId),
  }));
  if (priced && priced.termsAdjustmentMinor !== 0) {
    // Carried so the registered price stands for what the customer said.
    lines.push({ kind: 'terms', questionId: null, label: 'Registered quote terms', said: [], found: [], worse: false, effectMinor: 0, photoIds: [] });
  }
  const finalMinor = override ? overrideMinor(override, device.currency) : priced!.finalMinor;
  return {
    currency: device.currency,
    registeredMinor: device.offeredPriceMinor,
    finalMinor,
    differenceMinor: finalMinor - device.offeredPriceMinor,
    lines,
    gradeBefore: device.gradeName,
    gradeAfter: override?.grade?.trim() || priced?.gradeName || device.gradeName,
    ctia: priced ? { functional: inspection?.functionalGrade ?? priced.ctia.functional, cosmetic: priced.ctia.cosmetic } : null,
    override: override ? { reason: override.reason.trim(), computedMinor: priced?.finalMinor ?? null } : null,
  };
}

function overrideMinor(o: NonNullable<ValueDeviceInput['override']>, currency: string): number {
  return o.priceMinor ?? parseDecimal(o.price ?? 0, currency);
}

function summary(r: DifferenceReport): string {
  if (r.lines.length === 0) return '';
  return r.lines
    .filter((l) => l.kind !== 'terms')
    .map((l) => `${l.label}: ${l.said.join(', ') || '—'} → ${l.found.join(', ') || '—'}`)
    .join('; ')
    .slice(0, 2000);
}
