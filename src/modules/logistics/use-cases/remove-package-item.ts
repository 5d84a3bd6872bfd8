import { withTransaction, type Ctx } from '../../../platform/context.js';
import type { LogisticsDeps } from '../deps.js';
import { LogisticsErrors as E } from '../logistics.errors.js';
import { logisticsRepository as repo, type PackageRecord } from '../logistics.repository.js';
import { packageEventData, publish, SOURCE } from '../shared.js';
import { packageForItemChange } from './add-package-items.js';

/** Takes a device out of an Open package; the device goes back to Registered. */
export async function removePackageItem(deps: LogisticsDeps, ctx: Ctx, packageId: number, deviceId: number): Promise<PackageRecord> {
  const pkg = await packageForItemChange(ctx, packageId);
  const now = ctx.clock.now();
  return withTransaction(ctx, async (tx) => {
    await repo.lockPackage(tx, packageId);
    await packageForItemChange(tx, packageId);
    if (!(await repo.removeItem(tx, packageId, deviceId, now))) throw E.B060012({ id: deviceId });
    if (pkg.flowType === 'tradein') {
      await deps.devices.transitionDevices(tx, [deviceId], 'Registered', {
        from: ['Packed'],
        source: SOURCE,
        note: 'taken out of package',
        data: { packageId },
      });
    }
    await repo.touchPackage(tx, packageId, now);
    const updated = (await repo.findPackage(tx, packageId))!;
    await publish(tx, 'package.updated', packageEventData(updated), `${packageId}:remove:${deviceId}:${now.getTime()}`);
    return updated;
  });
}
