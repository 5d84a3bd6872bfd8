import { withTransaction, type Ctx } from '../../../platform/context.js';
import type { TradeInDevice } from '../../tradeins/index.js';
import { FacilityErrors as E } from '../facility.errors.js';
import type { FacilityDeps } from '../ports.js';
import { emit } from './shared.js';

/**
 * Seed 003 UpdateTradeInItemStatusWithheldAPI: a store holds a device before it ships
 * (Registered/Packed → Withheld), or releases it (Withheld → Registered). B200001 unknown,
 * B200004 temporary trade-in, B200005 closed (cancelled/expired), B200006 already withheld (or
 * not withheld on release), B200002 already on its way or processed.
 */
export async function withholdDevice(deps: FacilityDeps, ctx: Ctx, deviceId: number | null | undefined, withhold: boolean): Promise<TradeInDevice> {
  const device = deviceId ? await deps.tradeins.getDevice(ctx, deviceId) : null;
  if (!device) throw E.B200001();
  if (device.status === 'Temporary') throw E.B200004();
  if (device.status === 'Cancelled' || device.status === 'Expired') throw E.B200005();
  if (withhold && device.status === 'Withheld') throw E.B200006();
  if (!withhold && device.status !== 'Withheld') throw E.B200006();
  if (withhold && device.status !== 'Registered' && device.status !== 'Packed') throw E.B200002();
  await withTransaction(ctx, async (tx) => {
    const to = withhold ? 'Withheld' : 'Registered';
    const ok = await deps.tradeins.transitionDevice(tx, device.id, to, { from: withhold ? ['Registered', 'Packed'] : ['Withheld'], source: 'retail' });
    if (!ok) throw withhold ? E.B200002() : E.B200006();
    const at = tx.clock.now();
    await emit(tx, withhold ? 'device.withheld' : 'device.released', { deviceId: device.id, tradeInId: device.tradeInId }, `${device.id}:${at.getTime()}`);
  });
  return (await deps.tradeins.getDevice(ctx, device.id))!;
}
