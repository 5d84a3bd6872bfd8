import type { Ctx } from '../../../platform/context.js';
import { publishEvent } from '../../../platform/outbox/index.js';
import type { DeviceStatus, TradeInDevice } from '../../tradeins/index.js';
import { FacilityErrors as E } from '../facility.errors.js';
import type { FacilityDeps } from '../ports.js';

/** The device of the tenant, or N400001. */
export async function requireDevice(deps: Pick<FacilityDeps, 'tradeins'>, ctx: Ctx, id: number): Promise<TradeInDevice> {
  const device = await deps.tradeins.getDevice(ctx, id);
  if (!device) throw E.N400001({ id });
  return device;
}

/** B400002 unless the device is in one of `statuses`. */
export function assertStatus(device: TradeInDevice, statuses: DeviceStatus[]): void {
  if (!statuses.includes(device.status)) throw E.B400002({ id: device.id, status: device.status, needed: statuses.join('/') });
}

/** Publishes a domain fact (`device.received` …) in the caller's transaction, once per key. */
export function emit(tx: Ctx, type: string, data: Record<string, unknown>, key: string): Promise<number> {
  return publishEvent(tx.db, { tenantId: tx.tenant.id, type, data, occurredAt: tx.clock.now(), dedupeKey: `${type}:${tx.tenant.id}:${key}` });
}

/** The acting user (staff session or API key user), if any. */
export const actorUserId = (ctx: Ctx): number | null => ctx.actor.userId ?? null;

/** Normalizes a scanned identifier the way registration does (no spaces or dashes, upper case). */
export const normalizeScan = (code: string): string => code.replace(/[\s-]/g, '').toUpperCase();

/** Whether a logistics module is connected (the fallback says `wired: false`). */
export const logisticsWired = (deps: Pick<FacilityDeps, 'logistics'>): boolean => (deps.logistics as { wired?: boolean }).wired !== false;
