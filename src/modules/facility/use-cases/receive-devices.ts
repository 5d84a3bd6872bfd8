import { withTransaction, type Ctx } from '../../../platform/context.js';
import type { DeviceStatus, TradeInDevice } from '../../tradeins/index.js';
import { facilityRepository as repo, type ReceiptOutcome } from '../facility.repository.js';
import type { FacilityDeps, PackageView } from '../ports.js';
import { actorUserId, emit, logisticsWired, normalizeScan } from './shared.js';

/** Statuses a device may be received from: on its way, still at the store (brought by hand), or declared missing. */
export const RECEIVABLE: DeviceStatus[] = ['Shipped', 'Packed', 'Registered', 'Missing'];
const HERE: DeviceStatus[] = ['Received', 'Inspected', 'Valuated', 'Accepted', 'ReturnRequested', 'Fraud'];

export interface ReceiveInput {
  /** Scanned codes: device IMEIs/serials, or package barcodes when logistics is wired. */
  codes: string[];
  /** The facility; default the actor's location. */
  locationId?: number | null;
  /** The device the scan is meant to be (its label): a different identifier goes to fraud review. */
  expectedDeviceId?: number | null;
}

export interface ScanResult {
  code: string;
  outcome: ReceiptOutcome | 'package';
  deviceId: number | null;
  status: DeviceStatus | null;
  /** For a package: what it should hold. */
  package?: PackageView;
  /** Why a device went to fraud review. */
  reason?: string;
}

/**
 * Receiving at a facility: each scanned code marks its device Received (who, where, when) and
 * re-runs due diligence (blocklist, consistency, Find-My); a hit moves it to Fraud, which holds
 * any payout. Unknown codes are recorded as unexpected devices (quarantined) unless logistics
 * knows them as a package, which lists what it should hold. A scan whose identifier differs
 * from the expected device's goes to fraud review.
 */
export async function receiveDevices(deps: FacilityDeps, ctx: Ctx, input: ReceiveInput): Promise<ScanResult[]> {
  const locationId = input.locationId ?? ctx.actor.locationId ?? null;
  const out: ScanResult[] = [];
  for (const raw of input.codes) {
    const code = normalizeScan(raw);
    if (!code) continue;
    if (input.expectedDeviceId) {
      out.push(await receiveExpected(deps, ctx, input.expectedDeviceId, code, locationId));
      continue;
    }
    const candidates = (await deps.tradeins.listDevices(ctx, { identifier: code, page: 1, pageSize: 20 })).rows;
    const device = candidates.find((d) => RECEIVABLE.includes(d.status)) ?? candidates.find((d) => HERE.includes(d.status));
    if (device && HERE.includes(device.status)) {
      await repo.insertReceipt(ctx, { deviceId: device.id, code, outcome: 'already', locationId, userId: actorUserId(ctx), now: ctx.clock.now() });
      out.push({ code, outcome: 'already', deviceId: device.id, status: device.status });
      continue;
    }
    if (device) {
      out.push(await markReceived(deps, ctx, device, code, locationId));
      continue;
    }
    if (logisticsWired(deps)) {
      const pkg = await deps.logistics.findPackageByIdentifier(ctx, raw.trim());
      if (pkg) {
        out.push({ code, outcome: 'package', deviceId: null, status: null, package: pkg });
        continue;
      }
    }
    out.push(await recordUnexpected(ctx, code, locationId));
  }
  return out;
}

async function recordUnexpected(ctx: Ctx, code: string, locationId: number | null): Promise<ScanResult> {
  const now = ctx.clock.now();
  await withTransaction(ctx, async (tx) => {
    await repo.insertReceipt(tx, { deviceId: null, code, outcome: 'unexpected', locationId, userId: actorUserId(tx), now });
    const d = await repo.insertDiscrepancy(tx, {
      kind: 'unexpected',
      deviceId: null,
      identifier: code,
      packageCode: null,
      locationId,
      status: 'quarantined',
      photoIds: [],
      note: null,
      data: {},
      userId: actorUserId(tx),
      now,
    });
    await emit(tx, 'device.unexpected', { identifier: code, locationId, discrepancyId: d?.id ?? null }, `${code}:${now.getTime()}`);
  });
  return { code, outcome: 'unexpected', deviceId: null, status: null };
}

