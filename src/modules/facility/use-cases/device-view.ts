import type { Ctx } from '../../../platform/context.js';
import type { DeviceEvent, TradeInDevice } from '../../tradeins/index.js';
import { FacilityErrors as E } from '../facility.errors.js';
import { facilityRepository as repo, type Discrepancy, type Inspection, type Payout, type Valuation } from '../facility.repository.js';
import type { FacilityDeps } from '../ports.js';
import { isOrderDevice } from './decide.js';
import { localizedLines } from './evidence.js';
import { requireDevice } from './shared.js';

export interface FacilityDeviceView {
  device: TradeInDevice;
  timeline: DeviceEvent[];
  inspection: Inspection | null;
  valuation: Valuation | null;
  decision: { decision: string; channel: string; createdAt: Date } | null;
  payout: Payout | null;
  returnInfo: { shipmentId: number | null; labelUrl: string | null; manual: boolean } | null;
  discrepancies: Discrepancy[];
  /** The customer may approve or reject now (here; order devices decide by the order e-mail's links). */
  canDecide: boolean;
  /** The device belongs to a storefront order (seed 000): decided through commerce. */
  orderLinked: boolean;
  /** Valuated, undecided and order-linked: the customer decides by the order e-mail's links. */
  awaitsOrderDecision: boolean;
}

/** Everything the facility knows about a device: timeline, inspection, valuation with report, decision, payout, return. */
export async function deviceView(deps: FacilityDeps, ctx: Ctx, deviceId: number): Promise<FacilityDeviceView> {
  const device = await requireDevice(deps, ctx, deviceId);
  const [timeline, inspection, valuation, decision, payout, returnInfo, discrepancies] = await Promise.all([
    deps.tradeins.deviceHistory(ctx, deviceId),
    repo.latestInspection(ctx, deviceId),
    repo.latestValuation(ctx, deviceId),
    repo.decisionOf(ctx, deviceId),
    repo.payoutOf(ctx, deviceId),
    repo.returnOf(ctx, deviceId),
    repo.listDiscrepancies(ctx, { deviceId, limit: 50 }),
  ]);
  // The report's labels in the reader's language (amounts and photos as recorded).
  const shown = valuation && {
    ...valuation,
    report: { ...valuation.report, lines: [...(await localizedLines(deps, ctx, valuation)), ...valuation.report.lines.filter((l) => l.kind === 'terms')] },
  };
  const orderLinked = await isOrderDevice(deps, ctx, device.tradeInId);
  return {
    device,
    timeline,
    inspection,
    valuation: shown,
    decision,
    payout,
    returnInfo,
    discrepancies,
    orderLinked,
    canDecide: device.status === 'Valuated' && !device.decision && !orderLinked,
    awaitsOrderDecision: device.status === 'Valuated' && !device.decision && orderLinked,
  };
}

/** A thumbnail of a photo that is evidence of this device (status page); N400010 for any other photo. */
export async function evidenceThumb(deps: FacilityDeps, ctx: Ctx, deviceId: number, photoId: string): Promise<Buffer> {
  const valuation = await repo.latestValuation(ctx, deviceId);
  const ids = new Set((valuation?.report.lines ?? []).flatMap((l) => l.photoIds));
  if (!ids.has(photoId)) throw E.N400010();
  return (await deps.media.read(ctx, photoId, 'thumb')).bytes;
}

/** Records whom to tell about the valuation (e-mail, language) for devices without an order. */
export async function setContact(deps: FacilityDeps, ctx: Ctx, deviceId: number, input: { email: string | null; locale: string | null }): Promise<void> {
  await requireDevice(deps, ctx, deviceId);
  await repo.setContact(ctx, deviceId, input.email, input.locale);
}

/** Discrepancies of the tenant (missing, unexpected, mismatch, damaged package, fraud hit), newest first. */
export function listDiscrepancies(_deps: FacilityDeps, ctx: Ctx, filter: { kind?: Discrepancy['kind']; limit?: number }): Promise<Discrepancy[]> {
  return repo.listDiscrepancies(ctx, { kind: filter.kind, limit: Math.min(filter.limit ?? 100, 1000) });
}
