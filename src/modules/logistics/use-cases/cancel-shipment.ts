import { withTransaction, type Ctx } from '../../../platform/context.js';
import type { LogisticsDeps } from '../deps.js';
import { LogisticsErrors as E } from '../logistics.errors.js';
import { logisticsRepository as repo, type ShipmentRecord } from '../logistics.repository.js';
import { recordStep } from '../shared.js';
import { shipmentFor } from './update-shipment.js';

/**
 * CancelShipment: only while Ready (B080005; cancel the label first). Its packages are free again
 * (Packed → Open) with their devices still Packed in them.
 */
export async function cancelShipment(_deps: LogisticsDeps, ctx: Ctx, id: number, source = 'api'): Promise<ShipmentRecord> {
  const s = await shipmentFor(ctx, id);
  if (s.status !== 'Ready') throw E.B080005();
  const now = ctx.clock.now();
  return withTransaction(ctx, async (tx) => {
    if (!(await repo.transitionShipment(tx, s.id, ['Ready'], 'Cancelled', now))) throw E.B080005();
    await repo.releasePackages(tx, s.id);
    await repo.setPackageStatus(tx, s.packageIds, ['Packed'], 'Open', now);
    await recordStep(tx, s, 'Cancelled', 'shipment.cancelled', { source, data: { packageIds: s.packageIds } });
    return { ...s, status: 'Cancelled' as const, packageIds: [] };
  });
}
