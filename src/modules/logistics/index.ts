/**
 * Logistics (seed 003 §9): packages of trade-in devices → shipments → labels, with each shipment's
 * tracking history. Devices move only through the trade-ins lifecycle (`DevicesPort`):
 * Registered → Packed (in a package) → Shipped (label printed) → delivered: ready for receiving.
 *
 * Carriers behind one port (`createLabel`, `cancelLabel`, `track`): `self-print` (our PDF label:
 * A6 or 4 × 6 in, Code 128 of the package identifier, QR to the tracking page) and `nshift`
 * (nShift Delivery / Unifaun REST API). Labels live in object storage behind signed, expiring links.
 *
 * Ports for other modules (keep these signatures): `findPackageByIdentifier`, `createReturnShipment`,
 * `createMailInLabel`, `recordShipmentEvent`. Every change publishes a domain event
 * (`package.*`, `shipment.*`; `shipment.delivered` carries the device ids).
 */
import type { Ctx } from '../../platform/context.js';
import type { ObjectStorage } from '../../platform/storage/index.js';
import type { Carrier } from './carriers/carrier.js';
import { nshiftCarrier } from './carriers/nshift.js';
import { selfPrintCarrier } from './carriers/self-print.js';
import { moduleBeside, type Renderer } from '../../platform/render/index.js';
import type { DevicesPort, LogisticsDeps, OrgPort } from './deps.js';
import { readLink, trackingLink } from './links.js';
import type { PackageStatus, ShipmentStatus } from './logistics.repository.js';
import { addPackageItems } from './use-cases/add-package-items.js';
import { cancelLabel } from './use-cases/cancel-label.js';
import { cancelPackage } from './use-cases/cancel-package.js';
import { cancelShipment } from './use-cases/cancel-shipment.js';
import { createLabel, type CreateLabelInput } from './use-cases/create-label.js';
import { createMailInLabel, type MailInLabelInput } from './use-cases/create-mail-in-label.js';
import { createPackage, type CreatePackageInput } from './use-cases/create-package.js';
import { createReturnShipment, type ReturnShipmentInput } from './use-cases/create-return-shipment.js';
import { createShipment, type CreateShipmentInput } from './use-cases/create-shipment.js';
import { createShipmentByTradeIn } from './use-cases/create-shipment-by-tradein.js';
import {
  assertShipmentVisible,
  deskLabel,
  deskPackage,
  deskPackages,
  deskPackingLocation,
  deskShipment,
  deskShipments,
  devicesToPack,
  visibleLocations,
} from './use-cases/desk.js';
import { downloadLabel, labelDownloadUrl } from './use-cases/download-label.js';
import { findPackageByIdentifier, getPackage, listPackages } from './use-cases/get-packages.js';
import { getShipment, listShipments, shipmentHistory } from './use-cases/get-shipments.js';
import {
  receiveCarrierEvent,
  recordShipmentEvent,
  type CarrierEventInput,
  type ShipmentEventMeta,
  type TrackingStatus,
} from './use-cases/record-shipment-event.js';
import { removePackageItem } from './use-cases/remove-package-item.js';
import { addDimension, addRoute, listDimensions, listFacilities, removeRoute, updateDimension } from './use-cases/shipping-config.js';
import { addShipmentPackages, updateShipment, type UpdateShipmentInput } from './use-cases/update-shipment.js';

import { LogisticsErrors } from './logistics.errors.js';

