import type { Ctx } from '../../../platform/context.js';
import { actorScope } from '../actor-scope.js';
import { devicesRepository as devices } from '../repositories/devices.repository.js';
import { deviceEventsRepository as events } from '../repositories/device-events.repository.js';
import { tradeInsRepository as tradeIns } from '../repositories/trade-ins.repository.js';
import { tradeinAccessRepository as access } from '../repositories/tradein-access.repository.js';
import { normalizeIdentifier } from '../trade-in-ref.js';
import { TradeinsErrors as E } from '../tradeins.errors.js';
import type { DeviceEvent, DeviceFilter, TradeIn, TradeInDevice, TradeInFilter, TradeInKind } from '../tradeins.types.js';
import { keyLocation } from './access.js';

const startOfUtcDay = (d: Date): Date => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));

/** Filter of {@link listVisible}: `today` means since midnight UTC of the clock's day (it wins over `since`). */
export interface VisibleFilter {
  since?: Date;
  today?: boolean;
  limit?: number;
}

/**
 * The trade-ins (final and temporary) the actor may see, newest first: a customer's own, an
 * agent's location's (the web app's "my trade-ins" and "today's trade-ins").
 */
export async function listVisible(ctx: Ctx, filter: VisibleFilter = {}): Promise<TradeIn[]> {
  const since = filter.today ? startOfUtcDay(ctx.clock.now()) : filter.since;
  const ids = await access.listIds(ctx, actorScope(ctx.actor), { since, limit: Math.min(Math.max(filter.limit ?? 50, 1), 200) });
  const out: TradeIn[] = [];
  for (const { id, kind } of ids) {
    const t = await tradeIns.findTradeIn(ctx, id, kind);
    if (t) out.push(t);
  }
  return out;
}

/** Trade-ins (or temporary ones) newest first, paged; a location-bound key sees its location's only. */
export function listTradeIns(ctx: Ctx, kind: TradeInKind, filter: TradeInFilter): Promise<{ rows: TradeIn[]; total: number }> {
  return tradeIns.listTradeIns(ctx, kind, { ...filter, locationId: keyLocation(ctx) ?? filter.locationId });
}

export function getDevice(ctx: Ctx, deviceId: number): Promise<TradeInDevice | null> {
  return Number.isSafeInteger(deviceId) ? devices.findDevice(ctx, deviceId) : Promise.resolve(null);
}

export function listDevices(ctx: Ctx, filter: DeviceFilter): Promise<{ rows: (TradeInDevice & { tradeInKind: TradeInKind })[]; total: number }> {
  return devices.listDevices(ctx, {
    ...filter,
    identifier: filter.identifier ? normalizeIdentifier(filter.identifier) : undefined,
    locationId: keyLocation(ctx) ?? filter.locationId,
  });
}

export function isIdentifierInStock(ctx: Ctx, identifier: string): Promise<boolean> {
  return devices.isInStock(ctx, normalizeIdentifier(identifier));
}

/** A device's status history (the timeline), oldest first; N090090 when unknown. */
export async function deviceHistory(ctx: Ctx, deviceId: number): Promise<DeviceEvent[]> {
  const device = await devices.findDevice(ctx, deviceId);
  if (!device) throw E.N090090({ id: deviceId });
  return events.deviceEvents(ctx, deviceId);
}
