import type { Ctx } from '../../platform/context.js';
import type { ObjectStorage } from '../../platform/storage/index.js';
import type { DeviceStatus, DeviceTransitionMeta, ShippableDevice } from '../tradeins/index.js';
import type { Carrier } from './carriers/carrier.js';

/** The devices logistics moves (the trade-ins module's public face, narrowed). */
export interface DevicesPort {
  findShippableDevices(ctx: Ctx, ids: number[]): Promise<ShippableDevice[]>;
  transitionDevices(ctx: Ctx, ids: number[], to: DeviceStatus, meta: DeviceTransitionMeta): Promise<number[]>;
  tradeInDeviceIds(ctx: Ctx, tradeInId: number): Promise<number[] | null>;
  /** Registered devices of trade-ins made at a location (waiting to be packed), newest first. */
  registeredAt?(ctx: Ctx, locationId: number, limit: number): Promise<ShippableDevice[]>;
}

export interface LocationView {
  id: number;
  name: string;
  kind: 'store' | 'warehouse' | 'facility';
  address: { street1?: string; street2?: string; city?: string; postCode?: string; countryCode?: string; phone?: string };
  isActive: boolean;
}

/** Locations and users of the tenant (the org module's public face, narrowed). */
export interface OrgPort {
  locations: { findById(ctx: Ctx, id: number): Promise<LocationView | null>; list(ctx: Ctx): Promise<LocationView[]> };
  users: {
    findByUid(ctx: Ctx, uid: string): Promise<{ id: number; role: string } | null>;
    findById(ctx: Ctx, id: number): Promise<{ id: number; role: string; locationIds: number[] } | null>;
  };
}

export interface LogisticsDeps {
  devices: DevicesPort;
  org: OrgPort;
  storage: ObjectStorage;
  carriers: Record<Carrier['name'], Carrier>;
  /** Signs label download and tracking links. */
  secret: string;
  publicUrl: string;
}
