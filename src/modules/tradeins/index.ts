/**
 * Trade-ins: registration of final (seed 003 §5) and temporary (§6) trade-ins with every rule
 * of §12 RegisterTradeInRequest, the device lifecycle state machine, the confirmation PDF with
 * barcode and signatures (§11), signed download and public links, CO2 estimates.
 *
 * Wiring: `createTradeinsModule(deps)`, then `tradeins.connect({ pricing, campaigns, diligence,
 * datafields })` with those modules' public faces (they are consumed through the interfaces in
 * `ports.ts`, so this module never imports them and has no cycle with commerce).
 *
 * Lifecycle contract for other modules: `register(ctx, input, { temporary, source })`,
 * `getDevice`, `cancelDevice`, `recordFinalValuation` (emits `tradeins.final_valuation_recorded`),
 * `applyCustomerDecision`, `isIdentifierInStock`, `transitionDevice(ctx, id, to, {from, source, note, data})`,
 * `transitionDevices`, `deviceHistory` (every status change is written to `trade_in_device_events`).
 */
import type { Renderer } from '../../platform/render/index.js';
import type { CatalogModule } from '../catalog/index.js';
import type { OrgModule } from '../org/index.js';
import { TradeinsService } from './tradeins.service.js';

export { TradeinsErrors } from './tradeins.errors.js';
export { TradeinsSettings } from './tradeins.settings.js';
export { TradeinsService } from './tradeins.service.js';
export { SIGNATURE_LIMITS } from './use-cases/signature-image.js';
export type { RegisterTradeInInput, RegisterOptions } from './use-cases/register.js';
export type { UpdateTradeInInput } from './use-cases/update.js';
export type { DeviceTransitionMeta } from './use-cases/lifecycle.js';
export type { TradeIn, TradeInDevice, TradeInKind, TradeInStatus, DeviceFilter, DeviceEvent, TradeInFilter, FmipStatus, FmipSource } from './tradeins.types.js';
export type { VatScheme } from './ports.js';
export type {
  TradeinsPorts,
  PricingPort,
  CampaignsPort,
  DiligencePort,
  DataFieldsPort,
  StoredQuote,
  DiligenceSummary,
  CampaignView,
  DataFieldValue,
  ClaimResult,
} from './ports.js';
export { DEVICE_STATUSES, DEVICE_TRANSITIONS, LIVE_STATUSES, IN_STOCK_STATUSES, canTransition, allowedFrom, type DeviceStatus } from './state-machine.js';
export { co2SavingKg, CO2_SAVING_KG_BY_GROUP, CO2_SAVING_KG_DEFAULT } from './co2.js';
export { barcodePng } from './pdf.js';
export { dealBonus } from './deal-bonus.js';
export { offeredTotal } from './offered-total.js';
export { registerFromOffer, type RegisterFromOfferInput } from './use-cases/register-from-offer.js';
export { findShippableDevices, tradeInDeviceIds, type ShippableDevice } from './repositories/shipping-lookup.repository.js';

export type TradeinsModule = TradeinsService;

/** `secret` signs download and public links; `publicUrl` is their base. */
export function createTradeinsModule(deps: {
  org: Pick<OrgModule, 'users' | 'locations'>;
  catalog: Pick<CatalogModule, 'getVariants'>;
  secret: string;
  publicUrl: string;
  renderer: Renderer;
}): TradeinsModule {
  return new TradeinsService(deps);
}
