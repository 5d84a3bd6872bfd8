/**
 * A small circuit breaker: after `failureThreshold` consecutive failures it opens and refuses
 * calls for `resetMs`; then one trial call is let through (half-open) — success closes it,
 * failure opens it again. Callers pass the time (ms) so tests drive it with their clock.
 */
export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | null = null;
  private trialInFlight = false;

  constructor(private readonly options: { failureThreshold: number; resetMs: number }) {}

  state(now: number): 'closed' | 'open' | 'half-open' {
    if (this.openedAt === null) return 'closed';
    return now - this.openedAt >= this.options.resetMs ? 'half-open' : 'open';
  }

  /** Whether a call may go out now (takes the single half-open trial slot when it does). */
  tryAcquire(now: number): boolean {
    const state = this.state(now);
    if (state === 'closed') return true;
    if (state === 'open' || this.trialInFlight) return false;
    this.trialInFlight = true;
    return true;
  }

  success(): void {
    this.failures = 0;
    this.openedAt = null;
    this.trialInFlight = false;
  }

  failure(now: number): void {
    this.trialInFlight = false;
    this.failures += 1;
    if (this.openedAt !== null || this.failures >= this.options.failureThreshold) this.openedAt = now;
  }
}
