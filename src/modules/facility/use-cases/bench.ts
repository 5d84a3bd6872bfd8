import type { Ctx } from '../../../platform/context.js';
import type { DeviceStatus, TradeInDevice } from '../../tradeins/index.js';
import { MediaErrors } from '../../media/index.js';
import { FacilityErrors as E } from '../facility.errors.js';
import { facilityRepository as repo, type DifferenceReport } from '../facility.repository.js';
import type { FacilityDeps } from '../ports.js';
import { deviceView, type FacilityDeviceView } from './device-view.js';
import { requireDevice } from './shared.js';
import { buildReport } from './value-device.js';

/** The statuses the bench works from: each is a queue (awaiting inspection, valuation, decision, payout, return …). */
export const QUEUE_STATUSES = [
  'Received',
  'Inspected',
  'Valuated',
  'Accepted',
  'ReturnRequested',
  'Fraud',
  'Missing',
] as const satisfies readonly DeviceStatus[];
export type QueueStatus = (typeof QUEUE_STATUSES)[number];

/** Devices of the tenant in one facility status, newest change first (at most `limit`). */
export async function listQueue(
  deps: FacilityDeps,
  ctx: Ctx,
  filter: { status: QueueStatus; limit?: number },
): Promise<{ devices: TradeInDevice[]; total: number }> {
  const { rows, total } = await deps.tradeins.listDevices(ctx, { status: filter.status, page: 1, pageSize: Math.min(filter.limit ?? 100, 500) });
  return { devices: rows, total };
}

/**
 * The difference report the customer would get from the latest inspection, computed exactly as
 * the final valuation computes it (same engine, the quote's own terms) but saved nowhere and
 * sent to no one: staff preview it before the valuation goes out. B400007 without an inspection.
 */
export async function previewReport(deps: FacilityDeps, ctx: Ctx, deviceId: number): Promise<{ device: TradeInDevice; report: DifferenceReport }> {
  const device = await requireDevice(deps, ctx, deviceId);
  const inspection = await repo.latestInspection(ctx, device.id);
  if (!inspection) throw E.B400007({ id: device.id });
  const priced = await deps.pricing.repriceUnderQuote(ctx, device.quoteId, inspection.gradingForm);
  return { device, report: buildReport(device, priced, inspection, null) };
}

/** The customer's status page as it will read once the valuation is sent (see {@link previewStatusView}). */
export type PreviewStatusView = Pick<
  FacilityDeviceView,
  'device' | 'timeline' | 'decision' | 'payout' | 'canDecide' | 'orderLinked' | 'awaitsOrderDecision'
> & {
  report: DifferenceReport;
};

/**
 * What the customer will see once the valuation goes out: the device valuated at the preview's
 * final price, that step added to the timeline (now), no decision or payout yet, the decision
 * open here unless the device belongs to an order (decided by the order e-mail).
 */
export async function previewStatusView(deps: FacilityDeps, ctx: Ctx, deviceId: number): Promise<PreviewStatusView> {
  const [{ device, report }, view] = await Promise.all([previewReport(deps, ctx, deviceId), deviceView(deps, ctx, deviceId)]);
  const now = ctx.clock.now();
  const sent = { ...device, status: 'Valuated' as const, finalPriceMinor: report.finalMinor };
  const timeline = [...view.timeline, { ...view.timeline[view.timeline.length - 1], fromStatus: device.status, toStatus: 'Valuated' as const, createdAt: now }];
  return {
    device: sent,
    timeline,
    decision: null,
    payout: null,
    canDecide: !view.orderLinked,
    orderLinked: view.orderLinked,
    awaitsOrderDecision: view.orderLinked && !sent.decision,
    report,
  };
}

/** A thumbnail of a photo of the device's latest inspection (N450001 for any other photo). */
export async function inspectionPhoto(deps: FacilityDeps, ctx: Ctx, deviceId: number, photoId: string): Promise<Buffer> {
  await requireDevice(deps, ctx, deviceId);
  const inspection = await repo.latestInspection(ctx, deviceId);
  if (!inspection?.photos.some((p) => p.photoId === photoId)) throw MediaErrors.N450001();
  return (await deps.media.read(ctx, photoId, 'thumb')).bytes;
}
