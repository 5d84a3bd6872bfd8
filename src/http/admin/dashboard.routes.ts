import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { DASHBOARD_ROLES, type Dashboard, type AdjustmentRow } from '../../modules/analytics/index.js';
import { toMajor } from '../../platform/money/index.js';
import { requireUser } from '../plugins/auth.js';
import { zodApp, type RouteOptions } from '../route-types.js';

const tags = ['admin', 'analytics'];
const Tenant = z.object({ tenant: z.string().max(60) });
/** Whole UTC days, both included; the use case bounds the range (B960001, B960002). */
const PeriodQuery = z.object({ from: z.iso.date().optional(), to: z.iso.date().optional() });

const Adjustment = z.object({
  key: z.string(),
  name: z.string().nullable(),
  devices: z.number(),
  adjusted: z.number(),
  adjustment_rate: z.number(),
  average_adjustment: z.number(),
  currency: z.string(),
  top_questions: z.array(z.object({ label: z.string(), count: z.number() })),
});
const Hours = z.number().nullable();

const DashboardJson = z.object({
  period: z.object({ from: z.string(), to: z.string(), days: z.number() }),
  currency: z.string(),
  trade_ins: z.number(),
  devices: z.number(),
  per_day: z.array(z.object({ day: z.string(), trade_ins: z.number(), devices: z.number() })),
  per_store: z.array(z.object({ location_id: z.number().nullable(), name: z.string().nullable(), trade_ins: z.number(), devices: z.number() })),
  values: z.array(z.object({ day: z.string(), currency: z.string(), offered: z.number(), paid: z.number() })),
  totals: z.array(z.object({ currency: z.string(), offered: z.number(), final: z.number(), paid: z.number() })),
  funnel: z.array(z.object({ status: z.string(), devices: z.number(), avg_hours: Hours, median_hours: Hours, timed_devices: z.number() })),
  statuses: z.array(z.object({ status: z.string(), devices: z.number() })),
  adjustments: z.object({ store: z.array(Adjustment), agent: z.array(Adjustment), model: z.array(Adjustment) }),
  campaigns: z.object({
    devices: z.number(),
    with_campaign: z.number(),
    uptake_rate: z.number(),
    results: z.array(z.object({ campaign_id: z.number(), name: z.string().nullable(), devices: z.number() })),
  }),
});

const adjustmentJson = (r: AdjustmentRow): z.infer<typeof Adjustment> => ({
  key: r.key,
  name: r.name,
  devices: r.devices,
  adjusted: r.adjusted,
  adjustment_rate: r.adjustmentRate,
  average_adjustment: toMajor(r.averageAdjustmentMinor, r.currency),
  currency: r.currency,
  top_questions: r.topQuestions,
});

function dashboardJson(d: Dashboard): z.infer<typeof DashboardJson> {
  return {
    period: { from: d.period.from, to: d.period.to, days: d.period.days.length },
    currency: d.currency,
    trade_ins: d.tradeIns,
    devices: d.devices,
    per_day: d.perDay.map((x) => ({ day: x.day, trade_ins: x.tradeIns, devices: x.devices })),
    per_store: d.perStore.map((x) => ({ location_id: x.locationId, name: x.name, trade_ins: x.tradeIns, devices: x.devices })),
    values: d.values.map((x) => ({ day: x.day, currency: x.currency, offered: toMajor(x.offeredMinor, x.currency), paid: toMajor(x.paidMinor, x.currency) })),
    totals: d.totals.map((x) => ({
      currency: x.currency,
      offered: toMajor(x.offeredMinor, x.currency),
      final: toMajor(x.finalMinor, x.currency),
      paid: toMajor(x.paidMinor, x.currency),
    })),
    funnel: d.funnel.map((x) => ({ status: x.status, devices: x.devices, avg_hours: x.avgHours, median_hours: x.medianHours, timed_devices: x.timedDevices })),
    statuses: d.statuses,
    adjustments: {
      store: d.adjustments.store.map(adjustmentJson),
      agent: d.adjustments.agent.map(adjustmentJson),
      model: d.adjustments.model.map(adjustmentJson),
    },
    campaigns: {
      devices: d.campaigns.devices,
      with_campaign: d.campaigns.withCampaign,
      uptake_rate: d.campaigns.uptakeRate,
      results: d.campaigns.rows.map((x) => ({ campaign_id: x.campaignId, name: x.name, devices: x.devices })),
    },
  };
}

/** The back-office dashboard: every series of a period in one answer, and the same as CSV. */
export async function dashboardAdminRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { analytics } = deps.modules;

  r.get(
    '/api/:tenant/admin/dashboard',
    {
      schema: {
        tags,
        summary:
          'Dashboard for whole UTC days [from, to] (default: the last 30 days, at most 366): trade-ins per day and store, value offered vs paid, status funnel with hours per step, adjustments per store/agent/model, campaign uptake',
        params: Tenant,
        querystring: PeriodQuery,
        response: { 200: DashboardJson },
      },
    },
    async (request) => {
      const ctx = requireUser(request, DASHBOARD_ROLES);
      return dashboardJson(await analytics.dashboard(ctx, request.query));
    },
  );

  r.get(
    '/api/:tenant/admin/dashboard.csv',
    {
      schema: {
        tags,
        summary: 'The dashboard as CSV, one value per row: series,key,name,metric,value (money in minor units)',
        params: Tenant,
        querystring: PeriodQuery,
        produces: ['text/csv'],
        response: { 200: z.string().describe('CSV (text/csv)') },
      },
    },
    async (request, reply) => {
      const ctx = requireUser(request, DASHBOARD_ROLES);
      const csv = await analytics.dashboardCsv(ctx, request.query);
      const name = `dashboard-${request.query.from ?? 'last-30-days'}-${request.query.to ?? 'today'}.csv`;
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}"`).send(csv);
    },
  );
}
