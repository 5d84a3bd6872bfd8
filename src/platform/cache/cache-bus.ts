import type { Db, Queryable } from '../db/index.js';

const CHANNEL = 'tradein_cache';

/**
 * Cross-process invalidation of in-memory caches (catalog index, grading forms, prices,
 * tenants, API keys). Writers call {@link CacheBus.invalidate} inside their transaction; the
 * NOTIFY is delivered to every process (including this one) when the transaction commits.
 */
export class CacheBus {
  private readonly handlers = new Map<string, Set<(tenantId: number | null) => void>>();
  private unsubscribe: (() => Promise<void>) | undefined;
  /** The schema this process works in: NOTIFY channels are per database, not per schema. */
  private schema: string | null = null;

  constructor(private readonly db: Db) {}

  async start(): Promise<void> {
    this.schema = (await this.db.query<{ schema: string | null }>('SELECT current_schema() AS schema'))[0]?.schema ?? null;
    this.unsubscribe = await this.db.listen(CHANNEL, (payload) => this.receive(payload));
  }

  async stop(): Promise<void> {
    await this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Registers a handler for a scope (e.g. `catalog`); `tenantId` null means all tenants. */
  on(scope: string, handler: (tenantId: number | null) => void): void {
    let set = this.handlers.get(scope);
    if (!set) this.handlers.set(scope, (set = new Set()));
    set.add(handler);
  }

  /** Queues an invalidation that fires on commit (or at once outside a transaction). */
  async invalidate(q: Queryable, scope: string, tenantId: number | null): Promise<void> {
    // Prefixed with the writer's schema: processes on other schemas of the database (such as
    // parallel test workers) ignore it.
    await q.query(`SELECT pg_notify($1, current_schema() || '/' || $2)`, [CHANNEL, `${scope}:${tenantId ?? '*'}`]);
    // Also apply locally at once: this process must not serve stale data between commit and
    // the arrival of its own notification. (Harmless if the transaction then rolls back.)
    this.dispatch(`${scope}:${tenantId ?? '*'}`);
  }

  private receive(payload: string): void {
    const slash = payload.indexOf('/');
    if (slash >= 0) {
      if (this.schema !== null && payload.slice(0, slash) !== this.schema) return;
      payload = payload.slice(slash + 1);
    }
    this.dispatch(payload);
  }

  private dispatch(payload: string): void {
    const idx = payload.lastIndexOf(':');
    const scope = payload.slice(0, idx);
    const tenant = payload.slice(idx + 1);
    const tenantId = tenant === '*' ? null : Number(tenant);
    for (const h of this.handlers.get(scope) ?? []) h(tenantId);
  }
}
