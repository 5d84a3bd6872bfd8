import type { PostalAddressInput } from '../label-renderer.js';
/** Logistics records as the use cases see them (rows are mapped in `rows.ts`). */
export type FlowType = 'tradein' | 'return' | 'mailin';
export type PackageStatus = 'Open' | 'Packed' | 'Shipped' | 'Delivered' | 'Cancelled';
export type ShipmentStatus = 'Ready' | 'LabelCreated' | 'InTransit' | 'Delivered' | 'Cancelled';
export const SHIPMENT_STATUSES: readonly ShipmentStatus[] = ['Ready', 'LabelCreated', 'InTransit', 'Delivered', 'Cancelled'];

export interface PackageDimension {
  id: number;
  name: string;
  lengthMm: number;
  widthMm: number;
  heightMm: number;
  tareWeightG: number;
  isDefault: boolean;
  isActive: boolean;
}

export interface ShippingRoute {
  id: number;
  priority: number;
  fromLocationId: number | null;
  countryCode: string | null;
  facilityLocationId: number;
}

export interface PackageRecord {
  id: number;
  name: string;
  identifier: string;
  dimensionId: number | null;
  locationId: number | null;
  locationRef: string | null;
  agentUserId: number | null;
  agentRef: string | null;
  status: PackageStatus;
  flowType: FlowType;
  destinationLocationId: number | null;
  isInternal: boolean;
  /** The live shipment it is in, if any. */
  shipmentId: number | null;
  /** Devices currently in it (for delivered packages: the devices it carried). */
  deviceIds: number[];
  createdAt: Date;
  updatedAt: Date;
}

/** A postal address as stored on shipments (sender, recipient). */
export type Address = PostalAddressInput;

export interface ShipmentRecord {
  id: number;
  name: string;
  locationId: number | null;
  locationRef: string | null;
  agentUserId: number | null;
  agentRef: string | null;
  status: ShipmentStatus;
  flowType: FlowType;
  destinationLocationId: number | null;
  reference: string | null;
  fromAddress: Address | null;
  toAddress: Address | null;
  carrier: string | null;
  externalId: string | null;
  trackingNumber: string | null;
  labelKey: string | null;
  labelCreatedAt: Date | null;
  packageIds: number[];
  createdAt: Date;
  updatedAt: Date;
}

export interface ShipmentEvent {
  id: number;
  shipmentId: number;
  status: string;
  source: string;
  note: string | null;
  externalEventId: string | null;
  occurredAt: Date;
  createdAt: Date;
}
