/**
 * Campaigns: time-boxed trade-in subsidies with offers (Flat/Percent, Device/Deal, per grade),
 * combined by strategy (Sum or Max), their status from the clock, and the retail list/details.
 *
 * Public face: {@link CampaignsService} — `getCampaign(ctx, id)`, `list`, `details`,
 * `statusAt(campaign, now)`, `bonusFor(campaign, input)`, `dataFieldIdsFor` (for datafields),
 * admin `create`/`update`/`remove`, `seedDemo`; the pure {@link computeBonus} and {@link statusAt}.
 */
import type { CacheBus } from '../../platform/cache/index.js';
import { CampaignsService } from './campaigns.service.js';

export { CampaignsService, CAMPAIGNS_CACHE_SCOPE, type Campaign, type DataFieldDescriber } from './campaigns.service.js';
export { CampaignErrors } from './campaigns.errors.js';
export { CreateCampaignInput, OfferSchema, type Offer } from './campaigns.schemas.js';
export { computeBonus, statusAt, offerAmountMinor, type BonusInput, type BonusResult, type CampaignStatus, type Strategy } from './campaign-bonus.js';

export type CampaignsModule = CampaignsService;

export function createCampaignsModule(deps: { cache: CacheBus }): CampaignsModule {
  return new CampaignsService(deps);
}
