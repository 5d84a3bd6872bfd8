import type { Ctx } from '../../platform/context.js';

type Db = Pick<Ctx, 'db' | 'tenant'>;
type Num = string | number;

/** The lifecycle steps the funnel follows, in order (Packed and the side exits are left out). */
export const FUNNEL = ['Registered', 'Shipped', 'Received', 'Inspected', 'Valuated', 'Accepted', 'Completed'] as const;

/**
 * The cohort of a period: the devices of final (not temporary) trade-ins registered in
 * [$2, $3). Every query below starts from it and filters by the tenant ($1).
 */
const COHORT = `cohort AS (
  SELECT d.id, d.status, d.currency, d.offered_price_minor, d.final_price_minor, d.campaign_id, t.id AS trade_in_id, t.location_id, t.created_at
    FROM trade_ins t JOIN trade_in_devices d ON d.tenant_id = t.tenant_id AND d.trade_in_id = t.id
   WHERE t.tenant_id = $1 AND t.kind = 'final' AND t.created_at >= $2 AND t.created_at < $3)`;

const DAY_OF = (col: string) => `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD')`;

export interface DayCount {
  day: string;
  tradeIns: number;
  devices: number;
}
export interface StoreCount {
  locationId: number | null;
  name: string | null;
  tradeIns: number;
  devices: number;
}
export interface DayValue {
  day: string;
  currency: string;
  offeredMinor: number;
  paidMinor: number;
}
export interface CurrencyTotals {
  currency: string;
  offeredMinor: number;
  finalMinor: number;
  paidMinor: number;
}
export interface StepTime {
  /** Index in {@link FUNNEL} of the step reached (≥ 1: time from the step before it). */
  step: number;
  devices: number;
  avgHours: number;
  medianHours: number;
}
export interface CampaignCount {
  campaignId: number;
  name: string | null;
  devices: number;
}

