/**
 * Commerce: storefront orders (seeds 000/002) — checkout with trade-in discounts, the owner's
 * orders, cancellation reasons and requests, imported old orders, and the customer's approval
 * or rejection of a trade-in's final valuation by email link.
 *
 * Wiring: `createCommerceModule(deps)`, then `setTradeIns(tradeins)` and register
 * {@link CommerceService.onFinalValuationRecorded} on the outbox for `tradeins.final_valuation_recorded`.
 */
import { CommerceService, type CommerceDeps } from './commerce.service.js';

export { CommerceService, FINAL_VALUATION_TOPIC } from './commerce.service.js';
export type { CommerceDeps, TradeInDecision, DecisionAuthority, OrderView, OrderTradeInView } from './commerce.service.js';
export { CommerceErrors } from './commerce.errors.js';
export { CommerceSettings } from './commerce.settings.js';
export {
  CheckoutInput,
  AddressInput,
  CancellationRequestInput,
  BulkCancellationInput,
  FinalValuationInput,
  FulfilmentInput,
  OldOrderImport,
} from './commerce.schemas.js';
export type {
  OrderRecord,
  OrderItemRecord,
  DiscountItemRecord,
  CancellationReasonRecord,
  CancellationRequestRecord,
  OldOrderRecord,
  OptionSnapshot,
  EasyReturnRecord,
} from './commerce.repository.js';
export type { AddressRecord, PlaceRecord } from './addresses.repository.js';
export type { TradeInsPort, TradeInDeviceView, RegisterForOrderInput, ValuationEvidence } from './tradeins-port.js';
export { allocateTradeInDiscounts, formatTaxRate, isCancellable, isRefundable, ORDER_STATUS, tradeInAmountDue, awaitsTradeInDecision } from './order-math.js';

export type CommerceModule = CommerceService;

export function createCommerceModule(deps: CommerceDeps): CommerceModule {
  return new CommerceService(deps);
}
