import type { Ctx } from '../../../platform/context.js';
import { defineMessages, translate } from '../../../platform/i18n/index.js';
import type { AnswerChange } from '../../pricing/index.js';
import { facilityRepository as repo, type ReportLine, type Valuation } from '../facility.repository.js';
import type { FacilityDeps } from '../ports.js';
import { statusLink } from './status-link.js';

const M = defineMessages('facility.report', {
  extras: { en: 'Extras' },
  findMy: { en: 'Find My' },
  findMyOn: { en: 'Find My activated' },
});

/** The changed answers of a valuation's report for the customer (no terms line), as recorded. */
const changedLines = (v: Valuation): ReportLine[] => v.report.lines.filter((l) => l.kind !== 'terms');

/**
 * A valuation's changed answers with the question and answer labels in `ctx.locale` (the
 * amounts and photos stay as recorded: the report is the audit). The labels come from the
 * grading form of the quote, priced again in that locale; recorded labels when that fails.
 */
export async function localizedLines(deps: Pick<FacilityDeps, 'pricing'>, ctx: Ctx, valuation: Valuation): Promise<ReportLine[]> {
  const lines = changedLines(valuation);
  if (lines.length === 0) return [];
  const inspection = valuation.inspectionId ? await repo.inspectionById(ctx, valuation.inspectionId) : null;
  const changes = inspection ? ((await deps.pricing.repriceUnderQuote(ctx, valuation.quoteId, inspection.gradingForm).catch(() => null))?.changes ?? []) : [];
  const byKey = new Map<string, AnswerChange>(changes.map((c) => [`${c.kind}:${c.questionId}`, c]));
  const t = (key: string) => translate(key, ctx.locale);
  return lines.map((l) => {
    if (l.kind === 'system_extras') {
      const on = (labels: string[]) => labels.map((x) => (x === 'Find My activated' ? t(M.findMyOn) : x));
      return { ...l, label: t(M.findMy), said: on(l.said), found: on(l.found) };
    }
    const c = byKey.get(`${l.kind}:${l.questionId}`);
    const label = l.kind === 'extras' ? t(M.extras) : (c?.label ?? l.label);
    return c ? { ...l, label, said: c.said.labels, found: c.found.labels } : { ...l, label };
  });
}

/** The signed, expiring link of a photo on the device's status page (what the status page itself shows). */
export const photoUrl = (statusUrl: string, photoId: string): string => `${statusUrl}/photos/${encodeURIComponent(photoId)}`;

/**
 * The evidence of a device's latest valuation for the customer, in `ctx.locale`: each changed
 * answer with what they said, what the facility found, the price effect and signed photo links
 * (the status page's, valid as long as its link). Null without a valuation.
 */
export async function valuationEvidence(deps: FacilityDeps, ctx: Ctx, deviceId: number): Promise<Awaited<ReturnType<typeof evidenceOf>> | null> {
  const valuation = await repo.latestValuation(ctx, deviceId);
  if (!valuation) return null;
  return evidenceOf(deps, ctx, deviceId, valuation);
}

/** {@link valuationEvidence} of a given valuation. */
export async function evidenceOf(deps: FacilityDeps, ctx: Ctx, deviceId: number, valuation: Valuation) {
  const { url } = statusLink(deps, ctx, deviceId);
  const lines = await localizedLines(deps, ctx, valuation);
  return {
    currency: valuation.currency,
    registeredMinor: valuation.registeredMinor,
    finalMinor: valuation.finalMinor,
    statusUrl: url,
    overrideReason: valuation.report.override?.reason ?? null,
    lines: lines.map((l) => ({
      label: l.label,
      said: l.said,
      found: l.found,
      effectMinor: l.effectMinor,
      photoUrls: l.photoIds.map((id) => photoUrl(url, id)),
    })),
  };
}