export { LogisticsErrors };
export { LogisticsSettings } from './logistics.settings.js';
export type { ShippingLabelInput, LabelAddress } from './label-renderer.js';
export { nshiftShipmentBody } from './carriers/nshift.js';
export { TRACKING_STATUSES, type TrackingStatus, type CarrierEventInput } from './use-cases/record-shipment-event.js';
export type { Carrier, CarrierLabel, CarrierLabelRequest, CarrierTrackingEvent } from './carriers/carrier.js';
export type { DevicesPort, OrgPort, LocationView } from './deps.js';
export type {
  PackageRecord,
  ShipmentRecord,
  ShipmentEvent,
  PackageDimension,
  ShippingRoute,
  PackageStatus,
  ShipmentStatus,
  FlowType,
  Address,
} from './logistics.repository.js';
export { SHIPMENT_STATUSES } from './logistics.repository.js';
export type { PackageLookup } from './use-cases/get-packages.js';
export type { CreatePackageInput, CreateShipmentInput, UpdateShipmentInput, CreateLabelInput, ReturnShipmentInput, MailInLabelInput };

export interface LogisticsModuleDeps {
  devices: DevicesPort;
  org: OrgPort;
  storage: ObjectStorage;
  secret: string;
  publicUrl: string;
  /** Replace carriers (tests, the render pool's self-print). */
  carriers?: Partial<Record<Carrier['name'], Carrier>>;
  /** Renders labels off the event loop (the container's render pool); inline without one. */
  renderer?: Renderer;
}

const LABEL_MODULE = moduleBeside(import.meta.url, 'label-renderer');

