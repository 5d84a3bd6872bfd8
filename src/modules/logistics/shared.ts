import { publishEvent } from '../../platform/outbox/index.js';
import { randomToken } from '../../platform/ids/index.js';
import type { Ctx } from '../../platform/context.js';
import type { DeviceStatus, ShippableDevice } from '../tradeins/index.js';
import type { LogisticsDeps, LocationView } from './deps.js';
import { LogisticsErrors as E } from './logistics.errors.js';
import { logisticsRepository as repo, type Address, type FlowType, type PackageRecord, type ShipmentRecord } from './logistics.repository.js';
import { LogisticsSettings } from './logistics.settings.js';

export const SOURCE = 'logistics';

/** Devices already on their way or past shipping: B060018 ("wrong step"). */
const PAST_SHIPPING: readonly DeviceStatus[] = ['Shipped', 'Received', 'Inspected', 'Valuated', 'Accepted', 'Completed', 'Returned'];

/** A device's shipping flow: devices waiting to go back to their customer travel as returns. */
export const flowOf = (d: ShippableDevice): FlowType => (d.status === 'ReturnRequested' ? 'return' : 'tradein');

/** The agent (a staff user by public id; default the API key's user), B060016/N080004 when unknown. */
export async function resolveAgent(deps: LogisticsDeps, ctx: Ctx, agentId: string | number | null | undefined, fail: () => Error): Promise<number | null> {
  if (agentId === null || agentId === undefined || agentId === '') {
    return ctx.actor.kind === 'apikey' || (ctx.actor.kind === 'user' && ctx.actor.role !== 'customer') ? (ctx.actor.userId ?? null) : null;
  }
  const user = await deps.org.users.findByUid(ctx, String(agentId));
  if (!user || user.role === 'customer') throw fail();
  return user.id;
}

/** The location (default the API key's), B060005/N080003 when unknown. */
export async function resolveLocation(deps: LogisticsDeps, ctx: Ctx, locationId: number | null | undefined, fail: () => Error): Promise<LocationView | null> {
  const id = locationId === null || locationId === undefined || locationId === 0 ? (ctx.actor.locationId ?? null) : locationId;
  if (id === null) return null;
  const location = Number.isSafeInteger(id) ? await deps.org.locations.findById(ctx, id) : null;
  if (!location) throw fail();
  return location;
}

/**
 * The facility a device from `locationId` goes to: the first routing rule (by priority) matching
 * the store or its country, else the tenant's only (or first) active facility. Null: none configured.
 */
export async function destinationFor(deps: LogisticsDeps, ctx: Ctx, locationId: number | null): Promise<number | null> {
  const routes = await repo.listRoutes(ctx);
  if (routes.length > 0) {
    const location = locationId ? await deps.org.locations.findById(ctx, locationId) : null;
    const country = location?.address.countryCode?.toUpperCase() ?? null;
    const hit = routes.find(
      (r) => (r.fromLocationId === null || r.fromLocationId === locationId) && (r.countryCode === null || r.countryCode.toUpperCase() === country),
    );
    if (hit) return hit.facilityLocationId;
  }
  const facilities = (await deps.org.locations.list(ctx)).filter((l) => l.isActive && l.kind === 'facility');
  return facilities[0]?.id ?? null;
}

export interface CheckedDevices {
  devices: ShippableDevice[];
  flowType: FlowType;
  destinationLocationId: number | null;
}

/**
 * Every rule for putting devices in a package (seed §12 CreatePackageApi/AddItemsApi), in the
 * order the codes are checked. `mode` picks the "unknown device" code (B060008 create, B060012
 * add); `into` is the package devices are added to (its flow type and destination must match).
 * Trade-in devices must be Registered; devices waiting to go back (ReturnRequested) travel as returns.
 */
