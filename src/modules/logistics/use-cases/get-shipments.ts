import type { Ctx } from '../../../platform/context.js';
import type { LogisticsDeps } from '../deps.js';
import { LogisticsErrors as E } from '../logistics.errors.js';
import { logisticsRepository as repo, type ShipmentEvent, type ShipmentRecord, type ShipmentStatus } from '../logistics.repository.js';

/** GetShipmentDetails: B080006 no id, N080001 unknown. */
export async function getShipment(_deps: LogisticsDeps, ctx: Ctx, id: number): Promise<ShipmentRecord> {
  if (!id) throw E.B080006();
  const s = await repo.findShipment(ctx, id);
  if (!s) throw E.N080001();
  return s;
}

export function listShipments(_deps: LogisticsDeps, ctx: Ctx, f: { status?: ShipmentStatus; locationId?: number; limit: number; offset: number }) {
  return repo.listShipments(ctx, f);
}

/** GetShippingStatusHistory: every step with its UTC time and source, oldest first (N260001 unknown). */
export async function shipmentHistory(_deps: LogisticsDeps, ctx: Ctx, id: number): Promise<ShipmentEvent[]> {
  const s = id ? await repo.findShipment(ctx, id) : null;
  if (!s) throw E.N260001({ id });
  return repo.events(ctx, s.id);
}
