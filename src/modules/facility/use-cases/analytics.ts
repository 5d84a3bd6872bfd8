import { parse as parseCsv } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { Ctx } from '../../../platform/context.js';
import { withTransaction } from '../../../platform/context.js';
import { formatDecimal } from '../../../platform/money/index.js';
import { FacilityErrors as E } from '../facility.errors.js';
import { facilityRepository as repo } from '../facility.repository.js';
import type { FacilityDeps } from '../ports.js';

export type AnalyticsDimension = 'store' | 'agent' | 'model' | 'month';

export interface DiscrepancyRow {
  /** Store (location) id, agent (user) id, variant id or `YYYY-MM` (UTC); '' when the trade-in has none. */
  key: string;
  /** What the key names: the store's name, the agent's name, the model's product name, the month. */
  label: string;
  devices: number;
  adjusted: number;
  /** adjusted / devices, 0..1 (4 decimals). */
  adjustmentRate: number;
  /** Mean of (final − registered) over adjusted devices, minor units. */
  averageAdjustmentMinor: number;
  currency: string;
  /** Questions that changed most, most frequent first. */
  topQuestions: { label: string; count: number }[];
}

/**
 * Discrepancy analytics from the final valuations (latest per device): adjustment rate, average
 * adjustment and the questions that change most, grouped by store, agent, model or month.
 */
export async function discrepancyAnalytics(
  deps: FacilityDeps,
  ctx: Ctx,
  input: { by: AnalyticsDimension; from?: Date | null; to?: Date | null },
): Promise<DiscrepancyRow[]> {
  const rows = await repo.valuationsForAnalytics(ctx, input.from ?? null, input.to ?? null);
  const groups = new Map<string, typeof rows>();
  for (const r of rows) {
    const key =
      input.by === 'store'
        ? String(r.storeId ?? '')
        : input.by === 'agent'
          ? String(r.agentUserId ?? '')
          : input.by === 'model'
            ? String(r.variantId)
            : r.month;
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  // Ids in numeric order (store 9 before store 10), months in calendar order.
  const sorted = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
  const labels = await Promise.all(sorted.map(([key, list]) => labelOf(deps, ctx, input.by, key, list[0].deviceId)));
  return sorted.map(([key, list], i) => {
    const adjusted = list.filter((r) => r.finalMinor !== r.registeredMinor);
    // By question (labels may be in different languages, as recorded), named by the first seen.
    const questions = new Map<string, { label: string; count: number }>();
    for (const r of list) {
      for (const l of r.report.lines) {
        if (l.kind === 'terms') continue;
        const q = questions.get(`${l.kind}:${l.questionId}`);
        if (q) q.count++;
        else questions.set(`${l.kind}:${l.questionId}`, { label: l.label, count: 1 });
      }
    }
    return {
      key,
      label: labels[i],
      devices: list.length,
      adjusted: adjusted.length,
      adjustmentRate: Math.round((adjusted.length / list.length) * 10_000) / 10_000,
      averageAdjustmentMinor: adjusted.length ? Math.round(adjusted.reduce((s, r) => s + (r.finalMinor - r.registeredMinor), 0) / adjusted.length) : 0,
      currency: list[0].currency,
      topQuestions: [...questions.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)).slice(0, 5),
    };
  });
}

/** The name of a group's key (a deleted store or user keeps its id). */
async function labelOf(deps: FacilityDeps, ctx: Ctx, by: AnalyticsDimension, key: string, sampleDeviceId: number): Promise<string> {
  if (key === '' || by === 'month') return key;
  if (by === 'store') return (await deps.org.locations.findById(ctx, Number(key)))?.name ?? key;
  if (by === 'agent') {
    const u = await deps.org.users.findById(ctx, Number(key));
    return u ? `${u.firstName} ${u.lastName}`.trim() || u.email : key;
  }
  return (await deps.tradeins.getDevice(ctx, sampleDeviceId))?.productName ?? key;
}

/** The same as CSV (one row per group; top questions joined with `; `). */
export async function discrepancyAnalyticsCsv(
  deps: FacilityDeps,
  ctx: Ctx,
  input: { by: AnalyticsDimension; from?: Date | null; to?: Date | null },
): Promise<string> {
  const rows = await discrepancyAnalytics(deps, ctx, input);
  return stringify(
    rows.map((r) => [
      r.key,
      r.label,
      r.devices,
      r.adjusted,
      r.adjustmentRate,
      formatDecimal(r.averageAdjustmentMinor, r.currency),
      r.averageAdjustmentMinor,
      r.currency,
      r.topQuestions.map((q) => `${q.label} (${q.count})`).join('; '),
    ]),
    {
      header: true,
      columns: [input.by, 'name', 'devices', 'adjusted', 'adjustment_rate', 'average_adjustment', 'average_adjustment_minor', 'currency', 'top_questions'],
    },
  );
}

/** The tenant's learned TAC map (TAC → model, confirmations, conflicting models flagged). */
export function tacMap(_deps: FacilityDeps, ctx: Ctx) {
  return repo.tacMap(ctx);
}

/** The learned TAC → model pairs the catalog's IMEI search uses (conflicting models are only flagged). */
export function learnedTacs(_deps: FacilityDeps, ctx: Ctx): Promise<{ tac: string; variantId: number }[]> {
  return repo.learnedTacs(ctx);
}

/** Admin import of `tac,variant_id` rows; a TAC already mapped to another model is flagged, not overwritten. */
export async function importTacCsv(deps: FacilityDeps, ctx: Ctx, csv: string): Promise<{ learned: number; confirmed: number; conflicts: number }> {
  let records: Record<string, string>[];
  try {
    records = parseCsv(csv, { columns: (h: string[]) => h.map((x) => x.trim().toLowerCase()), skip_empty_lines: true, trim: true, bom: true });
  } catch {
    throw E.B400013({ field: 'a CSV with tac,variant_id' });
  }
  const rows = records.map((r) => ({ tac: String(r.tac ?? ''), variantId: Number(r.variant_id ?? r.model_id) }));
  if (rows.some((r) => !/^\d{8}$/.test(r.tac) || !Number.isInteger(r.variantId) || r.variantId <= 0))
    throw E.B400013({ field: 'tac (8 digits) and variant_id on every row' });
  const out = { learned: 0, confirmed: 0, conflicts: 0 };
  await withTransaction(ctx, async (tx) => {
    for (const r of rows) {
      const res = await repo.learnTac(tx, r.tac, r.variantId, 'import', tx.clock.now());
      if (res === 'learned') out.learned++;
      else if (res === 'confirmed') out.confirmed++;
      else out.conflicts++;
    }
    if (out.learned > 0) await deps.onTacLearned?.(tx);
  });
  return out;
}
