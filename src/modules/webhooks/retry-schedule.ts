/**
 * Standard Webhooks' retry schedule after a failed attempt: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h,
 * 10 h (about a day in all), each with ±20 % jitter so endpoints that fail together do not get
 * retried together. Returns null when the attempts are used up.
 */
export const RETRY_DELAYS_MS = [5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000] as const;

export function nextRetryDelayMs(failedAttempt: number, random: () => number = Math.random): number | null {
  const base = RETRY_DELAYS_MS[failedAttempt - 1];
  if (base === undefined) return null;
  return Math.round(base * (0.8 + 0.4 * random()));
}

/** Seconds from a `Retry-After` header (seconds or HTTP date), capped to a day; null if absent or invalid. */
export function retryAfterMs(header: string | string[] | undefined, now: Date): number | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return null;
  const seconds = /^\d+$/.test(value.trim()) ? Number(value.trim()) : (Date.parse(value) - now.getTime()) / 1000;
  if (!Number.isFinite(seconds) || seconds < 0) return null;
  return Math.min(seconds, 86_400) * 1000;
}
