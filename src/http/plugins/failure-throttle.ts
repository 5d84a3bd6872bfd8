/**
 * Counts failures per key (a client address) in fixed windows, in memory and bounded: at most
 * `capacity` keys are tracked, the oldest forgotten first. One process's view; behind several
 * processes each counts on its own (the limit per process is what an attacker gets).
 */
export class FailureThrottle {
  private readonly entries = new Map<string, { count: number; windowStart: number }>();

  constructor(private readonly options: { limit: number; windowMs: number; capacity: number }) {}

  /** Seconds `key` must wait before its next attempt, 0 when it may go ahead. */
  retryAfterSeconds(key: string, now: number): number {
    const entry = this.entries.get(key);
    if (!entry) return 0;
    const end = entry.windowStart + this.options.windowMs;
    if (now >= end) {
      this.entries.delete(key);
      return 0;
    }
    return entry.count >= this.options.limit ? Math.max(1, Math.ceil((end - now) / 1000)) : 0;
  }

  fail(key: string, now: number): void {
    let entry = this.entries.get(key);
    if (!entry || now >= entry.windowStart + this.options.windowMs) {
      this.entries.delete(key);
      entry = { count: 0, windowStart: now };
      if (this.entries.size >= this.options.capacity) {
        const oldest = this.entries.keys().next().value;
        if (oldest !== undefined) this.entries.delete(oldest);
      }
      this.entries.set(key, entry);
    }
    entry.count++;
  }
}
