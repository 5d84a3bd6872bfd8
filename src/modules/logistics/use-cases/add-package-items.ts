import { withTransaction, type Ctx } from '../../../platform/context.js';
import type { LogisticsDeps } from '../deps.js';
import { LogisticsErrors as E } from '../logistics.errors.js';
import { logisticsRepository as repo, type PackageRecord } from '../logistics.repository.js';
import { checkDevicesForPacking, packageEventData, publish, SOURCE, uniqueViolation } from '../shared.js';

/** The package for a change of its items: B060013 no id, N060009 unknown, B060022 system package, B060001 in a shipment, B060014 closed. */
export async function packageForItemChange(ctx: Ctx, packageId: number): Promise<PackageRecord> {
  if (!packageId) throw E.B060013();
  const pkg = await repo.findPackage(ctx, packageId);
  if (!pkg) throw E.N060009();
  if (pkg.isInternal) throw E.B060022();
  if (pkg.shipmentId !== null) throw E.B060001();
  if (pkg.status !== 'Open' && pkg.status !== 'Packed') throw E.B060014();
  return pkg;
}

/** AddItems: more devices into an Open package (same flow type and destination as the package). */
export async function addPackageItems(deps: LogisticsDeps, ctx: Ctx, packageId: number, deviceIds: number[] | null | undefined): Promise<PackageRecord> {
  const pkg = await packageForItemChange(ctx, packageId);
  for (const id of deviceIds ?? []) if (pkg.deviceIds.includes(id)) throw E.B060011({ id });
  const checked = await checkDevicesForPacking(deps, ctx, deviceIds, 'add', pkg);
  const now = ctx.clock.now();
  const ids = checked.devices.map((d) => d.id);
  try {
    return await withTransaction(ctx, async (tx) => {
      await repo.lockPackage(tx, pkg.id);
      const fresh = await packageForItemChange(tx, pkg.id);
      await repo.addItems(tx, pkg.id, ids, now);
      if (pkg.flowType === 'tradein') {
        const moved = await deps.devices.transitionDevices(tx, ids, 'Packed', { from: ['Registered'], source: SOURCE, data: { packageId: pkg.id } });
        if (moved.length !== ids.length) throw E.C060001({ id: ids.find((i) => !moved.includes(i)) });
      }
      await repo.touchPackage(tx, pkg.id, now);
      const updated = (await repo.findPackage(tx, fresh.id))!;
      await publish(tx, 'package.updated', packageEventData(updated), `${pkg.id}:add:${ids.join(',')}:${now.getTime()}`);
      return updated;
    });
  } catch (err) {
    if (uniqueViolation(err) === 'package_items_live_device') throw E.C060001({ id: ids[0] });
    throw err;
  }
}
