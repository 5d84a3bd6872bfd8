import { randomUUID } from 'node:crypto';
import { parse as parseCsv } from 'csv-parse/sync';
import type { CacheBus } from '../../platform/cache/index.js';
import { withTransaction, type Ctx, type TenantRef } from '../../platform/context.js';
import type { Db } from '../../platform/db/index.js';
import type { AppError } from '../../platform/errors/index.js';
import { convertMinor, minorDigits, toMajor, toMinor } from '../../platform/money/index.js';
import type { CatalogModule } from '../catalog/index.js';
import { checkAnswers, pick, type Condition, type GradingModule } from '../grading/index.js';
import type { CampaignsModule } from '../campaigns/index.js';
import { PricingErrors } from './pricing.errors.js';
import { pricingRepository, QuoteWriter, type StoredQuote, type ValuationRecord } from './pricing.repository.js';
import { PriceQuoteInput } from './pricing.schemas.js';
import { parseInput } from '../../platform/parse-input.js';
import { DEMO_EXCHANGE_RATES, PricingSettings } from './pricing.settings.js';
import { exchangeRate } from './quote-calculator.js';
import { priceAnswers } from './price-answers.js';
import { repriceUnderQuote, type RepriceResult } from './reprice.js';
import { claimQuotesSql } from './quote-claim.js';

/** A refused row of a prices CSV: its line in the file and why. */
export interface CsvRowError {
  line: number;
  error: AppError;
}

export const PRICES_CACHE_SCOPE = 'pricing.prices';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type ClaimResult = 'claimed' | 'already_used' | 'expired' | 'not_found';

export interface PricingDeps {
  db: Db;
  cache: CacheBus;
  catalog: CatalogModule;
  grading: GradingModule;
  campaigns: CampaignsModule;
  /** Resolves a seed `AgentId` (user uid) to the tenant's user id. */
  findUserByUid: (ctx: Ctx, uid: string) => Promise<{ id: number } | null>;
  /** Finds a location of the context's tenant (a `LocationId` from the client is checked against it). */
  findLocationById?: (ctx: Ctx, id: number) => Promise<{ id: number } | null>;
}

type PriceMap = Map<number, { amountMinor: number; currency: string }>;

/**
 * Base prices (valuations), price quotes and the working-price source of model search. Prices
 * are held per tenant in memory (loaded in one query, invalidated via CacheBus scope
 * `pricing.prices`); a quote costs one INSERT.
 */
export class PricingService {
  private readonly prices = new Map<number, Promise<PriceMap>>();
  private readonly quoteWriter = new QuoteWriter();

  constructor(private readonly deps: PricingDeps) {
    deps.cache.on(PRICES_CACHE_SCOPE, (tenantId) => {
      if (tenantId === null) this.prices.clear();
      else this.prices.delete(tenantId);
    });
  }

  private priceMap(db: Db | Ctx['db'], tenant: Pick<TenantRef, 'id'>): Promise<PriceMap> {
    let p = this.prices.get(tenant.id);
    if (!p) {
      p = pricingRepository
        .allPrices({ db, tenant: { id: tenant.id } as TenantRef })
        .then((rows) => new Map(rows.map((r) => [r.variant_id, { amountMinor: Number(r.amount_minor), currency: r.currency }])));
      p.catch(() => this.prices.delete(tenant.id));
      this.prices.set(tenant.id, p);
    }
    return p;
  }

  private rates(tenant: Pick<TenantRef, 'settings'>): Record<string, number> {
    return { ...DEMO_EXCHANGE_RATES, ...PricingSettings.read(tenant).exchangeRates };
  }

  /** Base price of a working device in the tenant currency (minor units), or null. */
  async basePriceMinor(ctx: Pick<Ctx, 'db' | 'tenant'>, variantId: number): Promise<number | null> {
    const entry = (await this.priceMap(ctx.db, ctx.tenant)).get(variantId);
    if (!entry) return null;
    if (entry.currency === ctx.tenant.currency) return entry.amountMinor;
    const rates = this.rates(ctx.tenant);
    if (!rates[entry.currency] || !rates[ctx.tenant.currency]) return null;
    return convertMinor(
      entry.amountMinor,
      { currency: entry.currency, rate: rates[entry.currency] },
      { currency: ctx.tenant.currency, rate: rates[ctx.tenant.currency] },
    );
  }

