import { withTransaction, type Ctx } from '../../../platform/context.js';
import { FacilityErrors as E } from '../facility.errors.js';
import { facilityRepository as repo } from '../facility.repository.js';
import type { FacilityDeps } from '../ports.js';
import { actorUserId, emit, requireDevice } from './shared.js';

export type DecisionChannel = 'status_page' | 'retail' | 'fallback' | 'admin';
/** Seed 003 CustomerStatus of a device's valuation. */
export type CustomerStatus = 'NotSet' | 'Approved' | 'Rejected';

/**
 * The customer's answer to the final valuation: approved → Accepted, rejected →
 * ReturnRequested (guarded: one winner; B400011 when no valuation awaits a decision; B400018 for
 * a device of a storefront order, whose decision keeps the order right through commerce). `after`
 * runs in the same transaction (e.g. the fallback's e-mail).
 */
export async function applyDecision(
  deps: FacilityDeps,
  ctx: Ctx,
  deviceId: number,
  decision: 'approved' | 'rejected',
  channel: DecisionChannel,
  after?: (tx: Ctx) => Promise<void>,
): Promise<void> {
  await withTransaction(ctx, async (tx) => {
    const device = await requireDevice(deps, tx, deviceId);
    if (await isOrderDevice(deps, tx, device.tradeInId)) throw E.B400018({ id: deviceId });
    if (device.status !== 'Valuated' || device.decision) throw E.B400011();
    if (!(await deps.tradeins.applyCustomerDecision(tx, deviceId, decision))) throw E.B400011();
    await repo.insertDecision(tx, { deviceId, valuationCount: device.valuationCount, decision, channel, userId: actorUserId(tx), now: tx.clock.now() });
    await emit(
      tx,
      decision === 'approved' ? 'device.accepted' : 'device.return_requested',
      { deviceId, tradeInId: device.tradeInId, finalMinor: device.finalPriceMinor, currency: device.currency, channel },
      `${deviceId}:${device.valuationCount}`,
    );
    await after?.(tx);
  });
}

/** Whether the device came from a storefront order (its decision goes through commerce, seed 000). */
export async function isOrderDevice(deps: Pick<FacilityDeps, 'tradeins'>, ctx: Ctx, tradeInId: number): Promise<boolean> {
  return (await deps.tradeins.get(ctx, tradeInId).catch(() => null))?.source === 'order';
}

/** Seed 003 GetCustomerStatusApi: B290002 without id, N290001 unknown. */
export async function getCustomerStatus(
  deps: FacilityDeps,
  ctx: Ctx,
  deviceId: number | null | undefined,
): Promise<{ deviceId: number; customerStatus: CustomerStatus; status: string }> {
  if (!deviceId) throw E.B290002();
  const device = await deps.tradeins.getDevice(ctx, deviceId);
  if (!device) throw E.N290001({ id: deviceId });
  return { deviceId, customerStatus: customerStatusOf(device.decision), status: device.status };
}

const customerStatusOf = (d: 'approved' | 'rejected' | null): CustomerStatus => (d === 'approved' ? 'Approved' : d === 'rejected' ? 'Rejected' : 'NotSet');

/**
 * Seed 003 UpdateCustomerStatusApi — a store records the customer's decision at the counter:
 * B280001 without id, N280002 unknown, B280003 no status, B280004 invalid status (or nothing to
 * decide), B280005 already set.
 */
export async function setCustomerStatus(
  deps: FacilityDeps,
  ctx: Ctx,
  deviceId: number | null | undefined,
  status: string | null | undefined,
): Promise<{ deviceId: number; customerStatus: CustomerStatus; status: string }> {
  if (!deviceId) throw E.B280001();
  const device = await deps.tradeins.getDevice(ctx, deviceId);
  if (!device) throw E.N280002({ id: deviceId });
  if (status === null || status === undefined || status === '') throw E.B280003();
  const wanted = String(status);
  if (wanted !== 'Approved' && wanted !== 'Rejected') throw E.B280004({ status: wanted });
  if (device.decision) throw E.B280005({ status: customerStatusOf(device.decision) });
  if (device.status !== 'Valuated') throw E.B280004({ status: wanted });
  try {
    await applyDecision(deps, ctx, deviceId, wanted === 'Approved' ? 'approved' : 'rejected', 'retail');
  } catch (err) {
    const now = await deps.tradeins.getDevice(ctx, deviceId);
    if (now?.decision) throw E.B280005({ status: customerStatusOf(now.decision) });
    throw err;
  }
  return getCustomerStatus(deps, ctx, deviceId);
}
