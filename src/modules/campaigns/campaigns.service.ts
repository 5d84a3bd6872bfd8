import type { CacheBus } from '../../platform/cache/index.js';
import { withTransaction, type Ctx } from '../../platform/context.js';
import { computeBonus, statusAt, type BonusInput, type BonusResult, type CampaignStatus } from './campaign-bonus.js';
import { CampaignErrors } from './campaigns.errors.js';
import { campaignsRepository, type CampaignRecord } from './campaigns.repository.js';
import { CreateCampaignInput } from './campaigns.schemas.js';
import { parseInput } from '../../platform/parse-input.js';

export const CAMPAIGNS_CACHE_SCOPE = 'campaigns';

/** A campaign with its status at the context's time (the cross-module contract). */
export type Campaign = CampaignRecord & { status: CampaignStatus };

/** What campaign details need from the datafields module (wired when that module exists). */
export interface DataFieldDescriber {
  describe(ctx: Ctx, ids: number[]): Promise<{ DataFieldId: number }[]>;
}

/**
 * Campaigns of a tenant: admin CRUD, the retail list/details, the status from the clock and the
 * subsidy for a quote. Served from a per-tenant in-memory cache invalidated via CacheBus.
 */
export class CampaignsService {
  private readonly cacheByTenant = new Map<number, Promise<CampaignRecord[]>>();
  private dataFields: DataFieldDescriber | null = null;

  constructor(private readonly deps: { cache: CacheBus }) {
    deps.cache.on(CAMPAIGNS_CACHE_SCOPE, (tenantId) => {
      if (tenantId === null) this.cacheByTenant.clear();
      else this.cacheByTenant.delete(tenantId);
    });
  }

  /** Wiring: the datafields module describes a campaign's data fields (else details show []). */
  setDataFields(d: DataFieldDescriber): void {
    this.dataFields = d;
  }

  private all(ctx: Ctx): Promise<CampaignRecord[]> {
    let p = this.cacheByTenant.get(ctx.tenant.id);
    if (!p) {
      p = campaignsRepository.list(ctx);
      p.catch(() => this.cacheByTenant.delete(ctx.tenant.id));
      this.cacheByTenant.set(ctx.tenant.id, p);
    }
    return p;
  }

  private withStatus(ctx: Ctx, c: CampaignRecord): Campaign {
    return { ...c, status: statusAt(c, ctx.clock.now()) };
  }

  statusAt(campaign: { activeFrom: Date; activeTo: Date }, now: Date): CampaignStatus {
    return statusAt(campaign, now);
  }

  async list(ctx: Ctx): Promise<Campaign[]> {
    return (await this.all(ctx)).map((c) => this.withStatus(ctx, c));
  }

  /** The campaigns a customer can choose now: those whose status is Active. */
  async listActive(ctx: Ctx): Promise<Campaign[]> {
    return (await this.list(ctx)).filter((c) => c.status === 'Active');
  }

  async getCampaign(ctx: Ctx, id: number): Promise<Campaign | null> {
    const c = (await this.all(ctx)).find((x) => x.id === id);
    return c ? this.withStatus(ctx, c) : null;
  }

  /** Campaign details for the retail API; N180001 when unknown. */
  async details(ctx: Ctx, id: number): Promise<{ campaign: Campaign; dataFields: object[] }> {
    const campaign = await this.getCampaign(ctx, id);
    if (!campaign) throw CampaignErrors.N180001({ id });
    const dataFields = this.dataFields && campaign.dataFieldIds.length ? await this.dataFields.describe(ctx, campaign.dataFieldIds) : [];
    return { campaign, dataFields };
  }

  /** For datafields (`CampaignFieldSource`): the campaign's field ids, null when it does not exist. */
  async dataFieldIdsFor(ctx: Ctx, campaignId: number): Promise<number[] | null> {
    const c = await this.getCampaign(ctx, campaignId);
    return c ? c.dataFieldIds : null;
  }