  /** For catalog search: working-device prices in major units of the tenant currency, from memory. */
  async workingPrices(
    tenant: { id: number; currency: string; settings: Record<string, unknown> },
    variantIds: readonly number[],
  ): Promise<Map<number, number>> {
    const map = await this.priceMap(this.deps.db, tenant);
    const out = new Map<number, number>();
    for (const id of variantIds) {
      const e = map.get(id);
      if (!e) continue;
      out.set(id, toMajor(e.currency === tenant.currency ? e.amountMinor : this.convert(tenant, e.amountMinor, e.currency), tenant.currency));
    }
    return out;
  }

  private convert(tenant: { currency: string; settings: Record<string, unknown> }, amountMinor: number, from: string): number {
    const rates = this.rates(tenant);
    return convertMinor(amountMinor, { currency: from, rate: rates[from] ?? 1 }, { currency: tenant.currency, rate: rates[tenant.currency] ?? 1 });
  }

  /** Seed 001: value for a condition (excellent 100 %, good 80 %, fair 60 %, poor 40 % by default). */
  async valueForCondition(ctx: Ctx, variantId: number, condition: Condition): Promise<number | null> {
    const base = await this.basePriceMinor(ctx, variantId);
    if (base === null) return null;
    const pct = PricingSettings.read(ctx.tenant).conditionModifiers[condition];
    return Math.max(0, Math.round((base * pct) / 100));
  }

  /**
   * `POST /price-quote`: checks the request in the seed's order of concerns, prices the answers
   * and stores the quote (immutable; expires after `quoteTtlHours`).
   */
  async createQuote(ctx: Ctx, rawInput: PriceQuoteInput): Promise<StoredQuote> {
    const input = parseInput(PriceQuoteInput, rawInput);
    const rules = PricingSettings.read(ctx.tenant);
    const identifier = input.itemIdentifier?.trim() || null;
    if (identifier !== null && identifier.length < 5) throw PricingErrors.B070006();

    const variant = await this.deps.grading.variant(ctx, input.modelId);
    const form = variant && variant.isActive ? await this.deps.grading.activeFormFor(ctx, variant) : null;
    if (!variant || !form) throw PricingErrors.B070008({ id: input.modelId });
    const checked = checkAnswers(form.definition, input.gradingForm);

    // Every id from the client is checked against the tenant (issue 18): a location of another
    // tenant is as unknown as one that does not exist.
    if (input.locationId != null && this.deps.findLocationById && !(await this.deps.findLocationById(ctx, input.locationId))) {
      throw PricingErrors.B070013({ id: input.locationId });
    }

    let agentUserId: number | null = null;
    if (input.agentId) {
      const user = await this.deps.findUserByUid(ctx, input.agentId);
      if (!user) throw PricingErrors.B070005({ id: input.agentId });
      agentUserId = user.id;
    }

    const campaignId = input.campaignId ? input.campaignId : null;
    const campaign = campaignId ? await this.deps.campaigns.getCampaign(ctx, campaignId) : null;
    if (campaignId && !campaign) throw PricingErrors.N070005({ campaignId });
    if (campaign?.status === 'Upcoming') throw PricingErrors.B070011({ campaignId });
    if (campaign?.status === 'Expired') throw PricingErrors.B070012({ campaignId });

    const baseCurrency = ctx.tenant.currency;
    const display = (input.currency ?? rules.displayCurrency ?? baseCurrency).toUpperCase();
    const rate = exchangeRate(this.rates(ctx.tenant), baseCurrency, display);
    if (rate === null) throw PricingErrors.B070102({ currency: display });

    const baseMinor = await this.basePriceMinor(ctx, variant.id);
    if (baseMinor === null) throw PricingErrors.B070101({ id: variant.id });

    const { result, grade } = priceAnswers(ctx, this.deps.campaigns, form.definition, this.deps.grading.gradesFor(ctx, form), checked, {
      baseMinor,
      baseCurrency,
      campaign,
      display: { currency: display, rate },
      business: input.tradeInType === 1,
      rules,
    });
    const gradeName = pick(grade.name, ctx.locale, ctx.tenant.defaultLocale);

    const now = ctx.clock.now();
    const quote: StoredQuote = {
      id: randomUUID(),
      variantId: variant.id,
      itemIdentifier: identifier,
      gradeKey: grade.key,
      gradeName,
      offeredPriceMinor: result.offeredMinor,
      offeredPriceInclVatMinor: result.offeredInclVatMinor,
      vatCoefficient: result.vatCoefficient,
      currency: display,
      exchangeRate: Math.round(rate * 1e8) / 1e8,
      baseCurrency,
      basePriceMinor: result.baseOfferMinor,
      campaignId: campaign ? campaign.id : null,
      deviceBonusInclVatMinor: result.deviceBonusInclVatMinor,
      dealBonusInclVatMinor: result.dealBonusInclVatMinor,
      systemExtras: checked.systemExtras,
      extras: checked.extras,
      answers: checked.answers,
      breakdown: result.breakdown,
      tradeInChannel: input.tradeInChannel,
      tradeInType: input.tradeInType,
      locationId: input.locationId ?? null,
      agentUserId,
      gradingFormVersionId: form.versionId,
      createdAt: now,
      expiresAt: new Date(now.getTime() + rules.quoteTtlHours * 3_600_000),
      usedAt: null,
      usedByDeviceId: null,
    };
    await this.quoteWriter.write(ctx.db, ctx.tenant.id, quote);
    return quote;
  }

