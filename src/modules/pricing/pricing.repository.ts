import type { Ctx } from '../../platform/context.js';
import type { Queryable } from '../../platform/db/index.js';
import type { BreakdownLine } from './quote-calculator.js';

type Scope = Pick<Ctx, 'db' | 'tenant'>;

export interface ValuationRecord {
  id: number;
  variantId: number;
  amountMinor: number;
  currency: string;
  source: 'manual' | 'import' | 'demo';
  updatedAt: Date;
  /** The catalog's name of the model (variant); null when the variant is gone from the catalog. */
  productName: string | null;
}

interface ValuationRow {
  id: number;
  variant_id: number;
  amount_minor: string | number;
  currency: string;
  source: ValuationRecord['source'];
  updated_at: Date | string;
  product_name: string | null;
}

/** A base price's columns with its model's name (read from the catalog, global or the tenant's own). */
const VALUATION_COLUMNS = `id, variant_id, amount_minor, currency, source, updated_at,
  (SELECT v.product_name FROM variants v WHERE v.id = base_prices.variant_id AND (v.tenant_id IS NULL OR v.tenant_id = base_prices.tenant_id)) AS product_name`;

const mapValuation = (r: ValuationRow): ValuationRecord => ({
  id: r.id,
  variantId: r.variant_id,
  amountMinor: Number(r.amount_minor),
  currency: r.currency,
  source: r.source,
  updatedAt: new Date(r.updated_at),
  productName: r.product_name ?? null,
});

/** A stored quote (the cross-module contract `StoredQuote`). */
export interface StoredQuote {
  id: string;
  variantId: number;
  itemIdentifier: string | null;
  gradeKey: string;
  gradeName: string;
  offeredPriceMinor: number;
  offeredPriceInclVatMinor: number;
  vatCoefficient: number | null;
  currency: string;
  exchangeRate: number;
  baseCurrency: string;
  basePriceMinor: number;
  campaignId: number | null;
  deviceBonusInclVatMinor: number;
  dealBonusInclVatMinor: number;
  systemExtras: number[];
  extras: number[];
  answers: Record<number, number[]>;
  breakdown: BreakdownLine[];
  tradeInChannel: number;
  tradeInType: number;
  locationId: number | null;
  agentUserId: number | null;
  gradingFormVersionId: number;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
  usedByDeviceId: number | null;
}

interface QuoteRow {
  id: string;
  variant_id: number;
  item_identifier: string | null;
  grade_key: string;
  grade_name: string;
  offered_price_minor: string | number;
  offered_price_incl_vat_minor: string | number;
  vat_coefficient: string | number | null;
  currency: string;
  exchange_rate: string | number;
  base_currency: string;
  base_price_minor: string | number;
  campaign_id: number | null;
  device_bonus_incl_vat_minor: string | number;
  deal_bonus_incl_vat_minor: string | number;
  system_extras: number[];
  extras: number[];
  answers: Record<number, number[]> | string;
  breakdown: BreakdownLine[] | string;
  trade_in_channel: number;
  trade_in_type: number;
  location_id: number | null;
  agent_user_id: number | null;
  grading_form_version_id: number;
  created_at: Date | string;
  expires_at: Date | string;
  used_at: Date | string | null;
  used_by_device_id: number | null;
}

const json = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);

const mapQuote = (r: QuoteRow): StoredQuote => ({
  id: r.id,
  variantId: r.variant_id,
  itemIdentifier: r.item_identifier,
  gradeKey: r.grade_key,
  gradeName: r.grade_name,
  offeredPriceMinor: Number(r.offered_price_minor),
  offeredPriceInclVatMinor: Number(r.offered_price_incl_vat_minor),
  vatCoefficient: r.vat_coefficient === null ? null : Number(r.vat_coefficient),
  currency: r.currency,
  exchangeRate: Number(r.exchange_rate),
  baseCurrency: r.base_currency,
  basePriceMinor: Number(r.base_price_minor),
  campaignId: r.campaign_id,
  deviceBonusInclVatMinor: Number(r.device_bonus_incl_vat_minor),
  dealBonusInclVatMinor: Number(r.deal_bonus_incl_vat_minor),
  systemExtras: r.system_extras ?? [],
  extras: r.extras ?? [],
  answers: json(r.answers),
  breakdown: json(r.breakdown),
  tradeInChannel: r.trade_in_channel,
  tradeInType: r.trade_in_type,
  locationId: r.location_id,
  agentUserId: r.agent_user_id,
  gradingFormVersionId: r.grading_form_version_id,
  createdAt: new Date(r.created_at),
  expiresAt: new Date(r.expires_at),
  usedAt: r.used_at ? new Date(r.used_at) : null,
  usedByDeviceId: r.used_by_device_id,
});