async function receiveExpected(deps: FacilityDeps, ctx: Ctx, deviceId: number, code: string, locationId: number | null): Promise<ScanResult> {
  const device = await deps.tradeins.getDevice(ctx, deviceId);
  if (!device || !RECEIVABLE.includes(device.status)) {
    return recordUnexpected(ctx, code, locationId);
  }
  if (normalizeScan(device.deviceIdentifier) === code) return markReceived(deps, ctx, device, code, locationId);
  // The label says one device, the bench finds another: receive it and hold it for fraud review.
  const now = ctx.clock.now();
  return withTransaction(ctx, async (tx) => {
    await deps.tradeins.transitionDevice(tx, device.id, 'Received', { from: RECEIVABLE, source: 'facility', data: { locationId, scanned: code } });
    await deps.tradeins.transitionDevice(tx, device.id, 'Fraud', {
      from: ['Received'],
      source: 'facility',
      note: `identifier mismatch: registered ${device.deviceIdentifier}, found ${code}`,
    });
    await repo.insertReceipt(tx, { deviceId: device.id, code, outcome: 'mismatch', locationId, userId: actorUserId(tx), now });
    await repo.insertDiscrepancy(tx, {
      kind: 'identifier_mismatch',
      deviceId: device.id,
      identifier: code,
      packageCode: null,
      locationId,
      status: 'open',
      photoIds: [],
      note: null,
      data: { registered: device.deviceIdentifier, found: code },
      userId: actorUserId(tx),
      now,
    });
    await emit(tx, 'device.received', { deviceId: device.id, tradeInId: device.tradeInId, locationId }, `${device.id}`);
    await emit(
      tx,
      'device.fraud',
      { deviceId: device.id, reason: 'identifier_mismatch', registered: device.deviceIdentifier, found: code },
      `${device.id}:mismatch`,
    );
    return { code, outcome: 'mismatch' as const, deviceId: device.id, status: 'Fraud' as const, reason: 'identifier_mismatch' };
  });
}

async function markReceived(deps: FacilityDeps, ctx: Ctx, device: TradeInDevice, code: string, locationId: number | null): Promise<ScanResult> {
  const now = ctx.clock.now();
  const moved = await withTransaction(ctx, async (tx) => {
    const ok = await deps.tradeins.transitionDevice(tx, device.id, 'Received', {
      from: RECEIVABLE,
      source: 'facility',
      data: { locationId, receivedBy: actorUserId(tx) },
    });
    if (!ok) return false;
    await repo.insertReceipt(tx, { deviceId: device.id, code, outcome: 'received', locationId, userId: actorUserId(tx), now });
    await emit(tx, 'device.received', { deviceId: device.id, tradeInId: device.tradeInId, locationId, receivedAt: now.toISOString() }, `${device.id}`);
    return true;
  });
  if (!moved) {
    const current = await deps.tradeins.getDevice(ctx, device.id);
    return { code, outcome: 'already', deviceId: device.id, status: current?.status ?? null };
  }
  const hit = await diligenceHit(deps, ctx, device);
  if (!hit) return { code, outcome: 'received', deviceId: device.id, status: 'Received' };
  await withTransaction(ctx, async (tx) => {
    await deps.tradeins.transitionDevice(tx, device.id, 'Fraud', { from: ['Received'], source: 'facility', note: hit, data: { check: 'receipt' } });
    await repo.insertReceipt(tx, { deviceId: device.id, code, outcome: 'fraud', locationId, userId: actorUserId(tx), now });
    await repo.insertDiscrepancy(tx, {
      kind: 'fraud_hit',
      deviceId: device.id,
      identifier: device.deviceIdentifier,
      packageCode: null,
      locationId,
      status: 'open',
      photoIds: [],
      note: hit,
      data: {},
      userId: actorUserId(tx),
      now,
    });
    await emit(tx, 'device.fraud', { deviceId: device.id, reason: hit }, `${device.id}:receipt`);
  });
  return { code, outcome: 'fraud', deviceId: device.id, status: 'Fraud', reason: hit };
}

/** Due diligence again at receipt: a failed fraud check or a lost/stolen Find-My is a hit. */
async function diligenceHit(deps: FacilityDeps, ctx: Ctx, device: TradeInDevice): Promise<string | null> {
  await deps.diligence.checks.check(ctx, { itemIdentifier: device.deviceIdentifier, modelId: device.variantId, fmipAttestation: null });
  const report = await deps.diligence.checks.latestReportFor(ctx, { itemIdentifier: device.deviceIdentifier, variantId: device.variantId });
  if (!report) return null;
  if (report.fraud === 'Failed') return 'due diligence failed at receipt (blocklist or fraud check)';
  if (report.fmip === 'Lost') return 'Find My reports the device lost';
  return null;
}
