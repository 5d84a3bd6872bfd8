/**
 * Analytics: the reporting read model behind the back-office dashboard. Read-only, tenant-scoped
 * aggregates over trade-ins, their devices, the device status history (`trade_in_device_events`)
 * and payouts; the adjustment figures come from the facility's discrepancy analytics through
 * {@link AnalyticsDeps} (wired in `src/main/container.ts`).
 */
import type { Ctx } from '../../platform/context.js';
import type { AnalyticsDeps } from './ports.js';
import { dashboard, dashboardCsv } from './use-cases/dashboard.js';

export { AnalyticsErrors } from './analytics.errors.js';
export { MAX_PERIOD_DAYS, DEFAULT_PERIOD_DAYS } from './period.js';
export { FUNNEL } from './analytics.repository.js';
export { DASHBOARD_ROLES, type Dashboard, type FunnelStep, type AdjustmentRow } from './use-cases/dashboard.js';
export type { AnalyticsDeps, DiscrepancyDimension } from './ports.js';

/** Builds the analytics module over its one port. */
export function createAnalyticsModule(deps: AnalyticsDeps) {
  return {
    /** The dashboard's series for a period (`from`/`to` are `YYYY-MM-DD`, UTC days, both included). */
    dashboard: (ctx: Ctx, input: { from?: string | null; to?: string | null }) => dashboard(deps, ctx, input),
    /** The same as CSV (`series,key,name,metric,value`). */
    dashboardCsv: (ctx: Ctx, input: { from?: string | null; to?: string | null }) => dashboardCsv(deps, ctx, input),
  };
}

export type AnalyticsModule = ReturnType<typeof createAnalyticsModule>;
