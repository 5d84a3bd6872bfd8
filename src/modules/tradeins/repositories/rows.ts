import type { DeviceStatus } from '../state-machine.js';
import type { DataFieldValue, VatScheme } from '../ports.js';
import type { FmipSource, FmipStatus, NewTradeIn, TradeIn, TradeInDevice, TradeInKind, TradeInStatus } from '../tradeins.types.js';

/** Row shapes of `trade_ins` / `trade_in_devices` and their mapping to the records. */
export interface TradeInRow {
  id: number;
  kind: TradeInKind;
  status: TradeInStatus;
  source: 'retail' | 'order' | 'upgrade';
  is_corporate: boolean;
  organization_name: string | null;
  client_first_name: string | null;
  client_last_name: string | null;
  agent_user_id: number | null;
  agent_ref: string | null;
  location_id: number | null;
  location_ref: string | null;
  trade_in_ref: string | null;
  campaign_id: number | null;
  vat_scheme: VatScheme;
  custom_data_fields: DataFieldValue[];
  expires_at: Date | null;
  confirmed_trade_in_id: number | null;
  temp_trade_in_id: number | null;
  cancelled_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export interface DeviceRow {
  id: number;
  trade_in_id: number;
  position: number;
  status: DeviceStatus;
  device_identifier: string;
  quote_id: string;
  variant_id: number;
  item_group_key: string | null;
  product_name: string;
  grade_key: string;
  grade_name: string;
  offered_price_minor: string | number;
  offered_price_incl_vat_minor: string | number;
  currency: string;
  exchange_rate: string | number;
  base_currency: string;
  base_price_minor: string | number;
  campaign_id: number | null;
  breakdown: TradeInDevice['breakdown'];
  co2_saving_kg: string | number;
  fmip_status: FmipStatus | null;
  fmip_source: FmipSource | null;
  device_bonus_incl_vat_minor: string | number;
  deal_bonus_incl_vat_minor: string | number;
  final_price_minor: string | number | null;
  final_grade: string | null;
  final_reason: string | null;
  valuation_count: number;
  decision: 'approved' | 'rejected' | null;
  created_at: Date;
  updated_at: Date;
}

export const num = (v: string | number | null): number | null => (v === null ? null : Number(v));

export const mapDevice = (r: DeviceRow): TradeInDevice => ({
  id: r.id,
  tradeInId: r.trade_in_id,
  position: r.position,
  status: r.status,
  deviceIdentifier: r.device_identifier,
  quoteId: r.quote_id,
  variantId: r.variant_id,
  itemGroupKey: r.item_group_key,
  productName: r.product_name,
  gradeKey: r.grade_key,
  gradeName: r.grade_name,
  offeredPriceMinor: Number(r.offered_price_minor),
  offeredPriceInclVatMinor: Number(r.offered_price_incl_vat_minor),
  currency: r.currency.trim(),
  exchangeRate: Number(r.exchange_rate),
  baseCurrency: r.base_currency.trim(),
  basePriceMinor: Number(r.base_price_minor),
  campaignId: r.campaign_id,
  breakdown: r.breakdown ?? [],
  co2SavingKg: Number(r.co2_saving_kg),
  fmipStatus: r.fmip_status,
  fmipSource: r.fmip_source,
  deviceBonusInclVatMinor: Number(r.device_bonus_incl_vat_minor),
  dealBonusInclVatMinor: Number(r.deal_bonus_incl_vat_minor),
  finalPriceMinor: num(r.final_price_minor),
  finalGrade: r.final_grade,
  finalReason: r.final_reason,
  valuationCount: r.valuation_count,
  decision: r.decision,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const mapTradeIn = (r: TradeInRow, devices: TradeInDevice[]): TradeIn => ({
  id: r.id,
  kind: r.kind,
  status: r.status,
  source: r.source,
  isCorporate: r.is_corporate,
  organizationName: r.organization_name,
  clientFirstName: r.client_first_name,
  clientLastName: r.client_last_name,
  agentUserId: r.agent_user_id,
  agentRef: r.agent_ref,
  locationId: r.location_id,
  locationRef: r.location_ref,
  tradeInRef: r.trade_in_ref,
  campaignId: r.campaign_id,
  vatScheme: r.vat_scheme,
  customDataFields: r.custom_data_fields ?? [],
  expiresAt: r.expires_at,
  confirmedTradeInId: r.confirmed_trade_in_id,
  tempTradeInId: r.temp_trade_in_id,
  cancelledAt: r.cancelled_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  devices,
});

/**
 * The INSERT of a trade-in (final, temporary, or the one a temporary is confirmed into) and its
 * parameters `$1`–`$20`, `$1` being the tenant; `RETURNING` is the caller's.
 */
const TRADE_IN_COLUMNS = `trade_ins (tenant_id, kind, status, source, is_corporate, organization_name, client_first_name,
         client_last_name, agent_user_id, agent_ref, location_id, location_ref, trade_in_ref, campaign_id,
         custom_data_fields, expires_at, temp_trade_in_id, created_at, updated_at, vat_scheme, customer_user_id)`;
const TRADE_IN_VALUES = '$1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$18,$19,$20';

export const INSERT_TRADE_IN = `INSERT INTO ${TRADE_IN_COLUMNS}
       VALUES (${TRADE_IN_VALUES})`;

/** INSERT_TRADE_IN that inserts only when `where` holds for the one row of `from`. */
export const insertTradeInWhen = (from: string, where: string): string => `INSERT INTO ${TRADE_IN_COLUMNS}
       SELECT ${TRADE_IN_VALUES} FROM ${from} WHERE ${where}`;

export function insertTradeInParams(tenantId: number, t: NewTradeIn & { customerUserId?: number | null }): unknown[] {
  return [
    tenantId,
    t.kind,
    t.status,
    t.source,
    t.isCorporate,
    t.organizationName,
    t.clientFirstName,
    t.clientLastName,
    t.agentUserId,
    t.agentRef,
    t.locationId,
    t.locationRef,
    t.tradeInRef,
    t.campaignId,
    JSON.stringify(t.customDataFields),
    t.expiresAt,
    t.tempTradeInId,
    t.now,
    t.vatScheme,
    t.customerUserId ?? null,
  ];
}
