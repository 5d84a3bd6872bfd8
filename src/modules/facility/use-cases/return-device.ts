import { withTransaction, type Ctx } from '../../../platform/context.js';
import { FacilityErrors as E } from '../facility.errors.js';
import { facilityRepository as repo } from '../facility.repository.js';
import type { FacilityDeps } from '../ports.js';
import { assertStatus, emit, logisticsWired, requireDevice } from './shared.js';

/**
 * Sends a rejected (or fraud-cleared-for-return) device back: a return shipment with a label
 * through logistics when it is wired, else a manual return record without a label. Idempotent:
 * the second call returns the first record.
 */
export async function createReturn(
  deps: FacilityDeps,
  ctx: Ctx,
  input: { deviceId: number; toAddress: Record<string, unknown> },
): Promise<{ shipmentId: number | null; labelUrl: string | null; manual: boolean }> {
  const device = await requireDevice(deps, ctx, input.deviceId);
  const existing = await repo.returnOf(ctx, device.id);
  if (existing) return existing;
  assertStatus(device, ['ReturnRequested']);
  const shipment = logisticsWired(deps)
    ? await deps.logistics.createReturnShipment(ctx, {
        deviceIds: [device.id],
        toAddress: input.toAddress,
        fromLocationId: (await repo.receiptOf(ctx, device.id))?.locationId ?? undefined,
      })
    : null;
  const record = { shipmentId: shipment?.shipmentId ?? null, labelUrl: shipment?.labelUrl ?? null, manual: !shipment };
  await withTransaction(ctx, async (tx) => {
    if (!(await repo.insertReturn(tx, { deviceId: device.id, ...record, toAddress: input.toAddress, now: tx.clock.now() }))) return;
    await emit(tx, 'device.return_shipment_created', { deviceId: device.id, ...record }, `${device.id}`);
  });
  return (await repo.returnOf(ctx, device.id))!;
}

/** The returned device reached its owner (carrier delivery or the counter): ReturnRequested → Returned. */
export async function markReturned(deps: FacilityDeps, ctx: Ctx, deviceId: number): Promise<void> {
  const device = await requireDevice(deps, ctx, deviceId);
  assertStatus(device, ['ReturnRequested']);
  await withTransaction(ctx, async (tx) => {
    if (!(await deps.tradeins.transitionDevice(tx, deviceId, 'Returned', { from: ['ReturnRequested'], source: 'facility' }))) {
      throw E.B400002({ id: deviceId, status: (await deps.tradeins.getDevice(tx, deviceId))?.status ?? '?', needed: 'ReturnRequested' });
    }
    await emit(tx, 'device.returned', { deviceId, tradeInId: device.tradeInId }, `${deviceId}`);
  });
}
