import type { Clock } from '../../../platform/clock/index.js';
import type { Ctx, TenantRef } from '../../../platform/context.js';
import type { Db } from '../../../platform/db/index.js';
import type { NotificationsModule } from '../../notifications/index.js';
import type { UserRecord } from '../../org/index.js';
import { CommerceErrors } from '../commerce.errors.js';
import type { DataFieldsPort, TradeInsPort } from '../tradeins-port.js';

export interface CommerceDeps {
  db: Db;
  clock: Clock;
  notifications: NotificationsModule;
  users: { findById(ctx: Ctx, id: number): Promise<UserRecord | null>; findByEmail(ctx: Ctx, email: string): Promise<UserRecord | null> };
  findTenant: (tenantId: number) => Promise<TenantRef | null>;
  secret: string;
  publicUrl: string;
}

/** What the use cases receive besides `(ctx, input)`: the module's deps and its wired ports. */
export interface CommerceEnv {
  deps: CommerceDeps;
  /** The trade-in core; `B300004` while it is not wired. */
  tradeIns(): TradeInsPort;
  /** The programme's data fields, when wired. */
  dataFields(): DataFieldsPort | null;
}

/** The signed-in user; N300001 (the storefront's one 404) for anyone else. */
export function userIdOf(ctx: Ctx): number {
  if (ctx.actor.kind !== 'user' || !ctx.actor.userId) throw CommerceErrors.N300001();
  return ctx.actor.userId;
}

/** A page of at most 100 rows. */
export const Page = (p: { limit: number; offset: number }) => ({ limit: Math.min(Math.max(p.limit, 1), 100), offset: Math.max(p.offset, 0) });

/** `B300004` when the trade-in core is not wired (never in production). */
export function requirePort<T>(port: T | null): T {
  if (!port) throw CommerceErrors.B300004();
  return port;
}
