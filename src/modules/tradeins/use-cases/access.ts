import type { Ctx } from '../../../platform/context.js';
import { actorScope, inScope } from '../actor-scope.js';
import { tradeInsRepository as tradeIns } from '../repositories/trade-ins.repository.js';
import { tradeinAccessRepository as access } from '../repositories/tradein-access.repository.js';
import { TradeinsErrors as E } from '../tradeins.errors.js';
import { TradeinsSettings } from '../tradeins.settings.js';
import type { TradeIn, TradeInKind } from '../tradeins.types.js';

/** The location a location-bound API key is confined to (`settings.tradeins.apiKeyLocationScope`), else null. */
export function keyLocation(ctx: Ctx): number | null {
  if (ctx.actor.kind !== 'apikey' || !ctx.actor.locationId) return null;
  return TradeinsSettings.read(ctx.tenant).apiKeyLocationScope === 'location' ? ctx.actor.locationId : null;
}

/** Whether the caller may see this trade-in (a location-bound key sees only its location's). */
export function visibleToKey(ctx: Ctx, t: TradeIn | null): t is TradeIn {
  if (!t) return false;
  const location = keyLocation(ctx);
  return location === null || t.locationId === location;
}

/** Whether the acting customer owns, or the acting agent's location holds, trade-in `id` (staff and keys: always). */
async function visibleToActor(ctx: Ctx, id: number): Promise<boolean> {
  const scope = actorScope(ctx.actor);
  if (scope.kind === 'all') return true;
  const owner = await access.owner(ctx, id);
  return owner !== null && inScope(scope, owner);
}

/** The signed-in customer who registered trade-in `id` through the web app, if any (for notices). */
export async function customerOf(ctx: Ctx, id: number): Promise<number | null> {
  return (await access.owner(ctx, id))?.customerUserId ?? null;
}

/** A trade-in of either kind the caller may see: N090001 (final) / N090013 (temporary) otherwise. */
export async function findVisible(ctx: Ctx, id: number, kind: TradeInKind): Promise<TradeIn> {
  const t = Number.isSafeInteger(id) ? await tradeIns.findTradeIn(ctx, id, kind) : null;
  if (!visibleToKey(ctx, t) || !(await visibleToActor(ctx, t.id))) throw kind === 'final' ? E.N090001() : E.N090013({ id });
  return t;
}

/** A temporary trade-in that can still be changed or confirmed: B090040 cancelled, B090041 confirmed, B090036 expired. */
export function assertTempOpen(temp: TradeIn, now: Date): void {
  if (temp.status === 'Cancelled') throw E.B090040({ id: temp.id });
  if (temp.status === 'Confirmed') throw E.B090041({ id: temp.id });
  if (temp.expiresAt && temp.expiresAt.getTime() <= now.getTime()) throw E.B090036({ id: temp.id });
}