  /**
   * The VAT treatment of a customer type under the tenant's VAT mode (seed 003 §5): `marginal`
   * mode treats private sellers (TradeInType 0) with the margin scheme and business sellers
   * (TradeInType 1) with standard VAT; `excluded`/`included` are standard for both; `none` shows no VAT.
   */
  vatScheme(ctx: Pick<Ctx, 'tenant'>, tradeInType: number): 'none' | 'standard' | 'marginal' {
    const mode = PricingSettings.read(ctx.tenant).vat.mode;
    if (mode === 'none') return 'none';
    if (mode === 'marginal') return tradeInType === 1 ? 'standard' : 'marginal';
    return 'standard';
  }

  /** A stored quote of the tenant, or null (also for ids that are not UUIDs). */
  async getQuote(ctx: Ctx, quoteId: string): Promise<StoredQuote | null> {
    if (!UUID.test(quoteId)) return null;
    return pricingRepository.quoteById(ctx, quoteId.toLowerCase());
  }

  /**
   * Prices a grading form (the facility's inspection answers) under a stored quote's own terms:
   * its base price, campaign, Find-My rule, VAT, display currency and rate (see reprice.ts).
   * N090003 when the quote is unknown.
   */
  async repriceUnderQuote(ctx: Ctx, quoteId: string, gradingForm: unknown): Promise<RepriceResult> {
    const quote = await this.getQuote(ctx, quoteId);
    if (!quote) throw PricingErrors.N090003({ id: quoteId });
    return repriceUnderQuote({ grading: this.deps.grading, campaigns: this.deps.campaigns }, ctx, quote, gradingForm);
  }

  /** `GET /price-quote/{id}`: the quote, its grade in the request locale and whether it can still be used. */
  async describeQuote(ctx: Ctx, quoteId: string): Promise<{ quote: StoredQuote; gradeName: string; isUsable: boolean }> {
    const quote = await this.getQuote(ctx, quoteId);
    if (!quote) throw PricingErrors.N090003({ id: quoteId });
    const version = await this.deps.grading.getVersion(ctx, quote.gradingFormVersionId);
    const grade = version ? this.deps.grading.gradesFor(ctx, version).find((g) => g.key === quote.gradeKey) : undefined;
    const gradeName = grade ? pick(grade.name, ctx.locale, ctx.tenant.defaultLocale) : quote.gradeName;
    return { quote, gradeName, isUsable: quote.usedAt === null && quote.expiresAt.getTime() > ctx.clock.now().getTime() };
  }

