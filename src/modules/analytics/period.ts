import { AnalyticsErrors as E } from './analytics.errors.js';

/** The longest period a dashboard answers at once (days, both ends included). */
export const MAX_PERIOD_DAYS = 366;
/** The period without `from`/`to`: the last 30 days up to today. */
export const DEFAULT_PERIOD_DAYS = 30;

const DAY = 86_400_000;

/** A period of whole UTC days, both ends included; `end` is the exclusive instant after `to`. */
export interface Period {
  from: string;
  to: string;
  start: Date;
  end: Date;
  days: string[];
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The dashboard period from optional `YYYY-MM-DD` days (UTC; the route checks the format):
 * without `to`, today; without `from`, 30 days up to `to`. Refuses a reversed period (B960001)
 * and one longer than {@link MAX_PERIOD_DAYS} (B960002).
 */
export function resolvePeriod(input: { from?: string | null; to?: string | null }, now: Date): Period {
  const to = input.to ?? iso(now);
  const from = input.from ?? iso(new Date(Date.parse(`${to}T00:00:00Z`) - (DEFAULT_PERIOD_DAYS - 1) * DAY));
  const start = new Date(`${from}T00:00:00Z`);
  const last = new Date(`${to}T00:00:00Z`);
  if (start.getTime() > last.getTime()) throw E.B960001({ from, to });
  const count = Math.round((last.getTime() - start.getTime()) / DAY) + 1;
  if (count > MAX_PERIOD_DAYS) throw E.B960002({ days: count, max: MAX_PERIOD_DAYS });
  const days = Array.from({ length: count }, (_, i) => iso(new Date(start.getTime() + i * DAY)));
  return { from, to, start, end: new Date(last.getTime() + DAY), days };
}
