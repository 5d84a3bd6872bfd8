/**
 * Logistics' SQL, split by role under `repositories/`: `shipping-config` (dimensions, routes),
 * `packages` (packages and their items), `shipments` (shipments, their packages, labels),
 * `shipment-events` (records in `records.ts`, row mapping in `rows.ts`).
 * `logisticsRepository` is their union, as the use cases import it.
 */
import { packagesRepository } from './repositories/packages.repository.js';
import { shipmentEventsRepository } from './repositories/shipment-events.repository.js';
import { shipmentsRepository } from './repositories/shipments.repository.js';
import { shippingConfigRepository } from './repositories/shipping-config.repository.js';

export type {
  Address,
  FlowType,
  PackageDimension,
  PackageRecord,
  PackageStatus,
  ShipmentEvent,
  ShipmentRecord,
  ShipmentStatus,
  ShippingRoute,
} from './repositories/records.js';
export { SHIPMENT_STATUSES } from './repositories/records.js';

export const logisticsRepository = {
  ...shippingConfigRepository,
  ...packagesRepository,
  ...shipmentsRepository,
  ...shipmentEventsRepository,
};