  /** The subsidy a campaign gives one device (by its strategy). */
  bonusFor(campaign: Pick<Campaign, 'strategy' | 'offers'>, input: BonusInput): BonusResult {
    return computeBonus(campaign.strategy, campaign.offers, input);
  }

  /** Every data field a campaign names must be one of the tenant's (issue 18: ids are checked against the tenant). */
  private async checkDataFields(ctx: Ctx, ids: number[]): Promise<void> {
    if (!this.dataFields || ids.length === 0) return;
    const known = new Set((await this.dataFields.describe(ctx, ids)).map((f) => f.DataFieldId));
    const missing = ids.find((id) => !known.has(id));
    if (missing !== undefined) throw CampaignErrors.B180002({ id: missing });
  }

  async create(ctx: Ctx, input: CreateCampaignInput): Promise<Campaign> {
    const data = parseInput(CreateCampaignInput, input);
    await this.checkDataFields(ctx, data.dataFieldIds);
    const created = await withTransaction(ctx, async (tx) => {
      const c = await campaignsRepository.insert(tx, data, ctx.clock.now());
      await this.deps.cache.invalidate(tx.db, CAMPAIGNS_CACHE_SCOPE, ctx.tenant.id);
      return c;
    });
    return this.withStatus(ctx, created);
  }

  async update(ctx: Ctx, id: number, input: CreateCampaignInput): Promise<Campaign> {
    const data = parseInput(CreateCampaignInput, input);
    await this.checkDataFields(ctx, data.dataFieldIds);
    const updated = await withTransaction(ctx, async (tx) => {
      const c = await campaignsRepository.update(tx, id, data, ctx.clock.now());
      if (!c) throw CampaignErrors.N180001({ id });
      await this.deps.cache.invalidate(tx.db, CAMPAIGNS_CACHE_SCOPE, ctx.tenant.id);
      return c;
    });
    return this.withStatus(ctx, updated);
  }

  async remove(ctx: Ctx, id: number): Promise<void> {
    await withTransaction(ctx, async (tx) => {
      if (!(await campaignsRepository.remove(tx, id, ctx.clock.now()))) throw CampaignErrors.N180001({ id });
      await this.deps.cache.invalidate(tx.db, CAMPAIGNS_CACHE_SCOPE, ctx.tenant.id);
    });
  }

  /** Demo data: one running campaign (Sum) and one that has ended (idempotent by name). */
  async seedDemo(ctx: Ctx): Promise<void> {
    const now = ctx.clock.now();
    const day = 24 * 60 * 60 * 1000;
    const demos: CreateCampaignInput[] = [
      {
        name: 'Spring upgrade bonus',
        description: 'Extra trade-in value towards a new phone (demo campaign).',
        activeFrom: new Date(now.getTime() - 30 * day),
        activeTo: new Date(now.getTime() + 335 * day),
        promoCode: 'SPRING-BONUS',
        hasFmipDeduction: true,
        maxDevicesPerTradeIn: 2,
        strategy: 'Sum',
        offers: [
          { amount: 25, offerCode: 'DEVICE25', adjustmentType: 'Flat', grade: '', offerType: 'Device' },
          { amount: 50, offerCode: 'DEAL50', adjustmentType: 'Flat', grade: '', offerType: 'Deal' },
        ],
      },
      {
        name: 'Winter bonus (ended)',
        description: 'A past campaign (demo).',
        activeFrom: new Date(now.getTime() - 200 * day),
        activeTo: new Date(now.getTime() - 100 * day),
        promoCode: 'WINTER',
        strategy: 'Max',
        offers: [{ amount: 10, offerCode: 'WINTER10', adjustmentType: 'Percent', grade: '', offerType: 'Device' }],
      },
    ];
    for (const d of demos) {
      if (!(await campaignsRepository.existsByName(ctx, d.name))) await this.create(ctx, d);
    }
  }
}
