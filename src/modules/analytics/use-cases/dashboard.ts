import { stringify } from 'csv-stringify/sync';
import type { Ctx } from '../../../platform/context.js';
import { PlatformErrors } from '../../../platform/errors/index.js';
import { analyticsRepository as repo, FUNNEL, type CampaignCount, type CurrencyTotals, type DayValue, type StoreCount } from '../analytics.repository.js';
import { resolvePeriod, type Period } from '../period.js';
import type { AnalyticsDeps, DiscrepancyDimension, DiscrepancySourceRow } from '../ports.js';

/** Who may read the dashboard (the route checks first; the use case again). */
export const DASHBOARD_ROLES = ['admin', 'facility_lead'] as const;

export interface AdjustmentRow extends DiscrepancySourceRow {
  /** The store, agent or model the key names (null when unknown or not set). */
  name: string | null;
}

export interface FunnelStep {
  status: (typeof FUNNEL)[number];
  /** Devices of the cohort that reached this step or a later one. */
  devices: number;
  /** From the step before (null for the first step, or when no device took that step). */
  avgHours: number | null;
  medianHours: number | null;
  timedDevices: number;
}

export interface Dashboard {
  period: Pick<Period, 'from' | 'to' | 'days'>;
  currency: string;
  tradeIns: number;
  devices: number;
  perDay: { day: string; tradeIns: number; devices: number }[];
  perStore: StoreCount[];
  values: DayValue[];
  totals: CurrencyTotals[];
  funnel: FunnelStep[];
  statuses: { status: string; devices: number }[];
  adjustments: Record<DiscrepancyDimension, AdjustmentRow[]>;
  campaigns: { devices: number; withCampaign: number; uptakeRate: number; rows: CampaignCount[] };
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * The back-office dashboard for a period of UTC days (default the last 30): trade-ins and
 * devices per day and per store, value offered vs paid, the status funnel with the time per
 * step, the adjustment rate and the questions that change most (the facility's discrepancy
 * analytics, per store, agent and model) and campaign uptake. Counts are over the devices of
 * final trade-ins registered in the period; payouts and valuations are those made in it.
 */
export async function dashboard(deps: AnalyticsDeps, ctx: Ctx, input: { from?: string | null; to?: string | null }): Promise<Dashboard> {
  if (!ctx.actor.role || !(DASHBOARD_ROLES as readonly string[]).includes(ctx.actor.role)) throw PlatformErrors.F000001();
  const p = resolvePeriod(input, ctx.clock.now());
  const [perDay, perStore, values, totals, statuses, funnel, campaigns] = [
    await repo.perDay(ctx, p.start, p.end),
    await repo.perStore(ctx, p.start, p.end),
    await repo.values(ctx, p.start, p.end),
    await repo.totals(ctx, p.start, p.end),
    await repo.statuses(ctx, p.start, p.end),
    await repo.funnel(ctx, p.start, p.end),
    await repo.campaigns(ctx, p.start, p.end),
  ];
  const adjustments = await adjustmentsFor(deps, ctx, p);

  const byDay = new Map(perDay.map((d) => [d.day, d]));
  const devices = perDay.reduce((s, d) => s + d.devices, 0);
  // Every day of the period and every currency seen, zero-filled, so a chart has no gaps.
  const currencies = [...new Set([ctx.tenant.currency, ...values.map((v) => v.currency)])];
  const valueAt = new Map(values.map((v) => [`${v.day}|${v.currency}`, v]));
  const reachedAtLeast = (step: number) => funnel.furthest.filter((f) => f.step >= step).reduce((s, f) => s + f.devices, 0);
  return {
    period: { from: p.from, to: p.to, days: p.days },
    currency: ctx.tenant.currency,
    tradeIns: perDay.reduce((s, d) => s + d.tradeIns, 0),
    devices,
    perDay: p.days.map((day) => ({ day, tradeIns: byDay.get(day)?.tradeIns ?? 0, devices: byDay.get(day)?.devices ?? 0 })),
    perStore,
    values: currencies.flatMap((currency) => p.days.map((day) => valueAt.get(`${day}|${currency}`) ?? { day, currency, offeredMinor: 0, paidMinor: 0 })),
    totals,
    funnel: FUNNEL.map((status, i) => {
      const time = funnel.times.find((t) => t.step === i);
      return {
        status,
        // Every device of a final trade-in was registered; later steps count those that got at least that far.
        devices: i === 0 ? devices : reachedAtLeast(i + 1),
        avgHours: time ? round(time.avgHours, 2) : null,
        medianHours: time ? round(time.medianHours, 2) : null,
        timedDevices: time?.devices ?? 0,
      };
    }),
    statuses,
    adjustments,
    campaigns: {
      devices: campaigns.total,
      withCampaign: campaigns.rows.reduce((s, r) => s + r.devices, 0),
      uptakeRate: campaigns.total ? round(campaigns.rows.reduce((s, r) => s + r.devices, 0) / campaigns.total, 4) : 0,
      rows: campaigns.rows,
    },
  };
}

/** The facility's discrepancy analytics (valuations made in the period) per store, agent and model, with names. */
async function adjustmentsFor(deps: AnalyticsDeps, ctx: Ctx, p: Period): Promise<Record<DiscrepancyDimension, AdjustmentRow[]>> {
  const range = { from: p.start, to: p.end };
  const store = await deps.discrepancies(ctx, { by: 'store', ...range });
  const agent = await deps.discrepancies(ctx, { by: 'agent', ...range });
  const model = await deps.discrepancies(ctx, { by: 'model', ...range });
  const ids = (rows: DiscrepancySourceRow[]) => rows.map((r) => Number(r.key)).filter((n) => Number.isInteger(n) && n > 0);
  const names = await repo.names(ctx, { locations: ids(store), users: ids(agent), variants: ids(model) });
  const named = (rows: DiscrepancySourceRow[], map: Map<number, string>) => rows.map((r) => ({ ...r, name: map.get(Number(r.key)) ?? null }));
  return { store: named(store, names.locations), agent: named(agent, names.users), model: named(model, names.variants) };
}

/**
 * The dashboard as CSV, one value per row (`series,key,name,metric,value`): easy to pivot in a
 * spreadsheet, and every series fits the same columns. Money in minor units with its currency.
 */
export async function dashboardCsv(deps: AnalyticsDeps, ctx: Ctx, input: { from?: string | null; to?: string | null }): Promise<string> {
  const d = await dashboard(deps, ctx, input);
  const rows: (string | number | null)[][] = [];
  const add = (series: string, key: string | number | null, name: string | null, metric: string, value: string | number | null) =>
    rows.push([series, key, name, metric, value]);
  add('period', null, null, 'from', d.period.from);
  add('period', null, null, 'to', d.period.to);
  for (const x of d.perDay) {
    add('per_day', x.day, null, 'trade_ins', x.tradeIns);
    add('per_day', x.day, null, 'devices', x.devices);
  }
  for (const x of d.perStore) {
    add('per_store', x.locationId, x.name, 'trade_ins', x.tradeIns);
    add('per_store', x.locationId, x.name, 'devices', x.devices);
  }
  for (const x of d.values) {
    add('values', x.day, x.currency, 'offered_minor', x.offeredMinor);
    add('values', x.day, x.currency, 'paid_minor', x.paidMinor);
  }
  for (const x of d.totals) {
    add('totals', x.currency, null, 'offered_minor', x.offeredMinor);
    add('totals', x.currency, null, 'final_minor', x.finalMinor);
    add('totals', x.currency, null, 'paid_minor', x.paidMinor);
  }
  for (const x of d.funnel) {
    add('funnel', x.status, null, 'devices', x.devices);
    add('funnel', x.status, null, 'avg_hours', x.avgHours);
    add('funnel', x.status, null, 'median_hours', x.medianHours);
  }
  for (const x of d.statuses) add('statuses', x.status, null, 'devices', x.devices);
  for (const by of ['store', 'agent', 'model'] as const) {
    for (const x of d.adjustments[by]) {
      add(`adjustments_by_${by}`, x.key, x.name, 'devices', x.devices);
      add(`adjustments_by_${by}`, x.key, x.name, 'adjusted', x.adjusted);
      add(`adjustments_by_${by}`, x.key, x.name, 'adjustment_rate', x.adjustmentRate);
      add(`adjustments_by_${by}`, x.key, x.name, 'average_adjustment_minor', x.averageAdjustmentMinor);
      add(`adjustments_by_${by}`, x.key, x.name, 'top_questions', x.topQuestions.map((q) => `${q.label} (${q.count})`).join('; '));
    }
  }
  add('campaigns', null, null, 'uptake_rate', d.campaigns.uptakeRate);
  for (const x of d.campaigns.rows) add('campaigns', x.campaignId, x.name, 'devices', x.devices);
  return stringify(rows, { header: true, columns: ['series', 'key', 'name', 'metric', 'value'] });
}
