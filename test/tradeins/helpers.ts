import { randomBytes, randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import type { Ctx } from '../../src/platform/context.js';
import type { CampaignView, DiligenceSummary, StoredQuote, TradeinsPorts } from '../../src/modules/tradeins/index.js';
import type { CatalogVariant } from '../../src/modules/catalog/index.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { createTenant, type TestTenant } from '../helpers/factories.js';

/** In-memory pricing with the contract's claim semantics (one winner per quote). */
export class FakePricing {
  quotes = new Map<string, StoredQuote & { tenantId: number }>();
  async getQuote(ctx: Ctx, id: string): Promise<StoredQuote | null> {
    const q = this.quotes.get(id);
    return q && q.tenantId === ctx.tenant.id ? { ...q } : null;
  }
  async claimQuote(ctx: Ctx, id: string, deviceId: number): Promise<'claimed' | 'already_used' | 'expired' | 'not_found'> {
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

export interface Harness {
  t: TestApp;
  tt: TestTenant;
  pricing: FakePricing;
  campaigns: FakeCampaigns;
  diligence: FakeDiligence;
  datafields: FakeDataFields;
  variant: CatalogVariant;
  headers: Record<string, string>;
  /** A quote for a fresh identifier with a passing diligence report. */
  quote(opts?: Partial<StoredQuote> & { identifier?: string; fraud?: DiligenceSummary['fraud']; fmip?: DiligenceSummary['fmip']; noReport?: boolean }): {
    id: string;
    identifier: string;
  };
  register(body: Record<string, unknown>, path?: string): Promise<LightMyRequestResponse>;
}

export function imei(): string {
  return `35${BigInt('0x' + randomBytes(7).toString('hex'))
    .toString()
    .padStart(13, '0')
    .slice(0, 13)}`;
}

/** App + tenant with fake pricing/campaigns/diligence/datafields connected to the trade-in module. */
export async function harness(options: { settings?: Record<string, unknown>; t?: TestApp } = {}): Promise<Harness> {
  const t = options.t ?? (await createTestApp());
  const tt = await createTenant(t, { settings: options.settings });
  const pricing = new FakePricing();
  const campaigns = new FakeCampaigns();
  const diligence = new FakeDiligence();
  const datafields = new FakeDataFields();
  t.c.modules.tradeins.connect({ pricing, campaigns, diligence, datafields } as unknown as TradeinsPorts);
  const variant = (await t.c.modules.catalog.allVariants(tt.ctx)).find((v) => v.itemGroupKey === 'mobiles' && /iPhone 1\d/.test(v.productName))!;
  const headers = { 'x-apikey': tt.apiKey };
  return {
    t,
    tt,
    pricing,
    campaigns,
    diligence,
    datafields,
    variant,
    headers,
    quote(opts = {}) {
      const identifier = opts.identifier ?? imei();
      const now = t.clock.now();
      const id = randomUUID();
      pricing.quotes.set(id, {
        tenantId: tt.tenant.id,
        id,
        variantId: variant.id,
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
        createdAt: now,
        expiresAt: new Date(now.getTime() + 3600_000),
        usedAt: null,
        usedByDeviceId: null,
        ...opts,
      });
      if (!opts.noReport) {
        diligence.reports.set(identifier, {
          reportId: randomUUID(),
          itemIdentifier: identifier,
          variantId: opts.variantId ?? variant.id,
          fraud: opts.fraud ?? 'Passed',
          fmip: opts.fmip ?? 'NotActivated',
          createdAt: now,
        });
      }
      return { id, identifier };
    },
    register(body, path = '/api/v2/retail/tradeins') {
      return t.app.inject({ method: 'POST', url: path, headers, payload: body });
    },
  };
}
