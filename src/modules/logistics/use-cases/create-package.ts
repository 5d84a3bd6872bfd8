import { withTransaction, type Ctx } from '../../../platform/context.js';
import type { LogisticsDeps } from '../deps.js';
import { LogisticsErrors as E } from '../logistics.errors.js';
import { logisticsRepository as repo } from '../logistics.repository.js';
import { checkDevicesForPacking, packageEventData, pendingIdentifier, publish, resolveAgent, resolveLocation, SOURCE, uniqueViolation } from '../shared.js';

/** Seed 003 §9 CreatePackage, camel-cased. */
export interface CreatePackageInput {
  name?: string | null;
  identifier?: string | null;
  packageDimensionId?: number | null;
  agentId?: string | number | null;
  agentRef?: string | null;
  locationId?: number | null;
  locationRef?: string | null;
  tradeInDeviceIds?: number[] | null;
}

/**
 * Creates an Open package with the devices in it (each Registered → Packed). The database allows a
 * device in one live package only, so of two requests racing for a device one gets C060001.
 */
export async function createPackage(deps: LogisticsDeps, ctx: Ctx, input: CreatePackageInput): Promise<number> {
  const name = input.name?.trim();
  if (!name) throw E.B060007();
  if (!input.tradeInDeviceIds || input.tradeInDeviceIds.length === 0) throw E.B060009();
  let dimensionId: number | null = null;
  if (input.packageDimensionId !== null && input.packageDimensionId !== undefined) {
    const dim = await repo.findDimension(ctx, input.packageDimensionId);
    if (!dim || !dim.isActive) throw E.B060025();
    dimensionId = dim.id;
  } else {
    dimensionId = (await repo.defaultDimension(ctx))?.id ?? null;
  }
  const agentUserId = await resolveAgent(deps, ctx, input.agentId, () => E.B060016({ id: input.agentId }));
  const location = await resolveLocation(deps, ctx, input.locationId, () => E.B060005());
  const checked = await checkDevicesForPacking(deps, ctx, input.tradeInDeviceIds, 'create');
  const identifier = input.identifier?.trim() || null;
  if (identifier) {
    const existing = await repo.findPackageByIdentifier(ctx, identifier);
    if (existing && existing.status !== 'Cancelled') throw E.B060006();
  }
  const now = ctx.clock.now();
  try {
    return await withTransaction(ctx, async (tx) => {
      const id = await repo.insertPackage(
        tx,
        {
          name,
          identifier: identifier ?? pendingIdentifier(),
          dimensionId,
          locationId: location?.id ?? null,
          locationRef: input.locationRef ?? null,
          agentUserId,
          agentRef: input.agentRef ?? null,
          flowType: checked.flowType,
          destinationLocationId: checked.destinationLocationId,
          isInternal: false,
        },
        now,
      );
      if (!identifier) await repo.setIdentifier(tx, id, `PKG-${id}`);
      const ids = checked.devices.map((d) => d.id);
      await repo.addItems(tx, id, ids, now);
      if (checked.flowType === 'tradein') {
        const moved = await deps.devices.transitionDevices(tx, ids, 'Packed', { from: ['Registered'], source: SOURCE, data: { packageId: id } });
        if (moved.length !== ids.length) throw E.S060001();
      }
      const pkg = (await repo.findPackage(tx, id))!;
      await publish(tx, 'package.created', packageEventData(pkg), `${id}:created`);
      return id;
    });
  } catch (err) {
    const which = uniqueViolation(err);
    if (which === 'package_items_live_device') throw E.C060001({ id: input.tradeInDeviceIds[0] });
    if (which === 'packages_identifier') throw E.B060006();
    throw err;
  }
}
