import type { PackageRecord, ShipmentEvent, ShipmentRecord } from '../../modules/logistics/index.js';

/** Logistics records → the retail API's PascalCase JSON (seed 003 §9). */
export const packageJson = (p: PackageRecord) => ({
  Id: p.id,
  Name: p.name,
  Identifier: p.identifier,
  PackageDimensionId: p.dimensionId,
  AgentRef: p.agentRef,
  LocationId: p.locationId,
  LocationRef: p.locationRef,
  Status: p.status,
  FlowType: p.flowType,
  DestinationLocationId: p.destinationLocationId,
  ShipmentId: p.shipmentId,
  TradeInDeviceIds: p.deviceIds,
  CreatedDate: p.createdAt.toISOString(),
});

export const shipmentJson = (s: ShipmentRecord) => ({
  Id: s.id,
  Name: s.name,
  AgentRef: s.agentRef,
  LocationId: s.locationId,
  LocationRef: s.locationRef,
  Status: s.status,
  FlowType: s.flowType,
  DestinationLocationId: s.destinationLocationId,
  PackagesIds: s.packageIds,
  Carrier: s.carrier,
  TrackingNumber: s.trackingNumber,
  HasLabel: s.labelKey !== null,
  CreatedDate: s.createdAt.toISOString(),
  LabelCreatedDate: s.labelCreatedAt ? s.labelCreatedAt.toISOString() : null,
});

export const historyJson = (events: ShipmentEvent[]) =>
  events.map((e) => ({ Status: e.status, Date: e.occurredAt.toISOString(), Source: e.source, Note: e.note }));
