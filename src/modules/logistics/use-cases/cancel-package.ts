import { withTransaction, type Ctx } from '../../../platform/context.js';
import type { LogisticsDeps } from '../deps.js';
import { LogisticsErrors as E } from '../logistics.errors.js';
import { logisticsRepository as repo, type PackageRecord } from '../logistics.repository.js';
import { packageEventData, publish, SOURCE } from '../shared.js';

/** CancelPackage: an Open package not in a shipment; its devices go back to Registered. */
export async function cancelPackage(deps: LogisticsDeps, ctx: Ctx, packageId: number): Promise<PackageRecord> {
  if (!packageId) throw E.B060013();
  const check = (p: PackageRecord | null): PackageRecord => {
    if (!p) throw E.N060001();
    if (p.shipmentId !== null) throw E.B060001();
    if (p.status !== 'Open' && p.status !== 'Packed') throw E.B060010();
    return p;
  };
  check(await repo.findPackage(ctx, packageId));
  const now = ctx.clock.now();
  return withTransaction(ctx, async (tx) => {
    await repo.lockPackage(tx, packageId);
    const pkg = check(await repo.findPackage(tx, packageId));
    if ((await repo.setPackageStatus(tx, [pkg.id], ['Open', 'Packed'], 'Cancelled', now)).length === 0) throw E.B060010();
    await repo.closeItems(tx, [pkg.id], now, true);
    if (pkg.flowType === 'tradein') {
      await deps.devices.transitionDevices(tx, pkg.deviceIds, 'Registered', {
        from: ['Packed'],
        source: SOURCE,
        note: 'package cancelled',
        data: { packageId: pkg.id },
      });
    }
    const cancelled = { ...pkg, status: 'Cancelled' as const };
    await publish(tx, 'package.cancelled', packageEventData(cancelled), `${pkg.id}:cancelled`);
    return cancelled;
  });
}
