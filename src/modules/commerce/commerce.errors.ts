import { AppError, defineErrors } from '../../platform/errors/index.js';

/** Error codes of the commerce module (storefront orders, seeds 000/002). */
export const CommerceErrors = defineErrors({
  /**
   * The order, order item or old order does not exist for this user — and the one answer of the
   * trade-in approve/reject links for every refusal (seed 000: not the owner, no trade-in data,
   * already decided, not yet valuated, bad link token, backend failed in synchronous mode).
   */
  N300001: { kind: 'not_found', en: 'Not found.' },
  /** A cancellation asks for more pieces than the order item has left (seed 002's 400 on `quantity`). */
  B300001: {
    kind: 'validation',
    en: 'Quantity can not be greater than order item quantity.',
  },
  /** A refund request without `pickup_address` (seed 002: HTTP 406 with this exact code). */
  cancellation_request_100_8: {
    kind: 'precondition',
    en: 'Pickup address is required.',
  },
  /** The order item is already cancelled, shipped (for `cancel`) or not yet delivered (for `refund`). */
  B300002: {
    kind: 'conflict',
    en: 'Order item {id} cannot be {type, select, refund {refunded} other {cancelled}} in its current status.',
  },
  /** The cancellation reason does not exist, is inactive or belongs to the other cancellation type. */
  B300003: {
    kind: 'validation',
    en: 'Cancellation reason {id} is not valid for this cancellation type.',
  },
  /** Checkout with a trade-in while the trade-in core is not wired (should not happen in production). */
  B300004: {
    kind: 'precondition',
    en: 'Trade-in is not available right now.',
  },
  /** The trade-in offer is in another currency than the order. */
  B300005: {
    kind: 'validation',
    en: 'The trade-in offer is in {tradeIn}, the order in {order}.',
  },
  /** The same order item appears twice in one bulk cancellation. */
  B300006: {
    kind: 'validation',
    en: 'Order item {id} appears more than once.',
  },
  /** An old-order import row names a customer email with no account in the tenant. */
  B300007: {
    kind: 'validation',
    en: 'Old order {number}: no user with email {email}.',
  },
  /** The trade-in device of a final valuation does not exist in this tenant. */
  N300002: {
    kind: 'not_found',
    en: 'Trade-in device {id} not found.',
  },
  /** Checkout names a shipping option (pk or slug) the tenant does not offer (`settings.commerce.shippingOptions`). */
  B300008: {
    kind: 'validation',
    en: 'Shipping option {ref} is not offered.',
  },
  /** Checkout names a payment option (pk or slug) the tenant does not offer (`settings.commerce.paymentOptions`). */
  B300009: {
    kind: 'validation',
    en: 'Payment option {ref} is not offered.',
  },
  /** An address pk (checkout address, pickup address of a return) that is not one of the customer's addresses. */
  B300010: {
    kind: 'validation',
    en: 'Address {id} is not one of your addresses.',
  },
  /** A return names a `shipping_company` that is not one of the item's easy-return carriers. */
  B300011: {
    kind: 'validation',
    en: 'Shipping company {id} does not pick up returns.',
  },
  /** Fulfilment asks for a step the order item cannot take now (cancelled, already delivered, or shipped twice). */
  B300012: {
    kind: 'conflict',
    en: 'Order item {id} cannot be marked {status} in its current status.',
  },
  /** Fulfilment names an order item that does not exist in this tenant. */
  N300003: {
    kind: 'not_found',
    en: 'Order item {id} not found.',
  },
});

/** `err` as a validation error on one input field (the storefront answers `{ "<field>": message }`). */
export function onField(err: AppError, path: string, locale: string): AppError {
  return new AppError(err.code, err.kind, err.params, [{ path, code: err.code, message: err.localizedMessage(locale) }], err.messageKey);
}
