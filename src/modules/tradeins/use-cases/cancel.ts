import { withTransaction, type Ctx } from '../../../platform/context.js';
import { enqueueOutbox } from '../../../platform/outbox/index.js';
import { devicesRepository as devices } from '../repositories/devices.repository.js';
import { tradeInsRepository as tradeIns } from '../repositories/trade-ins.repository.js';
import { TradeinsErrors as E } from '../tradeins.errors.js';
import type { TradeIn, TradeInDevice } from '../tradeins.types.js';
import { findVisible } from './access.js';
import type { TradeinsEnv } from './env.js';
import { getDevice } from './queries.js';

/** A cancelled trade-in gives its unique / limited data-field values back (empty value = release). */
async function releaseDataFields(env: TradeinsEnv, tx: Ctx, t: TradeIn): Promise<void> {
  if (t.kind !== 'final' || t.customDataFields.length === 0) return;
  await env.port('datafields').recordUses(
    tx,
    t.id,
    t.customDataFields.map((f) => ({ DataFieldId: f.DataFieldId, DataFieldValue: '' })),
  );
}

/** Cancels a registered trade-in (all its devices must still be Registered); frees the identifiers. */
export async function cancel(env: TradeinsEnv, ctx: Ctx, id: number, reason: string | null = null): Promise<TradeIn> {
  const t = await findVisible(ctx, id, 'final');
  if (t.status !== 'Registered' || t.devices.some((d) => d.status !== 'Registered' && d.status !== 'Cancelled')) throw E.B090001();
  const now = ctx.clock.now();
  await withTransaction(ctx, async (tx) => {
    if (!(await tradeIns.setTradeInStatus(tx, id, 'Registered', 'Cancelled', now, { cancelReason: reason }))) throw E.B090001();
    const open = t.devices.filter((d) => d.status === 'Registered').map((d) => d.id);
    const moved = await devices.transitionDevices(tx, { tradeInId: id, from: ['Registered'] }, 'Cancelled', now, { cancelReason: reason });
    if (moved.length !== open.length) throw E.B090001();
    await releaseDataFields(env, tx, t);
    await enqueueOutbox(tx.db, {
      availableAt: ctx.clock.now(),
      tenantId: ctx.tenant.id,
      topic: 'tradeins.cancelled',
      payload: { tradeInId: id, deviceIds: moved },
      dedupeKey: `tradein-cancelled:${id}`,
    });
  });
  return findVisible(ctx, id, 'final');
}

/** Cancels an open temporary trade-in and its devices (B090040 cancelled, B090041 confirmed). */
export async function cancelTemporary(ctx: Ctx, tempId: number): Promise<TradeIn> {
  const temp = await findVisible(ctx, tempId, 'temporary');
  if (temp.status === 'Cancelled') throw E.B090040({ id: tempId });
  if (temp.status === 'Confirmed') throw E.B090041({ id: tempId });
  const now = ctx.clock.now();
  await withTransaction(ctx, async (tx) => {
    if (!(await tradeIns.setTradeInStatus(tx, tempId, 'Temporary', 'Cancelled', now))) throw E.B090041({ id: tempId });
    await devices.transitionDevices(tx, { tradeInId: tempId, from: ['Temporary'] }, 'Cancelled', now);
  });
  return findVisible(ctx, tempId, 'temporary');
}

/** Cancels one device while it is Registered (or Temporary); the trade-in is cancelled with its last device. */
export async function cancelDevice(env: TradeinsEnv, ctx: Ctx, deviceId: number, reason: string | null): Promise<TradeInDevice> {
  const device = await getDevice(ctx, deviceId);
  if (!device) throw E.N090090({ id: deviceId });
  const now = ctx.clock.now();
  await withTransaction(ctx, async (tx) => {
    const moved = await devices.transitionDevices(tx, { ids: [deviceId], from: ['Registered', 'Temporary'] }, 'Cancelled', now, { cancelReason: reason });
    if (moved.length === 0) throw E.B090001();
    if ((await tradeIns.countLiveDevices(tx, device.tradeInId)) === 0) {
      const closed = await tradeIns.setTradeInStatus(tx, device.tradeInId, 'Registered', 'Cancelled', now, { cancelReason: reason });
      if (closed) await releaseDataFields(env, tx, (await tradeIns.findTradeIn(tx, device.tradeInId, 'final'))!);
      else await tradeIns.setTradeInStatus(tx, device.tradeInId, 'Temporary', 'Cancelled', now, { cancelReason: reason });
    }
    await enqueueOutbox(tx.db, {
      availableAt: ctx.clock.now(),
      tenantId: ctx.tenant.id,
      topic: 'tradeins.device_cancelled',
      payload: { deviceId, tradeInId: device.tradeInId, reason },
      dedupeKey: `device-cancelled:${deviceId}`,
    });
  });
  return (await getDevice(ctx, deviceId))!;
}
