import { withTransaction, type Ctx } from '../../../platform/context.js';
import type { LogisticsDeps } from '../deps.js';
import type { PostalAddressInput } from '../label-renderer.js';
import { LogisticsErrors as E } from '../logistics.errors.js';
import { logisticsRepository as repo, type Address } from '../logistics.repository.js';
import { destinationFor, locationAddress, pendingIdentifier, requireAddress, uniqueViolation } from '../shared.js';
import { issueLabel } from './create-label.js';
import { checkPackagesForShipment, insertShipment } from './create-shipment.js';

export interface ReturnShipmentInput {
  deviceIds: number[];
  toAddress: PostalAddressInput;
  /** The facility or warehouse it leaves from (default: the tenant's facility). */
  fromLocationId?: number | null;
}

/**
 * A return to the customer (flow `return`): the devices must be ReturnRequested (B610008); one
 * package, one shipment and its label at once. On delivery the devices become Returned.
 */
export async function createReturnShipment(deps: LogisticsDeps, ctx: Ctx, input: ReturnShipmentInput): Promise<{ shipmentId: number; labelUrl: string }> {
  const to: Address = requireAddress(input.toAddress);
  if (!input.deviceIds || input.deviceIds.length === 0) throw E.B060009();
  const devices = await deps.devices.findShippableDevices(ctx, input.deviceIds);
  for (const id of input.deviceIds) {
    const d = devices.find((x) => x.id === id);
    if (!d) throw E.B060008({ id });
    if (d.status !== 'ReturnRequested') throw E.B610008({ id });
  }
  const fromId = input.fromLocationId ?? (await destinationFor(deps, ctx, devices[0].locationId));
  const fromLocation = fromId ? await deps.org.locations.findById(ctx, fromId) : null;
  if (!fromLocation || fromLocation.kind === 'store') throw E.B610007({ id: fromId ?? 0 });
  const from = locationAddress(fromLocation, ctx.tenant.name);
  if (!from) throw E.B610001();
  const now = ctx.clock.now();
  const shipment = await withTransaction(ctx, async (tx) => {
    try {
      const packageId = await repo.insertPackage(
        tx,
        {
          name: `Return to ${to.name}`,
          identifier: pendingIdentifier(),
          dimensionId: (await repo.defaultDimension(tx))?.id ?? null,
          locationId: fromLocation.id,
          locationRef: null,
          agentUserId: ctx.actor.userId ?? null,
          agentRef: null,
          flowType: 'return',
          destinationLocationId: null,
          isInternal: true,
        },
        now,
      );
      await repo.setIdentifier(tx, packageId, `RET-${packageId}`);
      await repo.addItems(tx, packageId, input.deviceIds, now);
      const packages = await checkPackagesForShipment(tx, [packageId], true);
      return await insertShipment(
        tx,
        {
          name: `Return ${packageId}`,
          locationId: fromLocation.id,
          locationRef: null,
          agentUserId: ctx.actor.userId ?? null,
          agentRef: null,
          flowType: 'return',
          destinationLocationId: null,
          reference: null,
          fromAddress: from,
          toAddress: to,
        },
        packages,
        'logistics',
      );
    } catch (err) {
      if (uniqueViolation(err) === 'package_items_live_device') throw E.C060001({ id: input.deviceIds[0] });
      throw err;
    }
  });
  const link = await issueLabel(deps, ctx, shipment, from, to, 'logistics');
  return { shipmentId: shipment.id, labelUrl: link.url };
}