export async function checkDevicesForPacking(
  deps: LogisticsDeps,
  ctx: Ctx,
  ids: number[] | null | undefined,
  mode: 'create' | 'add',
  into?: { flowType: FlowType; destinationLocationId: number | null },
): Promise<CheckedDevices> {
  if (!ids || ids.length === 0) throw E.B060009();
  const seen = new Set<number>();
  for (const id of ids) {
    if (seen.has(id)) throw E.B060017({ id });
    seen.add(id);
  }
  const found = await deps.devices.findShippableDevices(ctx, ids);
  const byId = new Map(found.map((d) => [d.id, d]));
  const devices: ShippableDevice[] = [];
  for (const id of ids) {
    const d = byId.get(id);
    if (!d) throw mode === 'create' ? E.B060008({ id }) : E.B060012({ id });
    devices.push(d);
  }
  for (const d of devices) if (d.status === 'Cancelled' || d.status === 'Withheld') throw E.B060015({ id: d.id });
  const flows = new Set(devices.map(flowOf));
  if (flows.size > 1) throw E.B060021();
  const flowType = [...flows][0];
  if (into) for (const d of devices) if (flowOf(d) !== into.flowType) throw E.B060023({ id: d.id });
  // Returns go to the customer (no facility); trade-ins to the facility their store routes to.
  const destinationOf = new Map<number, number | null>();
  for (const d of devices) destinationOf.set(d.id, flowType === 'return' ? null : await destinationFor(deps, ctx, d.locationId));
  if (new Set(destinationOf.values()).size > 1) throw E.B060020();
  if (into) for (const d of devices) if (destinationOf.get(d.id) !== into.destinationLocationId) throw E.B060024({ id: d.id });
  for (const d of devices) {
    if (d.status === 'Packed') throw E.C060001({ id: d.id });
    if (flowType === 'return') continue;
    if (PAST_SHIPPING.includes(d.status)) throw E.B060018({ id: d.id });
    if (d.status !== 'Registered') throw E.B060019({ id: d.id });
  }
  if (flowType === 'tradein') {
    const holdMs = LogisticsSettings.read(ctx.tenant).holdHoursAfterRegistration * 3_600_000;
    const now = ctx.clock.now().getTime();
    for (const d of devices) if (d.registeredAt.getTime() + holdMs > now) throw E.B060026({ id: d.id });
  }
  return { devices, flowType, destinationLocationId: destinationOf.get(devices[0].id) ?? null };
}

/** Unique-index violations mapped to the seed's codes (the loser of a race). */
export function uniqueViolation(err: unknown): string | null {
  if (!err || typeof err !== 'object') return null;
  const e = err as { code?: string; constraint?: string; message?: string };
  if (e.code !== '23505') return null;
  for (const name of ['package_items_live_device', 'shipment_packages_live_package', 'packages_identifier']) {
    if (e.constraint === name || String(e.message ?? '').includes(name)) return name;
  }
  return 'unknown';
}

/** A domain event for integrators (through the outbox, in the caller's transaction). */
export function publish(ctx: Ctx, type: string, data: Record<string, unknown>, key: string | number): Promise<number> {
  return publishEvent(ctx.db, { tenantId: ctx.tenant.id, type, data, occurredAt: ctx.clock.now(), dedupeKey: `${ctx.tenant.id}:${type}:${key}` });
}

/** Writes one step of a shipment's history and publishes it (`shipment.<step>`). */
export async function recordStep(
  ctx: Ctx,
  shipment: Pick<ShipmentRecord, 'id' | 'name'>,
  status: string,
  type: string,
  meta: { source: string; note?: string | null; externalEventId?: string | null; occurredAt?: Date; data?: Record<string, unknown> },
): Promise<number | null> {
  const now = ctx.clock.now();
  const eventId = await repo.insertEvent(
    ctx,
    {
      shipmentId: shipment.id,
      status,
      source: meta.source,
      note: meta.note ?? null,
      externalEventId: meta.externalEventId ?? null,
      occurredAt: meta.occurredAt ?? now,
    },
    now,
  );
  if (eventId === null) return null;
  await publish(ctx, type, { shipmentId: shipment.id, name: shipment.name, status, source: meta.source, ...meta.data }, `${shipment.id}:${eventId}`);
  return eventId;
}

export function packageEventData(p: PackageRecord): Record<string, unknown> {
  return { packageId: p.id, identifier: p.identifier, status: p.status, deviceIds: p.deviceIds, shipmentId: p.shipmentId };
}

/** A temporary unique identifier until the package has its id (`PKG-<id>`). */
export const pendingIdentifier = () => `pending-${randomToken(12)}`;

/** An address from a location's stored address (null when it misses street, post code, city or country). */
export function locationAddress(l: LocationView | null, fallbackName: string): Address | null {
  if (!l) return null;
  const a = l.address;
  if (!a.street1 || !a.city || !a.postCode || !a.countryCode) return null;
  return {
    name: l.name || fallbackName,
    street1: a.street1,
    street2: a.street2 ?? null,
    postCode: a.postCode,
    city: a.city,
    countryCode: a.countryCode,
    phone: a.phone ?? null,
  };
}

/** B610009 unless an address has name, street, post code, city and country. */
export function requireAddress(a: Partial<Address> | null | undefined): Address {
  if (!a || !a.name?.trim() || !a.street1?.trim() || !a.postCode?.trim() || !a.city?.trim() || !a.countryCode?.trim()) throw E.B610009();
  return {
    name: a.name,
    street1: a.street1,
    street2: a.street2 ?? null,
    postCode: a.postCode,
    city: a.city,
    countryCode: a.countryCode,
    phone: a.phone ?? null,
    email: a.email ?? null,
  };
}
