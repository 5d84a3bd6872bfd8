import { withTransaction, type Ctx } from '../../../platform/context.js';
import type { LogisticsDeps } from '../deps.js';
import { LogisticsErrors as E } from '../logistics.errors.js';
import { logisticsRepository as repo } from '../logistics.repository.js';
import { createPackage } from './create-package.js';
import { createShipment } from './create-shipment.js';

/**
 * CreateShipmentByTradeIn: one package of the trade-in's Registered devices in the tenant's
 * default box (B270002 without one), one Ready shipment; returns the shipment id.
 */
export async function createShipmentByTradeIn(deps: LogisticsDeps, ctx: Ctx, tradeInId: number): Promise<number> {
  const ids = await deps.devices.tradeInDeviceIds(ctx, tradeInId);
  if (!ids) throw E.N270001({ id: tradeInId });
  const dimension = await repo.defaultDimension(ctx);
  if (!dimension) throw E.B270002();
  const devices = await deps.devices.findShippableDevices(ctx, ids);
  const registered = devices.filter((d) => d.status === 'Registered').map((d) => d.id);
  return withTransaction(ctx, async (tx) => {
    const packageId = await createPackage(deps, tx, {
      name: `Trade-in ${tradeInId}`,
      packageDimensionId: dimension.id,
      tradeInDeviceIds: registered.length > 0 ? registered : ids,
    });
    return createShipment(deps, tx, { name: `Trade-in ${tradeInId}`, packagesIds: [packageId] });
  });
}
