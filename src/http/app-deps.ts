import type { Config } from '../config/config.js';
import type { Db } from '../platform/db/index.js';
import type { Clock } from '../platform/clock/index.js';
import type { CacheBus } from '../platform/cache/index.js';
import type { OutboxDispatcher } from '../platform/outbox/index.js';
import type { OrgModule } from '../modules/org/index.js';
import type { CatalogModule } from '../modules/catalog/index.js';
import type { GradingModule } from '../modules/grading/index.js';
import type { PricingModule } from '../modules/pricing/index.js';
import type { CampaignsModule } from '../modules/campaigns/index.js';
import type { DiligenceModule } from '../modules/diligence/index.js';
import type { DataFieldsModule } from '../modules/datafields/index.js';
import type { NotificationsModule } from '../modules/notifications/index.js';
import type { CommerceModule } from '../modules/commerce/index.js';
import type { TradeinsModule } from '../modules/tradeins/index.js';
import type { MediaModule } from '../modules/media/index.js';
import type { WebhooksModule } from '../modules/webhooks/index.js';
import type { SubmissionsModule } from '../modules/submissions/index.js';
import type { LogisticsModule } from '../modules/logistics/index.js';
import type { FacilityModule } from '../modules/facility/index.js';
import type { AnalyticsModule } from '../modules/analytics/index.js';

/** The domain modules the HTTP adapter calls. Each later module adds its field here. */
export interface Modules {
  org: OrgModule;
  catalog: CatalogModule;
  grading: GradingModule;
  pricing: PricingModule;
  campaigns: CampaignsModule;
  diligence: DiligenceModule;
  datafields: DataFieldsModule;
  notifications: NotificationsModule;
  commerce: CommerceModule;
  tradeins: TradeinsModule;
  media: MediaModule;
  webhooks: WebhooksModule;
  submissions: SubmissionsModule;
  logistics: LogisticsModule;
  facility: FacilityModule;
  analytics: AnalyticsModule;
}

/** Everything `buildApp` needs, wired by `src/main`. */
export interface AppDeps {
  config: Config;
  db: Db;
  clock: Clock;
  cache: CacheBus;
  outbox: OutboxDispatcher;
  /** Secret for signed links (download links, email decision links). */
  secret: string;
  modules: Modules;
}
