/**
 * Custom data fields (seed 003 §7): tenant-defined fields sent with a trade-in registration,
 * their listing (`GET /configurations/data-fields`), value validation
 * (`GET /tradeins/datafields/validate`) and the uses of values by trade-ins (unique values,
 * limits of uses per value).
 *
 * Contracts used by other modules:
 * - `validateForTradeIn(ctx, { values, isCorporate, campaignId, mode, excludeTradeInId? })` —
 *   throws the seed's B0900xx codes, returns the normalized values;
 * - `recordUses(ctx, tradeInId, values)` — inside the registration's transaction;
 * - `usesNeedLock(ctx, values)` — whether `recordUses` would lock (else a registration needs no transaction);
 * - `describe(ctx, ids)` — fields in the seed §7 shape, for campaign details;
 * - `setCampaignFieldSource(source)` — the campaigns module tells which fields a campaign has.
 */
import type { CacheBus } from '../../platform/cache/index.js';
import { DataFieldsService } from './datafields.service.js';
import { DataFieldCache } from './field-cache.js';

export { DataFieldErrors } from './datafields.errors.js';
export { CreateDataFieldInput, DataFieldRules, UpdateDataFieldInput, TradeInDataFieldsInput } from './datafields.schemas.js';
export { DataFieldsService } from './datafields.service.js';
export { DEMO_FIELDS } from './use-cases/seed-demo.js';
export { VALIDATION_TTL_MS } from './use-cases/validate-for-trade-in.js';
export type { CampaignFieldSource } from './use-cases/env.js';
export type { ValueValidation } from './use-cases/validate-value.js';
export { MAX_VALUE_LENGTH } from './value-rules.js';
export { TEMPLATE_TYPES } from './datafields.types.js';
export type { DataField, RetailDataField, DataFieldValueInput, ValidatedDataFieldValue, TemplateType, ListOption } from './datafields.types.js';

export type DataFieldsModule = DataFieldsService;

/** With a CacheBus the tenants' field definitions are served from memory (see `field-cache.ts`). */
export function createDataFieldsModule(deps: { cache?: CacheBus } = {}): DataFieldsModule {
  return new DataFieldsService(new DataFieldCache(deps.cache));
}