const QUOTE_COLUMNS = `id, variant_id, item_identifier, grade_key, grade_name, offered_price_minor, offered_price_incl_vat_minor, vat_coefficient,
  currency, exchange_rate, base_currency, base_price_minor, campaign_id, device_bonus_incl_vat_minor, deal_bonus_incl_vat_minor,
  system_extras, extras, answers, breakdown, trade_in_channel, trade_in_type, location_id, agent_user_id, grading_form_version_id,
  created_at, expires_at, used_at, used_by_device_id`;

function quoteValues(tenantId: number, q: StoredQuote): unknown[] {
  return [
    tenantId,
    q.id,
    q.variantId,
    q.itemIdentifier,
    q.gradeKey,
    q.gradeName,
    q.offeredPriceMinor,
    q.offeredPriceInclVatMinor,
    q.vatCoefficient,
    q.currency,
    q.exchangeRate,
    q.baseCurrency,
    q.basePriceMinor,
    q.campaignId,
    q.deviceBonusInclVatMinor,
    q.dealBonusInclVatMinor,
    q.systemExtras,
    q.extras,
    JSON.stringify(q.answers),
    JSON.stringify(q.breakdown),
    q.tradeInChannel,
    q.tradeInType,
    q.locationId,
    q.agentUserId,
    q.gradingFormVersionId,
    q.createdAt,
    q.expiresAt,
  ];
}

/**
 * Writes quotes with group commit: up to `maxInFlight` (default 4) INSERTs run at once;
 * quotes created while all of them are busy are written together by the next one (one round trip
 * and one commit for the batch). Under light load every quote is written at once, alone. Each
 * caller still waits until its own row is committed. Inside a transaction the row is written directly.
 */
export class QuoteWriter {
  constructor(private readonly maxInFlight = 4) {}

  private pending: { q: Queryable; tenantId: number; quote: StoredQuote; resolve: () => void; reject: (e: unknown) => void }[] = [];
  private inFlight = 0;

  write(q: Queryable, tenantId: number, quote: StoredQuote): Promise<void> {
    if (q.inTransaction) return pricingRepository.insertQuotes(q, [{ tenantId, quote }]);
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ q, tenantId, quote, resolve, reject });
      if (this.inFlight < this.maxInFlight) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    if (!this.pending.length) return;
    const q = this.pending[0].q;
    const batch = this.pending.filter((p) => p.q === q).slice(0, 200);
    const taken = new Set(batch);
    this.pending = this.pending.filter((p) => !taken.has(p));
    this.inFlight++;
    try {
      await pricingRepository.insertQuotes(q, batch);
      for (const b of batch) b.resolve();
    } catch {
      // One bad row must not fail the others: retry each alone.
      await Promise.all(batch.map((b) => pricingRepository.insertQuotes(q, [b]).then(b.resolve, b.reject)));
    } finally {
      this.inFlight--;
    }
    if (this.pending.length && this.inFlight < this.maxInFlight) void this.flush();
  }
}

/** Inputs of the demo price formula; see README "Demo base prices". */
export interface DemoPriceParams {
  now: Date;
  /** Tenant currency units per 1 EUR. */
  eurToTenant: number;
  /** EUR per 1 USD. */
  usdToEur: number;
  /** 10 ** minor digits of the tenant currency. */
  minorFactor: number;
}

