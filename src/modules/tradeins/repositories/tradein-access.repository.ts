import type { Ctx } from '../../../platform/context.js';
import type { ActorScope } from '../actor-scope.js';
import type { TradeInKind } from '../tradeins.types.js';

type Db = Pick<Ctx, 'db' | 'tenant'>;

/** Who owns a trade-in (migration 0900) and the lists of the web app's "my" / "today" screens. */
export const tradeinAccessRepository = {
  async setCustomer(ctx: Db, tradeInId: number, userId: number): Promise<void> {
    await ctx.db.query('UPDATE trade_ins SET customer_user_id = $3 WHERE tenant_id = $1 AND id = $2', [ctx.tenant.id, tradeInId, userId]);
  },

  async owner(ctx: Db, tradeInId: number): Promise<{ customerUserId: number | null; locationId: number | null } | null> {
    const rows = await ctx.db.query<{ customer_user_id: number | null; location_id: number | null }>(
      'SELECT customer_user_id, location_id FROM trade_ins WHERE tenant_id = $1 AND id = $2',
      [ctx.tenant.id, tradeInId],
    );
    return rows[0] ? { customerUserId: rows[0].customer_user_id, locationId: rows[0].location_id } : null;
  },

  /** Ids (newest first) of the trade-ins within `scope`, optionally created since `since`. */
  async listIds(ctx: Db, scope: ActorScope, f: { since?: Date; limit: number }): Promise<{ id: number; kind: TradeInKind }[]> {
    const byCustomer = scope.kind === 'customer' ? scope.userId : null;
    const byLocation = scope.kind === 'location' ? (scope.locationId ?? -1) : null;
    return ctx.db.query<{ id: number; kind: TradeInKind }>(
      `SELECT id, kind FROM trade_ins
        WHERE tenant_id = $1 AND ($2::int IS NULL OR customer_user_id = $2) AND ($3::int IS NULL OR location_id = $3)
          AND ($4::timestamptz IS NULL OR created_at >= $4)
        ORDER BY id DESC LIMIT $5`,
      [ctx.tenant.id, byCustomer, byLocation, f.since ?? null, f.limit],
    );
  },
};
