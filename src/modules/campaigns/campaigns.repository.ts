import type { Ctx } from '../../platform/context.js';
import type { Offer } from './campaigns.schemas.js';

type Scope = Pick<Ctx, 'db' | 'tenant'>;

export interface CampaignRecord {
  id: number;
  name: string;
  description: string;
  activeFrom: Date;
  activeTo: Date;
  overrideVendorTC: boolean;
  termsAndConditions: string;
  promoCode: string;
  hasFmipDeduction: boolean;
  maxDevicesPerTradeIn: number | null;
  strategy: 'Sum' | 'Max';
  currency: string;
  offers: Offer[];
  dataFieldIds: number[];
  createdAt: Date;
  updatedAt: Date;
}

interface Row {
  id: number;
  name: string;
  description: string;
  active_from: Date | string;
  active_to: Date | string;
  override_vendor_tc: boolean;
  terms_and_conditions: string;
  promo_code: string;
  has_fmip_deduction: boolean;
  max_devices_per_trade_in: number | null;
  strategy: 'Sum' | 'Max';
  currency: string;
  offers: Offer[] | string;
  data_field_ids: number[];
  created_at: Date | string;
  updated_at: Date | string;
}

const COLUMNS = `id, name, description, active_from, active_to, override_vendor_tc, terms_and_conditions, promo_code, has_fmip_deduction,
  max_devices_per_trade_in, strategy, currency, offers, data_field_ids, created_at, updated_at`;

function map(r: Row): CampaignRecord {
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    activeFrom: new Date(r.active_from),
    activeTo: new Date(r.active_to),
    overrideVendorTC: r.override_vendor_tc,
    termsAndConditions: r.terms_and_conditions,
    promoCode: r.promo_code,
    hasFmipDeduction: r.has_fmip_deduction,
    maxDevicesPerTradeIn: r.max_devices_per_trade_in,
    strategy: r.strategy,
    currency: r.currency,
    offers: typeof r.offers === 'string' ? (JSON.parse(r.offers) as Offer[]) : r.offers,
    dataFieldIds: r.data_field_ids ?? [],
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
  };
}

/** What an admin writes: the record without its id, currency and timestamps. */
export type CampaignWrite = Omit<CampaignRecord, 'id' | 'currency' | 'createdAt' | 'updatedAt'>;

function params(c: CampaignWrite): unknown[] {
  return [
    c.name,
    c.description,
    c.activeFrom,
    c.activeTo,
    c.overrideVendorTC,
    c.termsAndConditions,
    c.promoCode,
    c.hasFmipDeduction,
    c.maxDevicesPerTradeIn,
    c.strategy,
    JSON.stringify(c.offers),
    c.dataFieldIds,
  ];
}

export const campaignsRepository = {
  async list(ctx: Scope): Promise<CampaignRecord[]> {
    const rows = await ctx.db.query<Row>(`SELECT ${COLUMNS} FROM campaigns WHERE tenant_id = $1 AND deleted_at IS NULL ORDER BY id`, [ctx.tenant.id]);
    return rows.map(map);
  },

  async insert(ctx: Scope, c: CampaignWrite, now: Date): Promise<CampaignRecord> {
    const rows = await ctx.db.query<Row>(
      `INSERT INTO campaigns (tenant_id, currency, created_at, updated_at, name, description, active_from, active_to, override_vendor_tc,
         terms_and_conditions, promo_code, has_fmip_deduction, max_devices_per_trade_in, strategy, offers, data_field_ids)
       VALUES ($1, $2, $3, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::jsonb, $15) RETURNING ${COLUMNS}`,
      [ctx.tenant.id, ctx.tenant.currency, now, ...params(c)],
    );
    return map(rows[0]);
  },

  async update(ctx: Scope, id: number, c: CampaignWrite, now: Date): Promise<CampaignRecord | null> {
    const rows = await ctx.db.query<Row>(
      `UPDATE campaigns SET updated_at = $3, name = $4, description = $5, active_from = $6, active_to = $7, override_vendor_tc = $8,
         terms_and_conditions = $9, promo_code = $10, has_fmip_deduction = $11, max_devices_per_trade_in = $12, strategy = $13,
         offers = $14::jsonb, data_field_ids = $15
       WHERE tenant_id = $1 AND id = $2 AND deleted_at IS NULL RETURNING ${COLUMNS}`,
      [ctx.tenant.id, id, now, ...params(c)],
    );
    return rows[0] ? map(rows[0]) : null;
  },

  /** Soft delete: quotes keep referring to the campaign id. */
  async remove(ctx: Scope, id: number, now: Date): Promise<boolean> {
    const rows = await ctx.db.query(`UPDATE campaigns SET deleted_at = $3 WHERE tenant_id = $1 AND id = $2 AND deleted_at IS NULL RETURNING id`, [
      ctx.tenant.id,
      id,
      now,
    ]);
    return rows.length === 1;
  },

  async existsByName(ctx: Scope, name: string): Promise<boolean> {
    const rows = await ctx.db.query(`SELECT 1 FROM campaigns WHERE tenant_id = $1 AND name = $2 AND deleted_at IS NULL`, [ctx.tenant.id, name]);
    return rows.length > 0;
  },
};
