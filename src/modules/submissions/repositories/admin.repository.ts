import { SEED, type Db } from './rows.js';

export interface StatsRow {
  counts: Record<string, number>;
  offersAccepted: number;
  offersDeclined: number;
  offeredTotalMinor: number;
  finalTotalMinor: number;
  finalCount: number;
  stepDays: Record<string, number | null>;
  payouts: { method: string; count: number; totalMinor: number }[];
}

/** The steps whose average duration the stats show, in flow order. */
export const STEPS: [string, string][] = [
  ['draft', 'submitted'],
  ['submitted', 'offered'],
  ['offered', 'accepted'],
  ['accepted', 'shipped'],
  ['shipped', 'received'],
  ['received', 'inspected'],
  ['inspected', 'completed'],
];

/** Back-office reads: customers with their submission counts, and the dashboard figures. */
export const submissionsAdminRepository = {
  /** Customers of the tenant (name from their profile when they set one), with submission counts per seed status. */
  async customers(
    ctx: Db,
    f: { q: string | null; limit: number; offset: number },
  ): Promise<{
    rows: { uid: string; email: string; firstName: string; lastName: string; phone: string | null; createdAt: Date; counts: Record<string, number> }[];
    total: number;
  }> {
    const like = f.q ? `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const where = `u.tenant_id = $1 AND u.role = 'customer' AND ($2::text IS NULL OR u.email ILIKE $2 OR u.first_name ILIKE $2 OR u.last_name ILIKE $2
      OR p.first_name ILIKE $2 OR p.last_name ILIKE $2 OR u.phone ILIKE $2 OR p.phone ILIKE $2
      OR EXISTS (SELECT 1 FROM submissions x WHERE x.tenant_id = $1 AND x.customer_user_id = u.id AND (x.public_id ILIKE $2 OR x.serial_number ILIKE $2)))`;
    const from = `FROM users u LEFT JOIN customer_profiles p ON p.tenant_id = u.tenant_id AND p.user_id = u.id`;
    const total = await ctx.db.query<{ n: string | number }>(`SELECT count(*) AS n ${from} WHERE ${where}`, [ctx.tenant.id, like]);
    const rows = await ctx.db.query<{
      uid: string;
      email: string;
      first_name: string;
      last_name: string;
      phone: string | null;
      created_at: Date;
      counts: Record<string, number> | null;
    }>(
      `WITH c AS (
         SELECT s.customer_user_id, ${SEED} AS st, count(*)::int AS n
           FROM submissions s LEFT JOIN trade_in_devices d ON d.tenant_id = s.tenant_id AND d.id = s.device_id
          WHERE s.tenant_id = $1 GROUP BY 1, 2)
       SELECT u.uid, u.email, COALESCE(p.first_name, u.first_name) AS first_name, COALESCE(p.last_name, u.last_name) AS last_name,
              COALESCE(p.phone, u.phone) AS phone, u.created_at,
              (SELECT jsonb_object_agg(c.st, c.n) FROM c WHERE c.customer_user_id = u.id) AS counts
         ${from} WHERE ${where} ORDER BY u.created_at DESC, u.id DESC LIMIT $3 OFFSET $4`,
      [ctx.tenant.id, like, f.limit, f.offset],
    );
    return {
      total: Number(total[0].n),
      rows: rows.map((r) => ({
        uid: r.uid,
        email: r.email,
        firstName: r.first_name,
        lastName: r.last_name,
        phone: r.phone,
        createdAt: new Date(r.created_at),
        counts: r.counts ?? {},
      })),
    };
  },

  /** Dashboard figures of submissions created in [from, to) and payouts made in it. */
  async stats(ctx: Db, from: Date, to: Date): Promise<StatsRow> {
    const params = [ctx.tenant.id, from, to];
    const counts = await ctx.db.query<{ st: string; n: string | number }>(
      `SELECT ${SEED} AS st, count(*) AS n FROM submissions s LEFT JOIN trade_in_devices d ON d.tenant_id = s.tenant_id AND d.id = s.device_id
        WHERE s.tenant_id = $1 AND s.created_at >= $2 AND s.created_at < $3 GROUP BY 1`,
      params,
    );
    const offers = await ctx.db.query<{ accepted: string | number; declined: string | number }>(
      `SELECT count(*) FILTER (WHERE o.status = 'accepted') AS accepted, count(*) FILTER (WHERE o.status = 'declined') AS declined
         FROM submission_offers o JOIN submissions s ON s.id = o.submission_id
        WHERE o.tenant_id = $1 AND o.kind = 'initial' AND s.created_at >= $2 AND s.created_at < $3`,
      params,
    );
    const totals = await ctx.db.query<{ offered: string | number | null; final: string | number | null; n: string | number }>(
      `SELECT sum(s.accepted_amount_minor) AS offered, sum(d.final_price_minor) AS final, count(d.final_price_minor) AS n
         FROM submissions s LEFT JOIN trade_in_devices d ON d.tenant_id = s.tenant_id AND d.id = s.device_id
        WHERE s.tenant_id = $1 AND s.accepted_amount_minor IS NOT NULL AND s.created_at >= $2 AND s.created_at < $3`,
      params,
    );
    const pivots = STEPS.map(([a, b], i) => `avg(EXTRACT(EPOCH FROM (e.t_${b} - e.t_${a})) / 86400.0) AS step_${i}`);
    const firstAt = [...new Set(STEPS.flat())].map((st) => `min(ev.created_at) FILTER (WHERE ev.status = '${st}') AS t_${st}`);
    const steps = await ctx.db.query<Record<string, string | number | null>>(
      `WITH e AS (
         SELECT ev.submission_id, ${firstAt.join(', ')}
           FROM submission_events ev JOIN submissions s ON s.id = ev.submission_id
          WHERE ev.tenant_id = $1 AND s.created_at >= $2 AND s.created_at < $3 GROUP BY ev.submission_id)
       SELECT ${pivots.join(', ')} FROM e`,
      params,
    );
    const payouts = await ctx.db.query<{ method: string; n: string | number; total: string | number }>(
      `SELECT payout_method AS method, count(*) AS n, sum(payout_amount_minor) AS total FROM submissions
        WHERE tenant_id = $1 AND paid_at >= $2 AND paid_at < $3 GROUP BY 1 ORDER BY 1`,
      params,
    );
    const stepDays: Record<string, number | null> = {};
    STEPS.forEach(([a, b], i) => {
      const v = steps[0]?.[`step_${i}`];
      stepDays[`${a}_to_${b}`] = v === null || v === undefined ? null : Math.round(Number(v) * 100) / 100;
    });
    return {
      counts: Object.fromEntries(counts.map((r) => [r.st, Number(r.n)])),
      offersAccepted: Number(offers[0].accepted),
      offersDeclined: Number(offers[0].declined),
      offeredTotalMinor: Number(totals[0].offered ?? 0),
      finalTotalMinor: Number(totals[0].final ?? 0),
      finalCount: Number(totals[0].n),
      stepDays,
      payouts: payouts.map((p) => ({ method: p.method, count: Number(p.n), totalMinor: Number(p.total) })),
    };
  },
};
