import { randomBytes, randomUUID } from 'node:crypto';
import type { Ctx } from '../../src/platform/context.js';
import type { CatalogVariant } from '../../src/modules/catalog/index.js';
import type { CampaignView, ClaimResult, DiligenceSummary, StoredQuote, TradeinsPorts, VatScheme } from '../../src/modules/tradeins/index.js';

/**
 * In-memory stand-ins for the modules registration consumes through its ports (`ports.ts`):
 * the HTTP harness (`helpers.ts`) and the module tier (`module.ts`) connect them instead of
 * pricing, campaigns, diligence and datafields.
 */

/** In-memory pricing with the contract's claim semantics (one winner per quote). */
export class FakePricing {
  quotes = new Map<string, StoredQuote & { tenantId: number }>();
  /** The answer of the next claims instead of claiming (a race lost at write time). */
  claimAnswer: Exclude<ClaimResult, 'claimed'> | null = null;
  /** Set to give the tenant a VAT treatment per customer type (absent: `none`, no B090083). */
  vatScheme?: (ctx: Ctx, tradeInType: number) => VatScheme;
  async getQuote(ctx: Ctx, id: string): Promise<StoredQuote | null> {
    const q = this.quotes.get(id);
    return q && q.tenantId === ctx.tenant.id ? { ...q } : null;
  }
  async claimQuote(ctx: Ctx, id: string, deviceId: number): Promise<ClaimResult> {
    if (this.claimAnswer) return this.claimAnswer;
    const q = this.quotes.get(id);
    if (!q || q.tenantId !== ctx.tenant.id) return 'not_found';
    if (q.usedAt) return 'already_used';
    if (q.expiresAt.getTime() <= ctx.clock.now().getTime()) return 'expired';
    q.usedAt = ctx.clock.now();
    q.usedByDeviceId = deviceId;
    return 'claimed';
  }
}

export class FakeCampaigns {
  campaigns = new Map<number, CampaignView>();
  async getCampaign(_ctx: Ctx, id: number) {
    return this.campaigns.get(id) ?? null;
  }
  statusAt(c: CampaignView, now: Date): 'Active' | 'Upcoming' | 'Expired' {
    if (c.activeFrom && new Date(c.activeFrom) > now) return 'Upcoming';
    if (c.activeTo && new Date(c.activeTo) < now) return 'Expired';
    return 'Active';
  }
}

export class FakeDiligence {
  reports = new Map<string, DiligenceSummary>();
  async latestReportFor(_ctx: Ctx, q: { itemIdentifier: string; variantId: number }) {
    const r = this.reports.get(q.itemIdentifier);
    return r && r.variantId === q.variantId ? r : null;
  }
}

export class FakeDataFields {
  calls: { mode: string; values: unknown[] }[] = [];
  uses: { tradeInId: number; values: unknown[] }[] = [];
  failWith: Error | null = null;
  async validateForTradeIn(_ctx: Ctx, input: { mode: string; values: unknown[] }) {
    this.calls.push(input);
    if (this.failWith) throw this.failWith;
    return [];
  }
  async recordUses(_ctx: Ctx, tradeInId: number, values: unknown[]) {
    this.uses.push({ tradeInId, values });
  }
}

export interface TradeinsFakes {
  pricing: FakePricing;
  campaigns: FakeCampaigns;
  diligence: FakeDiligence;
  datafields: FakeDataFields;
}

export function createFakes(): TradeinsFakes {
  return { pricing: new FakePricing(), campaigns: new FakeCampaigns(), diligence: new FakeDiligence(), datafields: new FakeDataFields() };
}

/** The fakes as the ports `tradeins.connect` takes. */
export function asPorts(fakes: TradeinsFakes): TradeinsPorts {
  return fakes as unknown as TradeinsPorts;
}

/** A catalog that knows the given variants only (the module reads names and item groups from it). */
export function fakeCatalog(variants: Pick<CatalogVariant, 'id' | 'productName' | 'itemGroupKey'>[]) {
  return {
    async getVariants(_ctx: Ctx, ids: readonly number[]): Promise<Map<number, CatalogVariant>> {
      return new Map(variants.filter((v) => ids.includes(v.id)).map((v) => [v.id, v as CatalogVariant]));
    },
  };
}

export function imei(): string {
  return `35${BigInt('0x' + randomBytes(7).toString('hex'))
    .toString()
    .padStart(13, '0')
    .slice(0, 13)}`;
}

export type QuoteOptions = Partial<StoredQuote> & {
  identifier?: string;
  fraud?: DiligenceSummary['fraud'];
  fmip?: DiligenceSummary['fmip'];
  fmipSource?: DiligenceSummary['fmipSource'];
  noReport?: boolean;
};

/** A quote of the tenant for a fresh identifier (or `identifier`), with a passing diligence report unless told otherwise. */
export function addQuote(
  fakes: TradeinsFakes,
  at: { tenantId: number; variantId: number; now: Date },
  opts: QuoteOptions = {},
): { id: string; identifier: string } {
  const { identifier = imei(), fraud, fmip, fmipSource, noReport, ...quote } = opts;
  const id = randomUUID();
  fakes.pricing.quotes.set(id, {
    tenantId: at.tenantId,
    id,
    variantId: at.variantId,
    itemIdentifier: null,
    gradeKey: 'working',
    gradeName: 'Working',
    offeredPriceMinor: 23400,
    offeredPriceInclVatMinor: 23400,
    vatCoefficient: null,
    currency: 'EUR',
    exchangeRate: 1,
    baseCurrency: 'EUR',
    basePriceMinor: 23400,
    campaignId: null,
    deviceBonusInclVatMinor: 0,
    dealBonusInclVatMinor: 0,
    systemExtras: [],
    extras: [],
    answers: {},
    breakdown: [{ code: 'base', label: 'Working device', amountMinor: 23400 }],
    tradeInChannel: 0,
    tradeInType: 0,
    locationId: null,
    agentUserId: null,
    gradingFormVersionId: 1,
    createdAt: at.now,
    expiresAt: new Date(at.now.getTime() + 3600_000),
    usedAt: null,
    usedByDeviceId: null,
    ...quote,
  });
  if (!noReport) {
    fakes.diligence.reports.set(identifier, {
      reportId: randomUUID(),
      itemIdentifier: identifier,
      variantId: quote.variantId ?? at.variantId,
      fraud: fraud ?? 'Passed',
      fmip: fmip ?? 'NotActivated',
      fmipSource: fmipSource ?? null,
      createdAt: at.now,
    });
  }
  return { id, identifier };
}
