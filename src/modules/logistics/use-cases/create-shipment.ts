import { withTransaction, type Ctx } from '../../../platform/context.js';
import type { LogisticsDeps } from '../deps.js';
import { LogisticsErrors as E } from '../logistics.errors.js';
import { logisticsRepository as repo, type Address, type FlowType, type PackageRecord, type ShipmentRecord } from '../logistics.repository.js';
import { recordStep, resolveAgent, resolveLocation, SOURCE, uniqueViolation } from '../shared.js';

/** Seed 003 §9 CreateShipment, camel-cased. */
export interface CreateShipmentInput {
  name?: string | null;
  agentId?: string | number | null;
  agentRef?: string | null;
  locationId?: number | null;
  locationRef?: string | null;
  packagesIds?: number[] | null;
}

/**
 * Packages that may join a shipment (N080002 unknown, B080008 wrong step, B080001 in another
 * shipment, B080013 empty, B080010/B080009 mixed flow/destination, B610011 several locations).
 * `allowInternal` lets the system ship its own (return, mail-in) packages.
 */
export async function checkPackagesForShipment(ctx: Ctx, ids: number[] | null | undefined, allowInternal = false): Promise<PackageRecord[]> {
  if (!ids || ids.length === 0) throw E.B080003();
  const seen = new Set<number>();
  for (const id of ids) {
    if (seen.has(id)) throw E.B080007({ id });
    seen.add(id);
  }
  const found = new Map((await repo.findPackages(ctx, ids)).map((p) => [p.id, p]));
  const packages: PackageRecord[] = [];
  for (const id of ids) {
    const p = found.get(id);
    if (!p) throw E.N080002({ id });
    packages.push(p);
  }
  for (const p of packages) {
    if (p.shipmentId !== null) throw E.B080001({ id: p.id });
    if (p.status !== 'Open' || (p.isInternal && !allowInternal)) throw E.B080008({ id: p.id });
    if (p.deviceIds.length === 0 && p.flowType !== 'mailin') throw E.B080013({ id: p.id });
  }
  if (new Set(packages.map((p) => p.flowType)).size > 1) throw E.B080010();
  if (new Set(packages.map((p) => p.destinationLocationId)).size > 1) throw E.B080009();
  if (new Set(packages.map((p) => p.locationId)).size > 1) throw E.B610011();
  return packages;
}

/** Links checked packages to a shipment (Open → Packed) in the caller's transaction; B080001 for a race loser. */
export async function linkPackages(tx: Ctx, shipmentId: number, packages: PackageRecord[]): Promise<void> {
  const now = tx.clock.now();
  const ids = packages.map((p) => p.id);
  await repo.addPackages(tx, shipmentId, ids, now);
  const moved = await repo.setPackageStatus(tx, ids, ['Open'], 'Packed', now);
  if (moved.length !== ids.length) throw E.B080001({ id: ids.find((i) => !moved.includes(i)) });
}

/** Inserts a Ready shipment with its packages and its first history step (in the caller's transaction). */
export async function insertShipment(
  tx: Ctx,
  s: {
    name: string;
    locationId: number | null;
    locationRef: string | null;
    agentUserId: number | null;
    agentRef: string | null;
    flowType: FlowType;
    destinationLocationId: number | null;
    reference: string | null;
    fromAddress: Address | null;
    toAddress: Address | null;
  },
  packages: PackageRecord[],
  source: string,
): Promise<ShipmentRecord> {
  const id = await repo.insertShipment(tx, s, tx.clock.now());
  await linkPackages(tx, id, packages);
  const shipment = (await repo.findShipment(tx, id))!;
  await recordStep(tx, shipment, 'Ready', 'shipment.created', { source, data: { packageIds: shipment.packageIds, flowType: s.flowType } });
  return shipment;
}

/** CreateShipment: a Ready shipment of packages from one location going to one destination. */
export async function createShipment(deps: LogisticsDeps, ctx: Ctx, input: CreateShipmentInput, source = 'api'): Promise<number> {
  const name = input.name?.trim();
  if (!name) throw E.B080002();
  if (!input.packagesIds || input.packagesIds.length === 0) throw E.B080003();
  const agentUserId = await resolveAgent(deps, ctx, input.agentId, () => E.N080004());
  const explicit = input.locationId !== null && input.locationId !== undefined && input.locationId !== 0;
  const location = await resolveLocation(deps, ctx, input.locationId, () => E.N080003());
  const packages = await checkPackagesForShipment(ctx, input.packagesIds);
  // Packages from one location only: the shipment's (when named) must be theirs.
  if (explicit && location && packages.some((p) => p.locationId !== null && p.locationId !== location.id)) throw E.B610011();
  try {
    return await withTransaction(ctx, async (tx) => {
      const shipment = await insertShipment(
        tx,
        {
          name,
          locationId: packages[0].locationId ?? location?.id ?? null,
          locationRef: input.locationRef ?? null,
          agentUserId,
          agentRef: input.agentRef ?? null,
          flowType: packages[0].flowType,
          destinationLocationId: packages[0].destinationLocationId,
          reference: null,
          fromAddress: null,
          toAddress: null,
        },
        await checkPackagesForShipment(tx, input.packagesIds),
        source === 'api' ? SOURCE : source,
      );
      return shipment.id;
    });
  } catch (err) {
    if (uniqueViolation(err) === 'shipment_packages_live_package') throw E.B080001({ id: input.packagesIds[0] });
    throw err;
  }
}