/** Reporting read model: aggregates over trade-ins, their devices and status history, one tenant at a time. */
export const analyticsRepository = {
  async perDay(ctx: Db, start: Date, end: Date): Promise<DayCount[]> {
    const rows = await ctx.db.query<{ day: string; trade_ins: Num; devices: Num }>(
      `WITH ${COHORT}
       SELECT ${DAY_OF('created_at')} AS day, count(DISTINCT trade_in_id) AS trade_ins, count(*) AS devices FROM cohort GROUP BY 1 ORDER BY 1`,
      [ctx.tenant.id, start, end],
    );
    return rows.map((r) => ({ day: r.day, tradeIns: Number(r.trade_ins), devices: Number(r.devices) }));
  },

  async perStore(ctx: Db, start: Date, end: Date): Promise<StoreCount[]> {
    const rows = await ctx.db.query<{ location_id: number | null; name: string | null; trade_ins: Num; devices: Num }>(
      `WITH ${COHORT}
       SELECT c.location_id, l.name, count(DISTINCT c.trade_in_id) AS trade_ins, count(*) AS devices
         FROM cohort c LEFT JOIN locations l ON l.tenant_id = $1 AND l.id = c.location_id
        GROUP BY c.location_id, l.name ORDER BY count(*) DESC, l.name NULLS LAST`,
      [ctx.tenant.id, start, end],
    );
    return rows.map((r) => ({ locationId: r.location_id, name: r.name, tradeIns: Number(r.trade_ins), devices: Number(r.devices) }));
  },

  /** Offered (devices registered that day) and paid (payouts made that day), per day and currency. */
  async values(ctx: Db, start: Date, end: Date): Promise<DayValue[]> {
    const rows = await ctx.db.query<{ day: string; currency: string; offered: Num; paid: Num }>(
      `WITH ${COHORT},
       offered AS (SELECT ${DAY_OF('created_at')} AS day, currency, sum(offered_price_minor) AS minor FROM cohort WHERE status <> 'Cancelled' GROUP BY 1, 2),
       paid AS (SELECT ${DAY_OF('created_at')} AS day, currency, sum(amount_minor) AS minor FROM facility_payouts
                 WHERE tenant_id = $1 AND created_at >= $2 AND created_at < $3 GROUP BY 1, 2)
       SELECT coalesce(o.day, p.day) AS day, coalesce(o.currency, p.currency) AS currency, coalesce(o.minor, 0) AS offered, coalesce(p.minor, 0) AS paid
         FROM offered o FULL JOIN paid p ON p.day = o.day AND p.currency = o.currency
        ORDER BY 1, 2`,
      [ctx.tenant.id, start, end],
    );
    return rows.map((r) => ({ day: r.day, currency: r.currency.trim(), offeredMinor: Number(r.offered), paidMinor: Number(r.paid) }));
  },

  /** Per currency: offered (registered in the period, not cancelled), final prices of those valuated, payouts made in the period. */
  async totals(ctx: Db, start: Date, end: Date): Promise<CurrencyTotals[]> {
    const rows = await ctx.db.query<{ currency: string; offered: Num; final: Num; paid: Num }>(
      `WITH ${COHORT},
       c AS (SELECT currency, sum(offered_price_minor) FILTER (WHERE status <> 'Cancelled') AS offered, sum(final_price_minor) AS final FROM cohort GROUP BY 1),
       p AS (SELECT currency, sum(amount_minor) AS paid FROM facility_payouts WHERE tenant_id = $1 AND created_at >= $2 AND created_at < $3 GROUP BY 1)
       SELECT coalesce(c.currency, p.currency) AS currency, coalesce(c.offered, 0) AS offered, coalesce(c.final, 0) AS final, coalesce(p.paid, 0) AS paid
         FROM c FULL JOIN p ON p.currency = c.currency ORDER BY 1`,
      [ctx.tenant.id, start, end],
    );
    return rows.map((r) => ({ currency: r.currency.trim(), offeredMinor: Number(r.offered), finalMinor: Number(r.final), paidMinor: Number(r.paid) }));
  },

  /** The cohort's devices by their current status. */
  async statuses(ctx: Db, start: Date, end: Date): Promise<{ status: string; devices: number }[]> {
    const rows = await ctx.db.query<{ status: string; n: Num }>(`WITH ${COHORT} SELECT status, count(*) AS n FROM cohort GROUP BY 1 ORDER BY 2 DESC, 1`, [
      ctx.tenant.id,
      start,
      end,
    ]);
    return rows.map((r) => ({ status: r.status, devices: Number(r.n) }));
  },

  /**
   * The funnel from the status history (`trade_in_device_events`): how many devices got furthest
   * to each step (index into {@link FUNNEL}, 1-based), and per step the hours from first reaching
   * the step before it to first reaching it (devices that skipped either step are not timed).
   */
  async funnel(ctx: Db, start: Date, end: Date): Promise<{ furthest: { step: number; devices: number }[]; times: StepTime[] }> {
    const params = [ctx.tenant.id, start, end, [...FUNNEL]];
    const firsts = `WITH ${COHORT},
       firsts AS (SELECT e.device_id, e.to_status, min(e.created_at) AS at
                    FROM trade_in_device_events e JOIN cohort c ON c.id = e.device_id
                   WHERE e.tenant_id = $1 AND e.to_status = ANY($4::text[]) GROUP BY 1, 2)`;
    const furthest = await ctx.db.query<{ step: number; n: Num }>(
      `${firsts}, reach AS (SELECT device_id, max(array_position($4::text[], to_status)) AS step FROM firsts GROUP BY 1)
       SELECT step, count(*) AS n FROM reach GROUP BY 1 ORDER BY 1`,
      params,
    );
    const times = await ctx.db.query<{ step: number; n: Num; avg_h: Num; median_h: Num }>(
      `${firsts}, spans AS (
         SELECT s.i + 1 AS step, EXTRACT(EPOCH FROM (b.at - a.at)) / 3600.0 AS hours
           FROM generate_series(1, cardinality($4::text[]) - 1) AS s(i)
           JOIN firsts a ON a.to_status = ($4::text[])[s.i]
           JOIN firsts b ON b.device_id = a.device_id AND b.to_status = ($4::text[])[s.i + 1])
       SELECT step, count(*) AS n, avg(hours) AS avg_h, percentile_cont(0.5) WITHIN GROUP (ORDER BY hours) AS median_h FROM spans GROUP BY 1 ORDER BY 1`,
      params,
    );
    return {
      furthest: furthest.map((r) => ({ step: Number(r.step), devices: Number(r.n) })),
      times: times.map((r) => ({ step: Number(r.step) - 1, devices: Number(r.n), avgHours: Number(r.avg_h), medianHours: Number(r.median_h) })),
    };
  },

  async campaigns(ctx: Db, start: Date, end: Date): Promise<{ total: number; rows: CampaignCount[] }> {
    const rows = await ctx.db.query<{ campaign_id: number | null; name: string | null; n: Num }>(
      `WITH ${COHORT}
       SELECT c.campaign_id, k.name, count(*) AS n FROM cohort c LEFT JOIN campaigns k ON k.tenant_id = $1 AND k.id = c.campaign_id
        WHERE c.status <> 'Cancelled' GROUP BY 1, 2 ORDER BY 3 DESC, 2`,
      [ctx.tenant.id, start, end],
    );
    const total = rows.reduce((s, r) => s + Number(r.n), 0);
    return { total, rows: rows.filter((r) => r.campaign_id !== null).map((r) => ({ campaignId: r.campaign_id!, name: r.name, devices: Number(r.n) })) };
  },

  /** Display names of the ids the discrepancy analytics groups by: stores, agents, models. */
  async names(
    ctx: Db,
    ids: { locations: number[]; users: number[]; variants: number[] },
  ): Promise<{ locations: Map<number, string>; users: Map<number, string>; variants: Map<number, string> }> {
    const [locations, users, variants] = await Promise.all([
      ids.locations.length
        ? ctx.db.query<{ id: number; name: string }>(`SELECT id, name FROM locations WHERE tenant_id = $1 AND id = ANY($2::int[])`, [
            ctx.tenant.id,
            ids.locations,
          ])
        : [],
      ids.users.length
        ? ctx.db.query<{ id: number; name: string }>(
            `SELECT id, coalesce(nullif(trim(first_name || ' ' || last_name), ''), email) AS name FROM users WHERE tenant_id = $1 AND id = ANY($2::int[])`,
            [ctx.tenant.id, ids.users],
          )
        : [],
      ids.variants.length
        ? ctx.db.query<{ id: number; name: string }>(
            `SELECT DISTINCT ON (variant_id) variant_id AS id, product_name AS name FROM trade_in_devices WHERE tenant_id = $1 AND variant_id = ANY($2::int[]) ORDER BY variant_id, id DESC`,
            [ctx.tenant.id, ids.variants],
          )
        : [],
    ]);
    const map = (rows: { id: number; name: string }[]) => new Map(rows.map((r) => [Number(r.id), r.name]));
    return { locations: map(locations), users: map(users), variants: map(variants) };
  },
};
