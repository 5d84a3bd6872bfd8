import type { Clock } from './clock/index.js';
import type { Queryable } from './db/index.js';
import type { Locale } from './i18n/index.js';

/** The tenant a request acts for, as every service sees it. */
export interface TenantRef {
  id: number;
  slug: string;
  name: string;
  currency: string;
  defaultLocale: string;
  locales: string[];
  /** Validated settings; each module reads its own section through its settings schema. */
  settings: Record<string, unknown>;
}

export type Role = 'admin' | 'facility_lead' | 'technician' | 'agent' | 'customer';

/** Who acts: a signed-in user, an API key (with its default user/location), or the system. */
export interface Actor {
  kind: 'user' | 'apikey' | 'system' | 'anonymous';
  userId?: number;
  role?: Role;
  apiKeyId?: number;
  locationId?: number | null;
}

/**
 * Passed first to every use case: tenant, actor, the database handle to use (the transaction
 * when inside one), the clock and the response locale.
 */
export interface Ctx {
  tenant: TenantRef;
  actor: Actor;
  db: Queryable;
  clock: Clock;
  locale: Locale;
  requestId: string;
}

/** Runs `fn` in a transaction, handing it a context bound to that transaction. */
export function withTransaction<T>(ctx: Ctx, fn: (txCtx: Ctx) => Promise<T>): Promise<T> {
  if (ctx.db.inTransaction) return fn(ctx);
  return ctx.db.transaction((tx) => fn({ ...ctx, db: tx }));
}

export const SYSTEM_ACTOR: Actor = { kind: 'system' };
