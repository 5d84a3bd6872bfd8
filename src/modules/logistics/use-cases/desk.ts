import type { Ctx } from '../../../platform/context.js';
import type { LogisticsDeps } from '../deps.js';
import { LogisticsErrors as E } from '../logistics.errors.js';
import { createLabel } from './create-label.js';
import { logisticsRepository as repo, type PackageRecord, type PackageStatus, type ShipmentRecord, type ShipmentStatus } from '../logistics.repository.js';

/**
 * The back office's logistics desk. An agent sees only their own stores (the locations they are
 * assigned to, and their key's); every other staff role sees the whole tenant. Enforced here, not
 * in the browser: lists are narrowed, another store's location is N610012, another store's
 * shipment or package is "not found".
 */
export async function visibleLocations(deps: LogisticsDeps, ctx: Ctx): Promise<number[] | null> {
  if (ctx.actor.role !== 'agent') return null;
  const ids = new Set<number>();
  if (ctx.actor.locationId) ids.add(ctx.actor.locationId);
  const user = ctx.actor.userId ? await deps.org.users.findById(ctx, ctx.actor.userId) : null;
  for (const id of user?.locationIds ?? []) ids.add(id);
  return [...ids].sort((a, b) => a - b);
}

/** The location a desk request works on: the one asked for (if the actor may), else an agent's first store. */
async function deskLocation(deps: LogisticsDeps, ctx: Ctx, locationId: number | null | undefined): Promise<{ locationId: number | undefined; none: boolean }> {
  const visible = await visibleLocations(deps, ctx);
  if (visible === null) return { locationId: locationId ?? undefined, none: false };
  if (locationId !== null && locationId !== undefined) {
    if (!visible.includes(locationId)) throw E.N610012({ id: locationId });
    return { locationId, none: false };
  }
  return { locationId: visible[0], none: visible.length === 0 };
}

async function assertVisible(deps: LogisticsDeps, ctx: Ctx, locationId: number | null, notFound: () => Error): Promise<void> {
  const visible = await visibleLocations(deps, ctx);
  if (visible !== null && (locationId === null || !visible.includes(locationId))) throw notFound();
}

export async function deskPackages(
  deps: LogisticsDeps,
  ctx: Ctx,
  f: { status?: PackageStatus; locationId?: number | null; limit: number },
): Promise<PackageRecord[]> {
  const at = await deskLocation(deps, ctx, f.locationId);
  if (at.none) return [];
  return (await repo.listPackages(ctx, { status: f.status, locationId: at.locationId, limit: f.limit, offset: 0 })).rows;
}

export async function deskShipments(
  deps: LogisticsDeps,
  ctx: Ctx,
  f: { status?: ShipmentStatus; locationId?: number | null; limit: number },
): Promise<ShipmentRecord[]> {
  const at = await deskLocation(deps, ctx, f.locationId);
  if (at.none) return [];
  return (await repo.listShipments(ctx, { status: f.status, locationId: at.locationId, limit: f.limit, offset: 0 })).rows;
}

/** A shipment the actor may see (N080001 for another store's). */
export async function deskShipment(deps: LogisticsDeps, ctx: Ctx, id: number): Promise<ShipmentRecord> {
  const s = await repo.findShipment(ctx, id);
  if (!s) throw E.N080001();
  await assertVisible(deps, ctx, s.locationId, () => E.N080001());
  return s;
}

/** A package the actor may see (N060001 for another store's). */
export async function deskPackage(deps: LogisticsDeps, ctx: Ctx, id: number): Promise<PackageRecord> {
  const p = await repo.findPackage(ctx, id);
  if (!p) throw E.N060001();
  await assertVisible(deps, ctx, p.locationId, () => E.N060001());
  return p;
}

/** Registered devices of a store, waiting to be packed at the end of the day (an agent: their store only). */
export async function devicesToPack(deps: LogisticsDeps, ctx: Ctx, locationId: number | null | undefined) {
  const at = await deskLocation(deps, ctx, locationId);
  if (at.none || at.locationId === undefined || !deps.devices.registeredAt) return { locationId: at.locationId ?? null, devices: [] };
  return { locationId: at.locationId, devices: await deps.devices.registeredAt(ctx, at.locationId, 200) };
}

/** The location a package or shipment of the desk is made at: checked for agents. */
export async function deskPackingLocation(deps: LogisticsDeps, ctx: Ctx, locationId: number): Promise<number> {
  const at = await deskLocation(deps, ctx, locationId);
  return at.locationId ?? locationId;
}

/** For routes that answer their own "not found": refuses (as `notFound`) only another store's existing shipment. */
export async function assertShipmentVisible(deps: LogisticsDeps, ctx: Ctx, id: number, notFound: () => Error): Promise<void> {
  const visible = await visibleLocations(deps, ctx);
  if (visible === null) return;
  const s = await repo.findShipment(ctx, id);
  if (s && (s.locationId === null || !visible.includes(s.locationId))) throw notFound();
}

/** Prints the label of a store's shipment from the store's own address (the sender); an agent: their store's only. */
export async function deskLabel(deps: LogisticsDeps, ctx: Ctx, id: number, source: string): Promise<{ url: string; expiresAt: Date }> {
  const s = await deskShipment(deps, ctx, id);
  const location = s.locationId ? await deps.org.locations.findById(ctx, s.locationId) : null;
  const a = location?.address ?? {};
  return createLabel(
    deps,
    ctx,
    s.id,
    {
      locationId: s.locationId,
      locationAddress: {
        countryCode: a.countryCode ?? null,
        city: a.city ?? null,
        postCode: a.postCode ?? null,
        street1: a.street1 ?? null,
        street2: a.street2 ?? null,
        phoneNumber: a.phone ?? null,
      },
    },
    source,
  );
}
