import type { PackageDimension, PackageRecord, ShipmentEvent, ShipmentRecord, ShippingRoute } from './records.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- row shapes are mapped field by field below */
export const mapDimension = (r: any): PackageDimension => ({
  id: r.id,
  name: r.name,
  lengthMm: r.length_mm,
  widthMm: r.width_mm,
  heightMm: r.height_mm,
  tareWeightG: r.tare_weight_g,
  isDefault: r.is_default,
  isActive: r.is_active,
});
export const mapRoute = (r: any): ShippingRoute => ({
  id: r.id,
  priority: r.priority,
  fromLocationId: r.from_location_id,
  countryCode: r.country_code,
  facilityLocationId: r.facility_location_id,
});
export const mapPackage = (r: any): PackageRecord => ({
  id: r.id,
  name: r.name,
  identifier: r.identifier,
  dimensionId: r.dimension_id,
  locationId: r.location_id,
  locationRef: r.location_ref,
  agentUserId: r.agent_user_id,
  agentRef: r.agent_ref,
  status: r.status,
  flowType: r.flow_type,
  destinationLocationId: r.destination_location_id,
  isInternal: r.is_internal,
  shipmentId: r.shipment_id ?? null,
  deviceIds: (r.device_ids ?? []).map(Number),
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
});
export const mapShipment = (r: any): ShipmentRecord => ({
  id: r.id,
  name: r.name,
  locationId: r.location_id,
  locationRef: r.location_ref,
  agentUserId: r.agent_user_id,
  agentRef: r.agent_ref,
  status: r.status,
  flowType: r.flow_type,
  destinationLocationId: r.destination_location_id,
  reference: r.reference,
  fromAddress: r.from_address,
  toAddress: r.to_address,
  carrier: r.carrier,
  externalId: r.external_id,
  trackingNumber: r.tracking_number,
  labelKey: r.label_key,
  labelCreatedAt: r.label_created_at ? new Date(r.label_created_at) : null,
  packageIds: (r.package_ids ?? []).map(Number),
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
});
export const mapEvent = (r: any): ShipmentEvent => ({
  id: Number(r.id),
  shipmentId: r.shipment_id,
  status: r.status,
  source: r.source,
  note: r.note,
  externalEventId: r.external_event_id,
  occurredAt: new Date(r.occurred_at),
  createdAt: new Date(r.created_at),
});
/* eslint-enable @typescript-eslint/no-explicit-any */

// Delivered packages keep showing the devices they carried (their items are no longer live).
export const PACKAGE_SELECT = `SELECT p.*,
  (SELECT sp.shipment_id FROM shipment_packages sp WHERE sp.tenant_id = p.tenant_id AND sp.package_id = p.id AND (sp.live OR p.status = 'Delivered') ORDER BY sp.id DESC LIMIT 1) AS shipment_id,
  COALESCE((SELECT array_agg(i.device_id ORDER BY i.id) FROM package_items i WHERE i.package_id = p.id AND i.tenant_id = p.tenant_id
             AND (i.live OR (p.status = 'Delivered' AND i.removed_at IS NULL))), ARRAY[]::int[]) AS device_ids
  FROM packages p`;
export const SHIPMENT_SELECT = `SELECT s.*,
  COALESCE((SELECT array_agg(sp.package_id ORDER BY sp.id) FROM shipment_packages sp WHERE sp.shipment_id = s.id AND sp.tenant_id = s.tenant_id
             AND (sp.live OR s.status = 'Delivered')), ARRAY[]::int[]) AS package_ids
  FROM shipments s`;

export const validId = (id: number) => Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647;