  /**
   * Marks a quote used by one device: one atomic UPDATE guarded by `used_at IS NULL AND
   * expires_at > now`, so two racing registrations cannot both claim it. Call inside the
   * registration's transaction.
   */
  async claimQuote(ctx: Ctx, quoteId: string, deviceId: number): Promise<ClaimResult> {
    if (!UUID.test(quoteId)) return 'not_found';
    const id = quoteId.toLowerCase();
    const now = ctx.clock.now();
    if (await pricingRepository.claim(ctx.db, ctx.tenant.id, id, deviceId, now)) return 'claimed';
    const q = await pricingRepository.quoteById(ctx, id);
    if (!q) return 'not_found';
    if (q.usedAt) return 'already_used';
    return 'expired';
  }

  /** The claim as a fragment of the caller's statement (`quote-claim.ts`). */
  readonly claimQuotesSql = claimQuotesSql;

  // --- valuations (seed 001) -----------------------------------------------------------

  /** Sets many base prices (tenant base currency, minor units) in one statement. */
  async upsertBasePrices(ctx: Ctx, rows: { variantId: number; amountMinor: number }[], source: 'manual' | 'import' = 'manual'): Promise<void> {
    for (const r of rows) {
      if (!Number.isSafeInteger(r.amountMinor) || r.amountMinor < 0)
        throw PricingErrors.B070103({ where: `variant ${r.variantId}`, reason: 'amount must be a non-negative integer' });
    }
    // The same model twice in one batch (e.g. a CSV with a repeated row): the last row wins,
    // as it would had the rows been sent one by one.
    const unique = [...new Map(rows.map((r) => [r.variantId, r])).values()];
    await withTransaction(ctx, async (tx) => {
      await pricingRepository.upsertMany(tx, unique, ctx.tenant.currency, source, ctx.clock.now());
      await this.deps.cache.invalidate(tx.db, PRICES_CACHE_SCOPE, ctx.tenant.id);
    });
  }

  listValuations(ctx: Ctx, opts: { variantId?: number; limit?: number; offset?: number } = {}): Promise<{ rows: ValuationRecord[]; total: number }> {
    return pricingRepository.listValuations(ctx, { variantId: opts.variantId, limit: Math.min(opts.limit ?? 100, 1000), offset: opts.offset ?? 0 });
  }

  async getValuation(ctx: Ctx, id: number): Promise<ValuationRecord> {
    const v = await pricingRepository.valuationById(ctx, id);
    if (!v) throw PricingErrors.N070101({ id });
    return v;
  }

  async createValuation(ctx: Ctx, input: { variantId: number; amount: number }): Promise<ValuationRecord> {
    const variant = await this.deps.catalog.getVariant(ctx, input.variantId);
    if (!variant) throw PricingErrors.B070103({ where: 'variant_id', reason: `unknown model ${input.variantId}` });
    return withTransaction(ctx, async (tx) => {
      const v = await pricingRepository.insertValuation(
        tx,
        { variantId: input.variantId, amountMinor: toMinor(input.amount, ctx.tenant.currency), currency: ctx.tenant.currency },
        ctx.clock.now(),
      );
      if (!v) throw PricingErrors.B070104({ id: input.variantId });
      await this.deps.cache.invalidate(tx.db, PRICES_CACHE_SCOPE, ctx.tenant.id);
      return v;
    });
  }

  async updateValuation(ctx: Ctx, id: number, amount: number): Promise<ValuationRecord> {
    return withTransaction(ctx, async (tx) => {
      const v = await pricingRepository.updateValuation(tx, id, toMinor(amount, ctx.tenant.currency), ctx.tenant.currency, ctx.clock.now());
      if (!v) throw PricingErrors.N070101({ id });
      await this.deps.cache.invalidate(tx.db, PRICES_CACHE_SCOPE, ctx.tenant.id);
      return v;
    });
  }

  async deleteValuation(ctx: Ctx, id: number): Promise<void> {
    await withTransaction(ctx, async (tx) => {
      if (!(await pricingRepository.deleteValuation(tx, id))) throw PricingErrors.N070101({ id });
      await this.deps.cache.invalidate(tx.db, PRICES_CACHE_SCOPE, ctx.tenant.id);
    });
  }

