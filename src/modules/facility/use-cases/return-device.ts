import { withTransaction, type Ctx } from '../../../platform/context.js';
import { FacilityErrors as E } from '../facility.errors.js';
import { facilityRepository as repo } from '../facility.repository.js';
import type { FacilityDeps } from '../ports.js';
import { contactOf } from './reminders.js';
import { assertStatus, emit, logisticsWired, requireDevice } from './shared.js';

/** A return address as the return takes it; what is not known is null. */
export interface ReturnAddressDraft {
  name: string | null;
  street1: string | null;
  street2: string | null;
  postCode: string | null;
  city: string | null;
  countryCode: string | null;
  phone: string | null;
  email: string | null;
}

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

/**
 * What is known of where a device goes back to, to start the return form with: the address of an
 * earlier return, else the customer's name from the trade-in and their contact e-mail. Retail
 * trade-ins record no postal address, so staff complete the rest.
 */
export async function returnAddressDraft(deps: FacilityDeps, ctx: Ctx, deviceId: number): Promise<ReturnAddressDraft> {
  const device = await requireDevice(deps, ctx, deviceId);
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  const earlier = (await repo.returnOf(ctx, device.id))?.toAddress;
  const tradeIn = await deps.tradeins.get(ctx, device.tradeInId).catch(() => null);
  const person = [tradeIn?.clientFirstName, tradeIn?.clientLastName].filter((x) => x?.trim()).join(' ');
  const contact = await contactOf(deps, ctx, device);
  return {
    name: text(earlier?.name) ?? text(tradeIn?.organizationName) ?? text(person),
    street1: text(earlier?.street1),
    street2: text(earlier?.street2),
    postCode: text(earlier?.postCode),
    city: text(earlier?.city),
    countryCode: text(earlier?.countryCode),
    phone: text(earlier?.phone),
    email: text(earlier?.email) ?? contact?.email ?? null,
  };
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
