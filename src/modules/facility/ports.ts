import type { Clock } from '../../platform/clock/index.js';
import type { Ctx, TenantRef } from '../../platform/context.js';
import type { Db } from '../../platform/db/index.js';
import type { ObjectStorage } from '../../platform/storage/index.js';
import type { DiligenceModule } from '../diligence/index.js';
import type { MediaModule } from '../media/index.js';
import type { OrgModule } from '../org/index.js';
import type { PricingModule } from '../pricing/index.js';
import type { TradeinsModule } from '../tradeins/index.js';
import { FacilityErrors as E } from './facility.errors.js';

/** A package as logistics knows it, with the devices it should hold. */
export interface PackageView {
  id: number;
  identifier: string;
  status: string;
  shipmentId: number | null;
  devices: { tradeInDeviceId: number; deviceIdentifier: string; status: string }[];
}

/**
 * What the facility needs from logistics (packages, return shipments). Wired at start-up with
 * `facility.connectLogistics(logistics)`; until then {@link noLogistics} answers.
 */
export interface LogisticsPort {
  findPackageByIdentifier(ctx: Ctx, code: string): Promise<PackageView | null>;
  createReturnShipment(
    ctx: Ctx,
    input: { deviceIds: number[]; toAddress: Record<string, unknown>; fromLocationId?: number },
  ): Promise<{ shipmentId: number; labelUrl: string }>;
}

/** Fallback without logistics: package scans are refused clearly; returns are recorded without a label. */
export const noLogistics: LogisticsPort & { readonly wired: false } = {
  wired: false,
  async findPackageByIdentifier() {
    throw E.B400003();
  },
  async createReturnShipment() {
    throw E.B400003();
  },
};

/** A payout method: pays a device's final value once (the caller guarantees idempotency per device). */
export interface PayoutRequest {
  deviceId: number;
  amountMinor: number;
  currency: string;
  customerRef: string | null;
  bankAccount: string | null;
}

/** The modules the facility uses, through their public faces. */
export interface FacilityDeps {
  tradeins: TradeinsModule;
  pricing: Pick<PricingModule, 'repriceUnderQuote' | 'getQuote'>;
  media: MediaModule;
  diligence: Pick<DiligenceModule, 'checks'>;
  org: Pick<OrgModule, 'locations' | 'users'>;
  storage: ObjectStorage;
  secret: string;
  publicUrl: string;
  logistics: LogisticsPort;
  /** For outbox handlers (reminders, fallback), which run outside a request. */
  db: Db;
  clock: Clock;
  findTenant: (tenantId: number) => Promise<TenantRef | null>;
  /**
   * Called in the transaction that added a TAC → model mapping (not on confirmations or
   * conflicts), so the catalog's IMEI search sees it (wired to `catalog.learnedTacsChanged`).
   */
  onTacLearned?: (tx: Ctx) => Promise<void>;
  /**
   * The programme's data fields (`datafields.list`): without a recorded contact, the customer is
   * e-mailed at the trade-in's e-mail-type field (seed 003 `ClientEmail`). Optional.
   */
  dataFields?: { list(ctx: Ctx): Promise<{ id: number; templateType: string; isActive: boolean }[]> };
}
