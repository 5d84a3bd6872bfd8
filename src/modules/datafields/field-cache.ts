import type { CacheBus } from '../../platform/cache/index.js';
import type { Ctx } from '../../platform/context.js';
import { dataFieldRepository as repo } from './datafields.repository.js';
import type { DataField, DataFieldValueInput } from './datafields.types.js';

/** CacheBus scope of the data-field definitions. */
export const DATAFIELDS_CACHE_SCOPE = 'datafields';

/**
 * Every data field of a tenant (active or not), kept in memory: a registration reads them three
 * times (name fields, the rules, the uses), and they change only through the admin API. Dropped
 * in every process through the CacheBus when a field is created, changed or removed. Without a
 * bus (unit wiring), every read goes to the database.
 */
export class DataFieldCache {
  private readonly byTenant = new Map<number, Promise<DataField[]>>();

  constructor(private readonly bus?: CacheBus) {
    bus?.on(DATAFIELDS_CACHE_SCOPE, (tenantId) => {
      if (tenantId === null) this.byTenant.clear();
      else this.byTenant.delete(tenantId);
    });
  }

  /**
   * The tenant's fields by id. A transaction reads a cached list but never fills the cache: what
   * it reads may be its own uncommitted change, and a rollback sends no invalidation.
   */
  all(ctx: Ctx): Promise<DataField[]> {
    if (!this.bus) return repo.list(ctx);
    let p = this.byTenant.get(ctx.tenant.id);
    if (!p && ctx.db.inTransaction) return repo.list(ctx);
    if (!p) {
      const loading = repo.list(ctx);
      p = loading;
      this.byTenant.set(ctx.tenant.id, loading);
      loading.catch(() => {
        if (this.byTenant.get(ctx.tenant.id) === loading) this.byTenant.delete(ctx.tenant.id);
      });
    }
    return p;
  }

  /** The tenant's active fields by id. */
  async active(ctx: Ctx): Promise<DataField[]> {
    return (await this.all(ctx)).filter((f) => f.isActive);
  }

  /** The fields of `ids` that exist, by id. */
  async byIds(ctx: Ctx, ids: readonly number[]): Promise<DataField[]> {
    if (ids.length === 0) return [];
    const wanted = new Set(ids);
    return (await this.all(ctx)).filter((f) => wanted.has(f.id));
  }

  /**
   * Whether recording these values takes a lock: a value of a unique or limited field. An empty
   * value of a new trade-in records nothing.
   */
  async usesNeedLock(ctx: Ctx, values: readonly DataFieldValueInput[]): Promise<boolean> {
    const withValue = values.filter((v) => (v.DataFieldValue ?? '').trim() !== '');
    if (withValue.length === 0) return false;
    const fields = await this.byIds(
      ctx,
      withValue.map((v) => v.DataFieldId),
    );
    return fields.some((f) => f.isUnique || f.maxUsesPerValue !== null);
  }

  /** Announces a change of the tenant's fields (on commit in every process; at once in this one). */
  async changed(ctx: Ctx): Promise<void> {
    if (this.bus) await this.bus.invalidate(ctx.db, DATAFIELDS_CACHE_SCOPE, ctx.tenant.id);
    else this.byTenant.delete(ctx.tenant.id);
  }
}
