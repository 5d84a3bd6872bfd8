import { randomToken } from '../../../platform/ids/index.js';
import { withTransaction, type Ctx } from '../../../platform/context.js';
import type { CarrierLabel } from '../carriers/carrier.js';
import type { LogisticsDeps } from '../deps.js';
import { carrierDisplayName, labelCaptions } from '../label-captions.js';
import { labelLink, trackingLink } from '../links.js';
import { LogisticsErrors as E } from '../logistics.errors.js';
import { logisticsRepository as repo, type Address, type ShipmentRecord } from '../logistics.repository.js';
import { LogisticsSettings } from '../logistics.settings.js';
import { locationAddress, recordStep, SOURCE } from '../shared.js';

/** Seed §9 label request: the store's location and the address it ships from. */
export interface CreateLabelInput {
  locationId?: number | null;
  locationAddress?: {
    countryCode?: string | null;
    city?: string | null;
    postCode?: string | null;
    street1?: string | null;
    street2?: string | null;
    phoneNumber?: string | null;
  } | null;
}

/**
 * Books the label with the tenant's carrier, stores the document and moves the shipment to
 * LabelCreated (packages and trade-in devices to Shipped) — one transaction after the carrier call;
 * if another request won meanwhile, the carrier booking is cancelled again.
 */
export async function issueLabel(
  deps: LogisticsDeps,
  ctx: Ctx,
  s: ShipmentRecord,
  from: Address,
  to: Address,
  source: string,
): Promise<{ url: string; expiresAt: Date }> {
  const settings = LogisticsSettings.read(ctx.tenant);
  const carrier = deps.carriers[settings.carrier];
  if (!carrier.enabled(settings)) throw E.B230011();
  if (s.externalId) throw E.B230006({ id: s.id });
  const max = carrier.maxPackages(settings);
  if (max !== null && s.packageIds.length > max) throw E.B230009({ id: s.id });
  const packages = await repo.findPackages(ctx, s.packageIds);
  const dimensions = new Map((await repo.listDimensions(ctx, true)).map((d) => [d.id, d]));
  if (carrier.name === 'nshift' && packages.some((p) => p.isInternal && p.dimensionId === null)) throw E.B230010();
  const now = ctx.clock.now();
  const labelPackages = packages.map((p) => {
    const dim = p.dimensionId ? (dimensions.get(p.dimensionId) ?? null) : null;
    return {
      id: p.id,
      identifier: p.identifier,
      name: p.name,
      deviceCount: p.deviceIds.length,
      weightGrams: p.deviceIds.length * settings.deviceWeightGrams + (dim?.tareWeightG ?? 0),
      dimension: dim ? { lengthMm: dim.lengthMm, widthMm: dim.widthMm, heightMm: dim.heightMm } : null,
    };
  });
  let label: CarrierLabel;
  try {
    label = await carrier.createLabel(
      {
        reference: s.name,
        packages: labelPackages,
        label: {
          format: settings.labelFormat,
          programmeName: ctx.tenant.name,
          carrierName: carrierDisplayName(carrier.name, ctx.locale),
          shipmentId: s.id,
          shipmentName: s.name,
          trackingNumber: null,
          trackingUrl: trackingLink(deps, ctx, s.id),
          from,
          to,
          createdAt: now.toISOString(),
          packages: labelPackages.map(({ dimension: _d, ...p }) => p),
          captions: labelCaptions(ctx.locale),
        },
      },
      settings,
    );
  } catch (err) {
    throw E.I610005({ reason: (err as Error).message.slice(0, 200) });
  }
  const ext = label.contentType === 'application/pdf' ? 'pdf' : 'txt';
  const labelKey = `${ctx.tenant.id}/labels/${s.id}-${randomToken(9)}.${ext}`;
  await deps.storage.put(labelKey, Buffer.from(label.document), label.contentType);
  try {
    await withTransaction(ctx, async (tx) => {
      const moved = await repo.transitionShipment(tx, s.id, ['Ready'], 'LabelCreated', now, {
        carrier: carrier.name,
        externalId: label.externalId,
        trackingNumber: label.trackingNumber,
        labelKey,
        fromAddress: from,
        toAddress: to,
      });
      if (!moved) throw E.B230008({ id: s.id });
      await repo.setPackageStatus(tx, s.packageIds, ['Packed'], 'Shipped', now);
      const deviceIds = packages.flatMap((p) => p.deviceIds);
      if (s.flowType === 'tradein') {
        await deps.devices.transitionDevices(tx, deviceIds, 'Shipped', { from: ['Packed'], source: SOURCE, data: { shipmentId: s.id } });
      }
      await recordStep(tx, s, 'LabelCreated', 'shipment.label_created', {
        source,
        note: label.trackingNumber,
        data: { carrier: carrier.name, trackingNumber: label.trackingNumber, packageIds: s.packageIds, deviceIds },
      });
    });
  } catch (err) {
    await deps.storage.delete(labelKey);
    await carrier.cancelLabel(label.externalId, settings).catch(() => undefined);
    throw err;
  }
  return labelLink(deps, ctx, s.id, labelKey);
}

/** CreateShipmentLabel (seed §9): the DownloadUrl of a printable label for a Ready shipment. */
export async function createLabel(
  deps: LogisticsDeps,
  ctx: Ctx,
  shipmentId: number,
  input: CreateLabelInput,
  source = 'api',
): Promise<{ url: string; expiresAt: Date }> {
  const s = shipmentId ? await repo.findShipment(ctx, shipmentId) : null;
  if (!s) throw E.N230001({ id: shipmentId });
  let location = null;
  if (input.locationId !== null && input.locationId !== undefined && input.locationId !== 0) {
    location = Number.isSafeInteger(input.locationId) ? await deps.org.locations.findById(ctx, input.locationId) : null;
    if (!location) throw E.N230012({ id: input.locationId });
    if (s.locationId !== null && s.locationId !== location.id) throw E.B230003({ id: s.id });
  } else if (s.locationId !== null) {
    location = await deps.org.locations.findById(ctx, s.locationId);
  }
  if (s.status === 'Cancelled') throw E.B230004({ id: s.id });
  if (s.status !== 'Ready') throw E.B230008({ id: s.id });
  const a = input.locationAddress ?? {};
  if (!a.countryCode?.trim()) throw E.B230013();
  if (!a.city?.trim()) throw E.B230014();
  if (!a.postCode?.trim()) throw E.B230015();
  if (!a.street1?.trim()) throw E.B230016();
  const from: Address = {
    name: location?.name ?? ctx.tenant.name,
    street1: a.street1,
    street2: a.street2 ?? null,
    postCode: a.postCode,
    city: a.city,
    countryCode: a.countryCode.toUpperCase(),
    phone: a.phoneNumber ?? null,
  };
  const to =
    s.toAddress ?? (s.destinationLocationId ? locationAddress(await deps.org.locations.findById(ctx, s.destinationLocationId), ctx.tenant.name) : null);
  if (!to) throw E.B610001();
  return issueLabel(deps, ctx, s, from, to, source === 'api' ? SOURCE : source);
}
