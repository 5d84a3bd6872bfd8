import crypto from 'node:crypto';
import { withTransaction, type Ctx } from '../../../platform/context.js';
import type { LogisticsDeps } from '../deps.js';
import { LogisticsErrors as E } from '../logistics.errors.js';
import { logisticsRepository as repo, type ShipmentRecord } from '../logistics.repository.js';
import { LogisticsSettings } from '../logistics.settings.js';
import { publish, recordStep, SOURCE } from '../shared.js';

/** Tracking steps after the label: handed over (InTransit) and Delivered. */
export type TrackingStatus = 'InTransit' | 'Delivered';
export const TRACKING_STATUSES: readonly TrackingStatus[] = ['InTransit', 'Delivered'];

const ALLOWED_FROM: Record<TrackingStatus, ShipmentRecord['status'][]> = {
  InTransit: ['LabelCreated', 'InTransit'],
  Delivered: ['LabelCreated', 'InTransit'],
};

export interface ShipmentEventMeta {
  source: string;
  note?: string | null;
  externalEventId?: string | null;
  occurredAt?: Date;
}

/**
 * Adds a tracking step (admin, CLI, carrier). A repeated InTransit is history only. Delivered
 * closes packages; trade-in and mail-in devices are ready for receiving (`shipment.delivered`
 * carries their ids), returned devices become Returned. `{ recorded: false }` for a replayed carrier event.
 */
export async function recordShipmentEvent(
  deps: LogisticsDeps,
  ctx: Ctx,
  shipmentId: number,
  status: TrackingStatus,
  meta: ShipmentEventMeta,
): Promise<{ recorded: boolean; shipment: ShipmentRecord }> {
  const s = shipmentId ? await repo.findShipment(ctx, shipmentId) : null;
  if (!s) throw E.N080001();
  if (!ALLOWED_FROM[status].includes(s.status)) throw E.B610004({ id: s.id, from: s.status, to: status });
  const now = ctx.clock.now();
  return withTransaction(ctx, async (tx) => {
    const type = status === 'Delivered' ? 'shipment.delivered' : 'shipment.in_transit';
    let deviceIds: number[] = [];
    if (status === 'Delivered') {
      const packages = await repo.findPackages(tx, s.packageIds);
      deviceIds = packages.flatMap((p) => p.deviceIds);
    }
    const eventId = await recordStep(tx, s, status, type, {
      source: meta.source,
      note: meta.note ?? null,
      externalEventId: meta.externalEventId ?? null,
      occurredAt: meta.occurredAt,
      data: status === 'Delivered' ? { deviceIds, packageIds: s.packageIds, flowType: s.flowType, destinationLocationId: s.destinationLocationId } : {},
    });
    if (eventId === null) return { recorded: false, shipment: s };
    if (!(await repo.transitionShipment(tx, s.id, ALLOWED_FROM[status], status, now))) throw E.B610004({ id: s.id, from: s.status, to: status });
    if (status === 'Delivered') {
      await repo.setPackageStatus(tx, s.packageIds, ['Shipped'], 'Delivered', now);
      await repo.closeItems(tx, s.packageIds, now, false);
      await repo.closePackages(tx, s.id);
      if (s.flowType === 'return') {
        await deps.devices.transitionDevices(tx, deviceIds, 'Returned', { from: ['ReturnRequested'], source: SOURCE, data: { shipmentId: s.id } });
      }
      for (const p of s.packageIds) await publish(tx, 'package.delivered', { packageId: p, shipmentId: s.id }, `${p}:delivered`);
    }
    return { recorded: true, shipment: (await repo.findShipment(tx, s.id))! };
  });
}

export interface CarrierEventInput {
  /** Raw request body (the signature covers it byte for byte). */
  rawBody: string;
  timestamp: string | undefined;
  signature: string | undefined;
  body: {
    EventId: string;
    ShipmentId?: number | null;
    TrackingNumber?: string | null;
    Status: TrackingStatus;
    OccurredAt?: string | null;
    Note?: string | null;
  };
}

/**
 * A carrier's signed tracking event: `x-tradein-signature: sha256=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>`
 * with `x-tradein-timestamp` (unix seconds) within the tolerance; the EventId is recorded once.
 */
export async function receiveCarrierEvent(
  deps: LogisticsDeps,
  ctx: Ctx,
  input: CarrierEventInput,
): Promise<{ recorded: boolean; shipmentId: number; status: string }> {
  const settings = LogisticsSettings.read(ctx.tenant);
  const secret = settings.carrierWebhookSecret;
  if (!secret || !input.signature || !input.timestamp || !/^\d{1,12}$/.test(input.timestamp)) throw E.U610002();
  const expected = `sha256=${crypto.createHmac('sha256', secret).update(`${input.timestamp}.${input.rawBody}`).digest('hex')}`;
  const a = Buffer.from(expected);
  const b = Buffer.from(input.signature);
  if (a.length !== b.length || !crypto.timingSafeEqual(a, b)) throw E.U610002();
  const skew = Math.abs(ctx.clock.now().getTime() / 1000 - Number(input.timestamp));
  if (skew > settings.carrierEventToleranceSeconds) throw E.U610003();
  const s = input.body.ShipmentId
    ? await repo.findShipment(ctx, input.body.ShipmentId)
    : input.body.TrackingNumber
      ? await repo.findShipmentByTracking(ctx, input.body.TrackingNumber)
      : null;
  if (!s) throw E.N080001();
  const occurredAt = input.body.OccurredAt ? new Date(input.body.OccurredAt) : undefined;
  const already = (await repo.events(ctx, s.id)).some((e) => e.source === 'carrier' && e.externalEventId === input.body.EventId);
  if (already) return { recorded: false, shipmentId: s.id, status: s.status };
  const res = await recordShipmentEvent(deps, ctx, s.id, input.body.Status, {
    source: 'carrier',
    note: input.body.Note ?? null,
    externalEventId: input.body.EventId,
    occurredAt: occurredAt && !Number.isNaN(occurredAt.getTime()) ? occurredAt : undefined,
  });
  return { recorded: res.recorded, shipmentId: s.id, status: res.shipment.status };
}