  /**
   * CSV import (`variant_id,amount` with a header; amount in major units of the tenant currency).
   * All rows are checked first; any bad row (B070103, with its line) imports nothing.
   */
  async importCsv(ctx: Ctx, csv: string): Promise<{ imported: number }> {
    const { rows, errors } = await this.readCsv(ctx, csv);
    if (errors.length > 0) throw errors[0].error;
    await this.upsertBasePrices(ctx, rows, 'import');
    return { imported: rows.length };
  }

  /**
   * CSV import row by row (the back office): the good rows are imported, each bad row is
   * answered with its line and error. `firstLine` is the file line of the first data row, so a
   * file sent in chunks (each with the header) reports the lines of the whole file.
   */
  async importCsvRows(ctx: Ctx, csv: string, firstLine = 2): Promise<{ imported: number; errors: CsvRowError[] }> {
    const { rows, errors } = await this.readCsv(ctx, csv, firstLine);
    if (rows.length > 0) await this.upsertBasePrices(ctx, rows, 'import');
    return { imported: rows.length, errors };
  }

  /** The one reading of a prices CSV: good rows, and each bad row with its line. A file that is not CSV at all is refused whole. */
  private async readCsv(ctx: Ctx, csv: string, firstLine = 2): Promise<{ rows: { variantId: number; amountMinor: number }[]; errors: CsvRowError[] }> {
    let records: Record<string, string>[];
    try {
      records = parseCsv(csv, { columns: (h: string[]) => h.map((x) => x.trim().toLowerCase()), skip_empty_lines: true, trim: true, bom: true });
    } catch (err) {
      throw PricingErrors.B070103({ where: 'CSV', reason: (err as Error).message });
    }
    const parsed: { line: number; variantId: number; amountMinor: number }[] = [];
    const errors: CsvRowError[] = [];
    records.forEach((r, i) => {
      const line = firstLine + i;
      const variantId = Number(r.variant_id ?? r.model_id);
      const amount = Number(r.amount ?? r.price);
      if (!Number.isInteger(variantId) || variantId <= 0)
        errors.push({ line, error: PricingErrors.B070103({ where: `line ${line}`, reason: 'variant_id must be a positive integer' }) });
      else if (!Number.isFinite(amount) || amount < 0)
        errors.push({ line, error: PricingErrors.B070103({ where: `line ${line}`, reason: 'amount must be a non-negative number' }) });
      else parsed.push({ line, variantId, amountMinor: toMinor(amount, ctx.tenant.currency) });
    });
    const known = await pricingRepository.knownVariantIds(
      ctx,
      parsed.map((r) => r.variantId),
    );
    const rows: { variantId: number; amountMinor: number }[] = [];
    for (const r of parsed) {
      if (known.has(r.variantId)) rows.push({ variantId: r.variantId, amountMinor: r.amountMinor });
      else errors.push({ line: r.line, error: PricingErrors.B070103({ where: `line ${r.line}`, reason: `unknown model ${r.variantId}` }) });
    }
    errors.sort((a, b) => a.line - b.line);
    return { rows, errors };
  }

  /**
   * Demo base prices for the whole catalog in one statement (labelled source 'demo'; manual or
   * imported prices are kept). See README "Demo base prices".
   */
  async seedDemoPrices(ctx: Ctx): Promise<number> {
    const rates = this.rates(ctx.tenant);
    const eurToTenant = rates[ctx.tenant.currency] ?? 1;
    const n = await withTransaction(ctx, async (tx) => {
      const count = await pricingRepository.computeDemoPrices(tx, {
        now: ctx.clock.now(),
        eurToTenant,
        usdToEur: 1 / (rates.USD ?? 1.08),
        minorFactor: 10 ** minorDigits(ctx.tenant.currency),
      });
      await this.deps.cache.invalidate(tx.db, PRICES_CACHE_SCOPE, ctx.tenant.id);
      return count;
    });
    return n;
  }
}
