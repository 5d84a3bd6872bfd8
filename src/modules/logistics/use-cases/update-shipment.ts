import { withTransaction, type Ctx } from '../../../platform/context.js';
import type { LogisticsDeps } from '../deps.js';
import { LogisticsErrors as E } from '../logistics.errors.js';
import { logisticsRepository as repo, type ShipmentRecord } from '../logistics.repository.js';
import { publish, resolveAgent, uniqueViolation } from '../shared.js';
import { checkPackagesForShipment, linkPackages } from './create-shipment.js';

/** A live shipment by id for a change: B080006 no id, N080001 unknown. */
async function shipmentFor(ctx: Ctx, id: number): Promise<ShipmentRecord> {
  if (!id) throw E.B080006();
  const s = await repo.findShipment(ctx, id);
  if (!s) throw E.N080001();
  return s;
}

export interface UpdateShipmentInput {
  name?: string | null;
  agentId?: string | number | null;
  agentRef?: string | null;
  locationRef?: string | null;
}

/** UpdateShipment: name and references (B080004 blank name; N080004 unknown agent). */
export async function updateShipment(deps: LogisticsDeps, ctx: Ctx, id: number, input: UpdateShipmentInput): Promise<ShipmentRecord> {
  const s = await shipmentFor(ctx, id);
  if (input.name !== undefined && (input.name === null || input.name.trim() === '')) throw E.B080004();
  const agentUserId = input.agentId !== undefined ? await resolveAgent(deps, ctx, input.agentId, () => E.N080004()) : undefined;
  const now = ctx.clock.now();
  return withTransaction(ctx, async (tx) => {
    await repo.updateShipment(tx, s.id, { name: input.name?.trim(), agentRef: input.agentRef, locationRef: input.locationRef, agentUserId }, now);
    const updated = (await repo.findShipment(tx, s.id))!;
    await publish(tx, 'shipment.updated', { shipmentId: s.id, name: updated.name, status: updated.status }, `${s.id}:updated:${now.getTime()}`);
    return updated;
  });
}

/** AddPackagesToExistingShipment: only while Ready (B080014 once it has a label), same flow and destination (B080011/B080012). */
export async function addShipmentPackages(_deps: LogisticsDeps, ctx: Ctx, id: number, packageIds: number[] | null | undefined): Promise<ShipmentRecord> {
  const s = await shipmentFor(ctx, id);
  if (s.status === 'Cancelled') throw E.B230004({ id: s.id });
  if (s.status !== 'Ready') throw E.B080014({ id: s.id });
  const packages = await checkPackagesForShipment(ctx, packageIds);
  for (const p of packages) {
    if (p.flowType !== s.flowType) throw E.B080011({ id: p.id });
    if (p.destinationLocationId !== s.destinationLocationId) throw E.B080012({ id: p.id });
    if (p.locationId !== null && s.locationId !== null && p.locationId !== s.locationId) throw E.B610011();
  }
  const now = ctx.clock.now();
  try {
    return await withTransaction(ctx, async (tx) => {
      await repo.lockShipment(tx, s.id);
      const fresh = await shipmentFor(tx, s.id);
      if (fresh.status !== 'Ready') throw E.B080014({ id: s.id });
      await linkPackages(tx, s.id, await checkPackagesForShipment(tx, packageIds));
      const updated = (await repo.findShipment(tx, s.id))!;
      await publish(
        tx,
        'shipment.updated',
        { shipmentId: s.id, name: updated.name, status: updated.status, packageIds: updated.packageIds },
        `${s.id}:packages:${now.getTime()}`,
      );
      return updated;
    });
  } catch (err) {
    if (uniqueViolation(err) === 'shipment_packages_live_package') throw E.B080001({ id: packageIds?.[0] });
    throw err;
  }
}

export { shipmentFor };
