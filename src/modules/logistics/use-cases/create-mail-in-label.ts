import { withTransaction, type Ctx } from '../../../platform/context.js';
import type { LogisticsDeps } from '../deps.js';
import type { PostalAddressInput } from '../label-renderer.js';
import { LogisticsErrors as E } from '../logistics.errors.js';
import { logisticsRepository as repo } from '../logistics.repository.js';
import { destinationFor, locationAddress, pendingIdentifier, requireAddress, uniqueViolation } from '../shared.js';
import { issueLabel } from './create-label.js';
import { checkPackagesForShipment, insertShipment } from './create-shipment.js';

export interface MailInLabelInput {
  deviceIds?: number[] | null;
  /** The customer's reference (submission or order number), printed and sent to the carrier. */
  reference: string;
  fromAddress: PostalAddressInput;
}

/**
 * A customer's prepaid mail-in label to the tenant's facility (flow `mailin`): one package (with
 * the devices, when known), one shipment, its label. The devices stay as they are until the
 * facility receives them (`shipment.delivered` carries their ids).
 */
export async function createMailInLabel(deps: LogisticsDeps, ctx: Ctx, input: MailInLabelInput): Promise<{ shipmentId: number; labelUrl: string }> {
  const from = requireAddress(input.fromAddress);
  const ids = input.deviceIds ?? [];
  const devices = await deps.devices.findShippableDevices(ctx, ids);
  for (const id of ids) {
    const d = devices.find((x) => x.id === id);
    if (!d) throw E.B060008({ id });
    if (d.status === 'Cancelled' || d.status === 'Withheld') throw E.B060015({ id });
  }
  const facilityId = await destinationFor(deps, ctx, devices[0]?.locationId ?? null);
  const to = locationAddress(facilityId ? await deps.org.locations.findById(ctx, facilityId) : null, ctx.tenant.name);
  if (!facilityId || !to) throw E.B610001();
  const now = ctx.clock.now();
  const reference = input.reference.slice(0, 200);
  const shipment = await withTransaction(ctx, async (tx) => {
    try {
      const packageId = await repo.insertPackage(
        tx,
        {
          name: `Mail-in ${reference}`,
          identifier: pendingIdentifier(),
          dimensionId: (await repo.defaultDimension(tx))?.id ?? null,
          locationId: null,
          locationRef: null,
          agentUserId: null,
          agentRef: reference,
          flowType: 'mailin',
          destinationLocationId: facilityId,
          isInternal: true,
        },
        now,
      );
      await repo.setIdentifier(tx, packageId, `MAIL-${packageId}`);
      if (ids.length > 0) await repo.addItems(tx, packageId, ids, now);
      const packages = await checkPackagesForShipment(tx, [packageId], true);
      return await insertShipment(
        tx,
        {
          name: `Mail-in ${reference}`,
          locationId: null,
          locationRef: null,
          agentUserId: null,
          agentRef: reference,
          flowType: 'mailin',
          destinationLocationId: facilityId,
          reference,
          fromAddress: from,
          toAddress: to,
        },
        packages,
        'logistics',
      );
    } catch (err) {
      if (uniqueViolation(err) === 'package_items_live_device') throw E.C060001({ id: ids[0] });
      throw err;
    }
  });
  const link = await issueLabel(deps, ctx, shipment, from, to, 'logistics');
  return { shipmentId: shipment.id, labelUrl: link.url };
}
