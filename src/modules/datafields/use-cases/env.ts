import type { Ctx } from '../../../platform/context.js';
import type { DataFieldCache } from '../field-cache.js';

/** Which data fields a campaign carries (the campaigns module provides it at wiring time). */
export interface CampaignFieldSource {
  /** The campaign's data field ids, or null when the campaign does not exist. */
  dataFieldIdsFor(ctx: Ctx, campaignId: number): Promise<number[] | null>;
}

/** What the use cases receive besides `(ctx, input)`: the sources wired at start-up. */
export interface DataFieldsEnv {
  /** Wired by the campaigns module (campaigns imports datafields, not the reverse); null until then. */
  campaignFields: CampaignFieldSource | null;
  /** The tenant's field definitions in memory (a registration reads them three times). */
  readonly fields: DataFieldCache;
}