/** Wires the use cases to their dependencies; every method takes the request's `Ctx` first. */
export function createLogisticsModule(moduleDeps: LogisticsModuleDeps) {
  const deps: LogisticsDeps = {
    devices: moduleDeps.devices,
    org: moduleDeps.org,
    storage: moduleDeps.storage,
    secret: moduleDeps.secret,
    publicUrl: moduleDeps.publicUrl,
    carriers: {
      'self-print': selfPrintCarrier(
        moduleDeps.renderer ? (input) => moduleDeps.renderer!.render({ module: LABEL_MODULE, exportName: 'renderShippingLabel', input }) : undefined,
      ),
      nshift: nshiftCarrier(),
      ...moduleDeps.carriers,
    },
  };
  return {
    createPackage: (ctx: Ctx, input: CreatePackageInput) => createPackage(deps, ctx, input),
    addPackageItems: (ctx: Ctx, packageId: number, deviceIds: number[] | null | undefined) => addPackageItems(deps, ctx, packageId, deviceIds),
    removePackageItem: (ctx: Ctx, packageId: number, deviceId: number) => removePackageItem(deps, ctx, packageId, deviceId),
    cancelPackage: (ctx: Ctx, packageId: number) => cancelPackage(deps, ctx, packageId),
    getPackage: (ctx: Ctx, id: number) => getPackage(deps, ctx, id),
    listPackages: (ctx: Ctx, f: { status?: PackageStatus; locationId?: number; limit: number; offset: number }) => listPackages(deps, ctx, f),
    /** Port for the facility: a scanned package with its devices, or null. */
    findPackageByIdentifier: (ctx: Ctx, identifier: string) => findPackageByIdentifier(deps, ctx, identifier),
    createShipment: (ctx: Ctx, input: CreateShipmentInput) => createShipment(deps, ctx, input),
    updateShipment: (ctx: Ctx, id: number, input: UpdateShipmentInput) => updateShipment(deps, ctx, id, input),
    addShipmentPackages: (ctx: Ctx, id: number, packageIds: number[] | null | undefined) => addShipmentPackages(deps, ctx, id, packageIds),
    cancelShipment: (ctx: Ctx, id: number, source?: string) => cancelShipment(deps, ctx, id, source),
    getShipment: (ctx: Ctx, id: number) => getShipment(deps, ctx, id),
    listShipments: (ctx: Ctx, f: { status?: ShipmentStatus; locationId?: number; limit: number; offset: number }) => listShipments(deps, ctx, f),
    shipmentHistory: (ctx: Ctx, id: number) => shipmentHistory(deps, ctx, id),
    createShipmentByTradeIn: (ctx: Ctx, tradeInId: number) => createShipmentByTradeIn(deps, ctx, tradeInId),
    createLabel: (ctx: Ctx, shipmentId: number, input: CreateLabelInput) => createLabel(deps, ctx, shipmentId, input),
    cancelLabel: (ctx: Ctx, shipmentId: number, source?: string) => cancelLabel(deps, ctx, shipmentId, source),
    downloadLabel: (ctx: Ctx, shipmentId: number, opts?: { locationId?: number | null; labelKey?: string | null }) =>
      downloadLabel(deps, ctx, shipmentId, opts),
    labelDownloadUrl: (ctx: Ctx, shipmentId: number) => labelDownloadUrl(deps, ctx, shipmentId),
    trackingUrl: (ctx: Ctx, shipmentId: number) => trackingLink(deps, ctx, shipmentId),
    /** Reads a signed label or tracking link (N250006 when invalid or expired). */
    readLink: (token: string, now: Date, purpose: 'label' | 'track') => readLink(deps, token, now, purpose),
    /** Port: a tracking step from an admin, the CLI, a carrier or another module. */
    recordShipmentEvent: (ctx: Ctx, shipmentId: number, status: TrackingStatus, meta: ShipmentEventMeta) =>
      recordShipmentEvent(deps, ctx, shipmentId, status, meta),
    receiveCarrierEvent: (ctx: Ctx, input: CarrierEventInput) => receiveCarrierEvent(deps, ctx, input),
    /** Port for the facility: a return to the customer with its label. */
    createReturnShipment: (ctx: Ctx, input: ReturnShipmentInput) => createReturnShipment(deps, ctx, input),
    /** Port for the Upgrade portal: a customer's prepaid mail-in label to the facility. */
    createMailInLabel: (ctx: Ctx, input: MailInLabelInput) => createMailInLabel(deps, ctx, input),
    /** Back-office desk: an agent sees only their own stores (null = every location). */
    visibleLocations: (ctx: Ctx) => visibleLocations(deps, ctx),
    deskPackages: (ctx: Ctx, f: { status?: PackageStatus; locationId?: number | null; limit: number }) => deskPackages(deps, ctx, f),
    deskShipments: (ctx: Ctx, f: { status?: ShipmentStatus; locationId?: number | null; limit: number }) => deskShipments(deps, ctx, f),
    deskShipment: (ctx: Ctx, id: number) => deskShipment(deps, ctx, id),
    /** Another store's shipment is N260001 for an agent (histories). */
    assertHistoryVisible: (ctx: Ctx, id: number) => assertShipmentVisible(deps, ctx, id, () => LogisticsErrors.N260001({ id })),
    deskPackage: (ctx: Ctx, id: number) => deskPackage(deps, ctx, id),
    /** Prints a store's shipment label from the store's own address. */
    /** The label of a store's shipment from the store's own address (`source`: who asked, for its history). */
    deskLabel: (ctx: Ctx, id: number, source = 'admin') => deskLabel(deps, ctx, id, source),
    devicesToPack: (ctx: Ctx, locationId?: number | null) => devicesToPack(deps, ctx, locationId),
    deskPackingLocation: (ctx: Ctx, locationId: number) => deskPackingLocation(deps, ctx, locationId),
    listDimensions: (ctx: Ctx, includeInactive?: boolean) => listDimensions(deps, ctx, includeInactive),
    addDimension: (ctx: Ctx, d: Parameters<typeof addDimension>[2]) => addDimension(deps, ctx, d),
    updateDimension: (ctx: Ctx, id: number, patch: { isDefault?: boolean; isActive?: boolean }) => updateDimension(deps, ctx, id, patch),
    listFacilities: (ctx: Ctx) => listFacilities(deps, ctx),
    addRoute: (ctx: Ctx, r: Parameters<typeof addRoute>[2]) => addRoute(deps, ctx, r),
    removeRoute: (ctx: Ctx, id: number) => removeRoute(deps, ctx, id),
  };
}

export type LogisticsModule = ReturnType<typeof createLogisticsModule>;
