import { withTransaction, type Ctx } from '../../../platform/context.js';
import { enqueueOutbox } from '../../../platform/outbox/index.js';
import { devicesRepository as devices } from '../repositories/devices.repository.js';
import type { DeviceStatus } from '../state-machine.js';
import { TradeinsErrors as E } from '../tradeins.errors.js';
import type { DeviceEventMeta, TradeInDevice } from '../tradeins.types.js';

/** What a caller says about a status change: source ('logistics', 'facility' …), note, data, and which statuses it may leave. */
export interface DeviceTransitionMeta extends Omit<DeviceEventMeta, 'actor'> {
  from?: DeviceStatus[];
}

/** Stores the facility's valuation, moves the device to Valuated and emits `tradeins.final_valuation_recorded`. */
export function recordFinalValuation(
  ctx: Ctx,
  deviceId: number,
  v: { priceMinor: number; grade: string; reason: string | null; photoIds: unknown[] },
): Promise<{ device: TradeInDevice; changed: boolean }> {
  return withTransaction(ctx, async (tx) => {
    const res = await devices.recordValuation(tx, deviceId, v, ctx.clock.now(), { actor: ctx.actor, source: 'valuation' });
    if (!res) {
      const d = await devices.findDevice(tx, deviceId);
      if (!d) throw E.N090090({ id: deviceId });
      throw E.B090093({ id: deviceId, status: d.status, target: 'Valuated' });
    }
    const { device } = res;
    // The facility may name the grade by key ('working') or by name ('Working').
    const grade = (device.finalGrade ?? '').toLowerCase();
    const changed =
      device.finalPriceMinor !== device.offeredPriceMinor || (grade !== device.gradeName.toLowerCase() && grade !== device.gradeKey.toLowerCase());
    await enqueueOutbox(tx.db, {
      availableAt: ctx.clock.now(),
      tenantId: ctx.tenant.id,
      topic: 'tradeins.final_valuation_recorded',
      payload: {
        deviceId,
        tradeInId: device.tradeInId,
        offeredPriceMinor: device.offeredPriceMinor,
        finalPriceMinor: device.finalPriceMinor,
        currency: device.currency,
        grade: device.finalGrade,
        reason: device.finalReason,
        changed,
      },
      dedupeKey: `final-valuation:${deviceId}:${device.valuationCount}`,
    });
    return { device, changed };
  });
}

/** Customer's answer to a valuation: approved → Accepted, rejected → ReturnRequested; false if already decided. */
export function applyCustomerDecision(ctx: Ctx, deviceId: number, decision: 'approved' | 'rejected'): Promise<boolean> {
  return devices.decide(ctx, deviceId, decision, ctx.clock.now(), { actor: ctx.actor, source: 'customer' });
}

/**
 * Moves devices along the transition table (logistics, facility and submissions use it) and
 * writes each move to its status history; returns the ids that moved. `from` narrows the
 * statuses they may leave (e.g. only `Shipped` at receiving).
 */
export function transitionDevices(ctx: Ctx, deviceIds: number[], to: DeviceStatus, meta: DeviceTransitionMeta = {}): Promise<number[]> {
  if (deviceIds.length === 0) return Promise.resolve([]);
  return devices.transitionDevices(ctx, { ids: deviceIds, from: meta.from }, to, ctx.clock.now(), {}, { actor: ctx.actor, ...meta });
}
