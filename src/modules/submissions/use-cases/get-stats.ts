import type { Ctx } from '../../../platform/context.js';
import { requireActor, STAFF_ROLES } from '../shared.js';
import { SEED_STATUSES } from '../status.js';
import { submissionsRepository as repo, type StatsRow } from '../submissions.repository.js';

export interface Stats extends StatsRow {
  from: Date;
  to: Date;
  currency: string;
  /** Accepted ÷ answered initial offers; null before any answer. */
  acceptanceRate: number | null;
  /** Submissions in the period, all statuses. */
  submissionCount: number;
  /** Payouts of every method together. */
  payoutCount: number;
  payoutTotalMinor: number;
}

/** Admin dashboard for submissions created in [from, to) (default: the last 30 days) and payouts made in it. */
export async function getStats(ctx: Ctx, period: { from?: Date | null; to?: Date | null }): Promise<Stats> {
  requireActor(ctx, STAFF_ROLES);
  // Exclusive end: default just after now, so what happened this instant counts.
  const to = period.to ?? new Date(ctx.clock.now().getTime() + 1);
  const from = period.from ?? new Date(to.getTime() - 30 * 86_400_000);
  const row = await repo.stats(ctx, from, to);
  const counts = Object.fromEntries(SEED_STATUSES.map((s) => [s, row.counts[s] ?? 0]));
  const answered = row.offersAccepted + row.offersDeclined;
  return {
    ...row,
    counts,
    from,
    to,
    currency: ctx.tenant.currency,
    acceptanceRate: answered ? Math.round((row.offersAccepted / answered) * 1000) / 1000 : null,
    submissionCount: Object.values(counts).reduce((a, b) => a + b, 0),
    payoutCount: row.payouts.reduce((a, p) => a + p.count, 0),
    payoutTotalMinor: row.payouts.reduce((a, p) => a + p.totalMinor, 0),
  };
}