export const pricingRepository = {
  /** Every base price of the tenant (loaded once into the in-memory price cache). */
  async allPrices(ctx: Scope): Promise<{ variant_id: number; amount_minor: string | number; currency: string }[]> {
    return ctx.db.query(`SELECT variant_id, amount_minor, currency FROM base_prices WHERE tenant_id = $1`, [ctx.tenant.id]);
  },

  async listValuations(ctx: Scope, opts: { variantId?: number; limit: number; offset: number }): Promise<{ rows: ValuationRecord[]; total: number }> {
    const rows = await ctx.db.query<ValuationRow & { total: string | number }>(
      `SELECT ${VALUATION_COLUMNS}, count(*) OVER () AS total FROM base_prices
       WHERE tenant_id = $1 AND ($2::int IS NULL OR variant_id = $2) ORDER BY variant_id LIMIT $3 OFFSET $4`,
      [ctx.tenant.id, opts.variantId ?? null, opts.limit, opts.offset],
    );
    return { rows: rows.map(mapValuation), total: rows[0] ? Number(rows[0].total) : 0 };
  },

  async valuationById(ctx: Scope, id: number): Promise<ValuationRecord | null> {
    const rows = await ctx.db.query<ValuationRow>(`SELECT ${VALUATION_COLUMNS} FROM base_prices WHERE tenant_id = $1 AND id = $2`, [ctx.tenant.id, id]);
    return rows[0] ? mapValuation(rows[0]) : null;
  },

  /** Inserts a valuation; null when one exists for the variant. */
  async insertValuation(ctx: Scope, v: { variantId: number; amountMinor: number; currency: string }, now: Date): Promise<ValuationRecord | null> {
    const rows = await ctx.db.query<ValuationRow>(
      `INSERT INTO base_prices (tenant_id, variant_id, amount_minor, currency, source, updated_at) VALUES ($1, $2, $3, $4, 'manual', $5)
       ON CONFLICT (tenant_id, variant_id) DO NOTHING RETURNING ${VALUATION_COLUMNS}`,
      [ctx.tenant.id, v.variantId, v.amountMinor, v.currency, now],
    );
    return rows[0] ? mapValuation(rows[0]) : null;
  },

  async updateValuation(ctx: Scope, id: number, amountMinor: number, currency: string, now: Date): Promise<ValuationRecord | null> {
    const rows = await ctx.db.query<ValuationRow>(
      `UPDATE base_prices SET amount_minor = $3, currency = $4, source = 'manual', updated_at = $5 WHERE tenant_id = $1 AND id = $2
       RETURNING ${VALUATION_COLUMNS}`,
      [ctx.tenant.id, id, amountMinor, currency, now],
    );
    return rows[0] ? mapValuation(rows[0]) : null;
  },

  async deleteValuation(ctx: Scope, id: number): Promise<boolean> {
    return (await ctx.db.query(`DELETE FROM base_prices WHERE tenant_id = $1 AND id = $2 RETURNING id`, [ctx.tenant.id, id])).length === 1;
  },

  /** Bulk upsert in one statement. */
  async upsertMany(ctx: Scope, rows: { variantId: number; amountMinor: number }[], currency: string, source: 'manual' | 'import', now: Date): Promise<void> {
    if (rows.length === 0) return;
    await ctx.db.query(
      `INSERT INTO base_prices (tenant_id, variant_id, amount_minor, currency, source, updated_at)
       SELECT $1, v, a, $4, $5, $6 FROM unnest($2::int[], $3::bigint[]) AS t(v, a)
       ON CONFLICT (tenant_id, variant_id) DO UPDATE SET amount_minor = EXCLUDED.amount_minor, currency = EXCLUDED.currency,
         source = EXCLUDED.source, updated_at = EXCLUDED.updated_at`,
      [ctx.tenant.id, rows.map((r) => r.variantId), rows.map((r) => r.amountMinor), currency, source, now],
    );
  },

  /** Which of these ids are variants the tenant can see (reference or own). */
  async knownVariantIds(ctx: Scope, ids: number[]): Promise<Set<number>> {
    const rows = await ctx.db.query<{ id: number }>(`SELECT id FROM variants WHERE id = ANY($2::int[]) AND (tenant_id IS NULL OR tenant_id = $1)`, [
      ctx.tenant.id,
      ids,
    ]);
    return new Set(rows.map((r) => r.id));
  },

  /**
   * Demo base prices for every variant in one statement: launch price (EUR, else USD converted,
   * else a group default) × storage factor × age depreciation, rounded to whole units. Manual and
   * imported prices are never overwritten. Returns the number of rows written.
   */
  async computeDemoPrices(ctx: Scope, p: DemoPriceParams): Promise<number> {
    const rows = await ctx.db.query<{ n: string | number }>(
      `WITH src AS (
         SELECT v.id AS variant_id,
                COALESCE(i.launch_price_eur, i.launch_price_usd * $3,
                  CASE g.key WHEN 'mobiles' THEN 450 WHEN 'tablets' THEN 400 WHEN 'laptops' THEN 1000 WHEN 'watches' THEN 300 ELSE 150 END) AS launch_eur,
                CASE WHEN v.storage_gb > 0 AND i.base_storage_gb > 0
                     THEN LEAST(1.6, GREATEST(0.7, 1 + 0.08 * log(2, v.storage_gb::numeric / i.base_storage_gb)))
                     ELSE 1 END AS storage_factor,
                CASE WHEN i.release_date ~ '^\\d{4}(-\\d{2}(-\\d{2})?)?$'
                     THEN (extract(epoch FROM ($2::timestamptz - to_date(
                            CASE length(i.release_date) WHEN 4 THEN i.release_date || '-07-01' WHEN 7 THEN i.release_date || '-15' ELSE i.release_date END,
                            'YYYY-MM-DD')::timestamptz)) / 2629800)
                     ELSE NULL END AS age_months
         FROM variants v JOIN items i ON i.id = v.item_id JOIN item_groups g ON g.id = i.item_group_id
         WHERE (v.tenant_id IS NULL OR v.tenant_id = $1)
       ), priced AS (
         SELECT variant_id, launch_eur * storage_factor *
                CASE WHEN age_months IS NULL THEN 0.36 WHEN age_months < 6 THEN 0.53 WHEN age_months < 12 THEN 0.49
                     WHEN age_months < 18 THEN 0.47 WHEN age_months < 24 THEN 0.42 WHEN age_months < 36 THEN 0.41 ELSE 0.36 END AS eur
         FROM src
       ), ins AS (
         INSERT INTO base_prices (tenant_id, variant_id, amount_minor, currency, source, updated_at)
         SELECT $1, variant_id, GREATEST(0, round(eur * $4)) * $5, $6, 'demo', $2 FROM priced
         ON CONFLICT (tenant_id, variant_id) DO UPDATE SET amount_minor = EXCLUDED.amount_minor, currency = EXCLUDED.currency, updated_at = EXCLUDED.updated_at
           WHERE base_prices.source = 'demo'
         RETURNING 1
       ) SELECT count(*) AS n FROM ins`,
      [ctx.tenant.id, p.now, p.usdToEur, p.eurToTenant, p.minorFactor, ctx.tenant.currency],
    );
    return Number(rows[0]?.n ?? 0);
  },

  /** One round trip per quote, or per batch of quotes written at the same moment (see {@link QuoteWriter}). */
  async insertQuotes(q: Queryable, rows: { tenantId: number; quote: StoredQuote }[]): Promise<void> {
    const params: unknown[] = [];
    const tuples: string[] = [];
    for (const { tenantId, quote } of rows) {
      const values = quoteValues(tenantId, quote);
      const base = params.length;
      tuples.push(`(${values.map((_, i) => `$${base + i + 1}${i === 18 || i === 19 ? '::jsonb' : ''}`).join(', ')}, NULL, NULL)`);
      params.push(...values);
    }
    await q.query(`INSERT INTO price_quotes (tenant_id, ${QUOTE_COLUMNS}) VALUES ${tuples.join(', ')}`, params);
  },

  async quoteById(ctx: Scope, id: string): Promise<StoredQuote | null> {
    const rows = await ctx.db.query<QuoteRow>(`SELECT ${QUOTE_COLUMNS} FROM price_quotes WHERE tenant_id = $1 AND id = $2`, [ctx.tenant.id, id]);
    return rows[0] ? mapQuote(rows[0]) : null;
  },

  /** The one atomic claim: only an unused, unexpired quote is marked used. */
  async claim(q: Queryable, tenantId: number, id: string, deviceId: number, now: Date): Promise<boolean> {
    const rows = await q.query(
      `UPDATE price_quotes SET used_at = $4, used_by_device_id = $3
       WHERE tenant_id = $1 AND id = $2 AND used_at IS NULL AND expires_at > $4 RETURNING id`,
      [tenantId, id, deviceId, now],
    );
    return rows.length === 1;
  },
};
