import type { Ctx } from '../../../platform/context.js';
import type { LogisticsDeps } from '../deps.js';
import { LogisticsErrors as E } from '../logistics.errors.js';
import { logisticsRepository as repo, type PackageRecord, type PackageStatus } from '../logistics.repository.js';

/** GetPackageDetails: N060001 when unknown. */
export async function getPackage(_deps: LogisticsDeps, ctx: Ctx, id: number): Promise<PackageRecord> {
  if (!id) throw E.B060013();
  const pkg = await repo.findPackage(ctx, id);
  if (!pkg) throw E.N060001();
  return pkg;
}

export function listPackages(_deps: LogisticsDeps, ctx: Ctx, f: { status?: PackageStatus; locationId?: number; limit: number; offset: number }) {
  return repo.listPackages(ctx, f);
}

/** A package scanned at the facility, with its devices' identifiers and statuses (null: unknown). */
export interface PackageLookup {
  id: number;
  identifier: string;
  status: PackageStatus;
  shipmentId: number | null;
  devices: { tradeInDeviceId: number; deviceIdentifier: string; status: string }[];
}

export async function findPackageByIdentifier(deps: LogisticsDeps, ctx: Ctx, identifier: string): Promise<PackageLookup | null> {
  const pkg = await repo.findPackageByIdentifier(ctx, identifier.trim());
  if (!pkg) return null;
  const devices = await deps.devices.findShippableDevices(ctx, pkg.deviceIds);
  return {
    id: pkg.id,
    identifier: pkg.identifier,
    status: pkg.status,
    shipmentId: pkg.shipmentId,
    devices: devices.map((d) => ({ tradeInDeviceId: d.id, deviceIdentifier: d.deviceIdentifier, status: d.status })),
  };
}
