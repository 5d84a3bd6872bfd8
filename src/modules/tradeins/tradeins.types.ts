/** The records of the trade-in module as use cases and other modules see them. */
import type { Ctx } from '../../platform/context.js';
import type { DataFieldValue, VatScheme } from './ports.js';
import type { DeviceStatus } from './state-machine.js';

/** What a status change records in the device's history besides from/to. */
export interface DeviceEventMeta {
  actor?: Ctx['actor'];
  source?: string;
  note?: string | null;
  data?: Record<string, unknown>;
}

/** One entry of a device's status history. */
export interface DeviceEvent {
  id: number;
  deviceId: number;
  fromStatus: DeviceStatus | null;
  toStatus: DeviceStatus;
  actorKind: string;
  actorUserId: number | null;
  source: string | null;
  note: string | null;
  data: Record<string, unknown>;
  createdAt: Date;
}

export type TradeInKind = 'final' | 'temporary';
export type FmipStatus = 'Activated' | 'NotActivated' | 'NotApplicable';
export type FmipSource = 'check' | 'attestation' | 'client';
export type TradeInStatus = 'Registered' | 'Temporary' | 'Confirmed' | 'Cancelled' | 'Completed';

/** One device of a trade-in (the shape the lifecycle contract exposes, plus what the PDF needs). */
export interface TradeInDevice {
  id: number;
  tradeInId: number;
  position: number;
  status: DeviceStatus;
  deviceIdentifier: string;
  quoteId: string;
  variantId: number;
  itemGroupKey: string | null;
  productName: string;
  gradeKey: string;
  gradeName: string;
  offeredPriceMinor: number;
  offeredPriceInclVatMinor: number;
  currency: string;
  exchangeRate: number;
  baseCurrency: string;
  basePriceMinor: number;
  campaignId: number | null;
  breakdown: { code: string; label: string; amountMinor: number }[];
  co2SavingKg: number;
  /** Find My at registration and who said it (`client` = declared in the price quote, verify on receipt). */
  fmipStatus: FmipStatus | null;
  fmipSource: FmipSource | null;
  deviceBonusInclVatMinor: number;
  /** The campaign's deal bonus (next purchase), not part of the price. */
  dealBonusInclVatMinor: number;
  finalPriceMinor: number | null;
  finalGrade: string | null;
  finalReason: string | null;
  valuationCount: number;
  decision: 'approved' | 'rejected' | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface TradeIn {
  id: number;
  kind: TradeInKind;
  status: TradeInStatus;
  source: 'retail' | 'order' | 'upgrade';
  isCorporate: boolean;
  organizationName: string | null;
  clientFirstName: string | null;
  clientLastName: string | null;
  agentUserId: number | null;
  agentRef: string | null;
  locationId: number | null;
  locationRef: string | null;
  tradeInRef: string | null;
  campaignId: number | null;
  vatScheme: VatScheme;
  customDataFields: DataFieldValue[];
  expiresAt: Date | null;
  confirmedTradeInId: number | null;
  tempTradeInId: number | null;
  cancelledAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  devices: TradeInDevice[];
}

/** What a new trade-in is inserted with: the record without its generated and later fields. */
export type NewTradeIn = Omit<TradeIn, 'id' | 'confirmedTradeInId' | 'cancelledAt' | 'createdAt' | 'updatedAt' | 'devices'> & { now: Date };

export type NewDevice = Omit<TradeInDevice, 'finalPriceMinor' | 'finalGrade' | 'finalReason' | 'valuationCount' | 'decision' | 'createdAt' | 'updatedAt'>;

export interface DeviceFilter {
  /** Only devices of trade-ins at this location (a location-bound API key). */
  locationId?: number;
  status?: DeviceStatus;
  identifier?: string;
  tradeInId?: number;
  from?: Date;
  to?: Date;
  page: number;
  pageSize: number;
}

export interface TradeInFilter {
  status?: TradeInStatus;
  locationId?: number;
  tradeInRef?: string;
  from?: Date;
  to?: Date;
  page: number;
  pageSize: number;
}
