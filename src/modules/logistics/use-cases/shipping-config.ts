import type { Ctx } from '../../../platform/context.js';
import type { LogisticsDeps, LocationView } from '../deps.js';
import { LogisticsErrors as E } from '../logistics.errors.js';
import { logisticsRepository as repo, type PackageDimension, type ShippingRoute } from '../logistics.repository.js';

/** Package dimensions of the tenant (PackageDimensionId of the seed). */
export function listDimensions(_deps: LogisticsDeps, ctx: Ctx, includeInactive = false): Promise<PackageDimension[]> {
  return repo.listDimensions(ctx, includeInactive);
}

export function addDimension(
  _deps: LogisticsDeps,
  ctx: Ctx,
  d: { name: string; lengthMm: number; widthMm: number; heightMm: number; tareWeightG?: number; isDefault?: boolean },
): Promise<PackageDimension> {
  return repo.insertDimension(
    ctx,
    { name: d.name, lengthMm: d.lengthMm, widthMm: d.widthMm, heightMm: d.heightMm, tareWeightG: d.tareWeightG ?? 0, isDefault: d.isDefault ?? false },
    ctx.clock.now(),
  );
}

/** Makes a dimension the default, or retires it (N610006 unknown). */
export async function updateDimension(
  _deps: LogisticsDeps,
  ctx: Ctx,
  id: number,
  patch: { isDefault?: boolean; isActive?: boolean },
): Promise<PackageDimension> {
  const d = await repo.updateDimension(ctx, id, patch);
  if (!d) throw E.N610006({ id });
  return d;
}

/** Destinations: the tenant's facilities and warehouses, and the routing rules choosing among them. */
export async function listFacilities(
  deps: LogisticsDeps,
  ctx: Ctx,
): Promise<{ facilities: LocationView[]; routes: ShippingRoute[]; defaultFacilityId: number | null }> {
  const facilities = (await deps.org.locations.list(ctx)).filter((l) => l.isActive && l.kind !== 'store');
  return { facilities, routes: await repo.listRoutes(ctx), defaultFacilityId: facilities.find((l) => l.kind === 'facility')?.id ?? null };
}

/** A routing rule: devices from a store (or a country) go to a facility (B610007 when it is a store). */
export async function addRoute(
  deps: LogisticsDeps,
  ctx: Ctx,
  r: { facilityLocationId: number; fromLocationId?: number | null; countryCode?: string | null; priority?: number },
): Promise<ShippingRoute> {
  const facility = await deps.org.locations.findById(ctx, r.facilityLocationId);
  if (!facility || facility.kind === 'store') throw E.B610007({ id: r.facilityLocationId });
  if (r.fromLocationId && !(await deps.org.locations.findById(ctx, r.fromLocationId))) throw E.B060005();
  return repo.insertRoute(
    ctx,
    {
      priority: r.priority ?? 100,
      fromLocationId: r.fromLocationId ?? null,
      countryCode: r.countryCode?.toUpperCase() ?? null,
      facilityLocationId: facility.id,
    },
    ctx.clock.now(),
  );
}

export async function removeRoute(_deps: LogisticsDeps, ctx: Ctx, id: number): Promise<void> {
  if (!(await repo.deleteRoute(ctx, id))) throw E.N610010({ id });
}
