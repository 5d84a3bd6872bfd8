import { AppError, defineErrors } from '../../platform/errors/index.js';

/** Error codes of the commerce module (storefront orders, seeds 000/002). */
export const CommerceErrors = defineErrors({
  /**
   * The order, order item or old order does not exist for this user — and the one answer of the
   * trade-in approve/reject links for every refusal (seed 000: not the owner, no trade-in data,
   * already decided, not yet valuated, bad link token, backend failed in synchronous mode).
   */
  N300001: { kind: 'not_found', en: 'Not found.', tr: 'Bulunamadı.', sv: 'Hittades inte.', de: 'Nicht gefunden.' },
  /** A cancellation asks for more pieces than the order item has left (seed 002's 400 on `quantity`). */
  B300001: {
    kind: 'validation',
    en: 'Quantity can not be greater than order item quantity.',
    tr: 'Miktar, sipariş kalemi miktarından büyük olamaz.',
    sv: 'Antalet kan inte vara större än orderradens antal.',
    de: 'Die Menge darf nicht größer als die Menge der Bestellposition sein.',
  },
  /** A refund request without `pickup_address` (seed 002: HTTP 406 with this exact code). */
  cancellation_request_100_8: {
    kind: 'precondition',
    en: 'Pickup address is required.',
    tr: 'Teslim alma adresi zorunludur.',
    sv: 'Upphämtningsadress krävs.',
    de: 'Abholadresse ist erforderlich.',
  },
  /** The order item is already cancelled, shipped (for `cancel`) or not yet delivered (for `refund`). */
  B300002: {
    kind: 'conflict',
    en: 'Order item {id} cannot be {type, select, refund {refunded} other {cancelled}} in its current status.',
    tr: '{id} numaralı sipariş kalemi mevcut durumunda {type, select, refund {iade edilemez} other {iptal edilemez}}.',
    sv: 'Orderrad {id} kan inte {type, select, refund {returneras} other {avbeställas}} i sin nuvarande status.',
    de: 'Bestellposition {id} kann im aktuellen Status nicht {type, select, refund {zurückgegeben} other {storniert}} werden.',
  },
  /** The cancellation reason does not exist, is inactive or belongs to the other cancellation type. */
  B300003: {
    kind: 'validation',
    en: 'Cancellation reason {id} is not valid for this cancellation type.',
    tr: '{id} numaralı iptal nedeni bu iptal türü için geçerli değil.',
    sv: 'Avbeställningsorsak {id} gäller inte för denna typ av avbeställning.',
    de: 'Stornogrund {id} ist für diese Stornoart nicht gültig.',
  },
  /** Checkout with a trade-in while the trade-in core is not wired (should not happen in production). */
  B300004: {
    kind: 'precondition',
    en: 'Trade-in is not available right now.',
    tr: 'Takas şu anda kullanılamıyor.',
    sv: 'Inbyte är inte tillgängligt just nu.',
    de: 'Eintausch ist derzeit nicht verfügbar.',
  },
  /** The trade-in offer is in another currency than the order. */
  B300005: {
    kind: 'validation',
    en: 'The trade-in offer is in {tradeIn}, the order in {order}.',
    tr: 'Takas teklifi {tradeIn}, sipariş ise {order} para birimindedir.',
    sv: 'Inbyteserbjudandet är i {tradeIn}, ordern i {order}.',
    de: 'Das Eintauschangebot ist in {tradeIn}, die Bestellung in {order}.',
  },
  /** The same order item appears twice in one bulk cancellation. */
  B300006: {
    kind: 'validation',
    en: 'Order item {id} appears more than once.',
    tr: '{id} numaralı sipariş kalemi birden fazla kez yer alıyor.',
    sv: 'Orderrad {id} förekommer mer än en gång.',
    de: 'Bestellposition {id} kommt mehrfach vor.',
  },
  /** An old-order import row names a customer email with no account in the tenant. */
  B300007: {
    kind: 'validation',
    en: 'Old order {number}: no user with email {email}.',
    tr: 'Eski sipariş {number}: {email} e-postalı kullanıcı yok.',
    sv: 'Gammal order {number}: ingen användare med e-post {email}.',
    de: 'Alte Bestellung {number}: kein Benutzer mit der E-Mail {email}.',
  },
  /** The trade-in device of a final valuation does not exist in this tenant. */
  N300002: {
    kind: 'not_found',
    en: 'Trade-in device {id} not found.',
    tr: '{id} numaralı takas cihazı bulunamadı.',
    sv: 'Inbytesenhet {id} hittades inte.',
    de: 'Eintauschgerät {id} nicht gefunden.',
  },
  /** Checkout names a shipping option (pk or slug) the tenant does not offer (`settings.commerce.shippingOptions`). */
  B300008: {
    kind: 'validation',
    en: 'Shipping option {ref} is not offered.',
    tr: '{ref} teslimat seçeneği sunulmuyor.',
    sv: 'Leveranssätt {ref} erbjuds inte.',
    de: 'Versandoption {ref} wird nicht angeboten.',
  },
  /** Checkout names a payment option (pk or slug) the tenant does not offer (`settings.commerce.paymentOptions`). */
  B300009: {
    kind: 'validation',
    en: 'Payment option {ref} is not offered.',
    tr: '{ref} ödeme seçeneği sunulmuyor.',
    sv: 'Betalningssätt {ref} erbjuds inte.',
    de: 'Zahlungsoption {ref} wird nicht angeboten.',
  },
  /** An address pk (checkout address, pickup address of a return) that is not one of the customer's addresses. */
  B300010: {
    kind: 'validation',
    en: 'Address {id} is not one of your addresses.',
    tr: '{id} numaralı adres adreslerinizden biri değil.',
    sv: 'Adress {id} är inte en av dina adresser.',
    de: 'Adresse {id} ist keine Ihrer Adressen.',
  },
  /** A return names a `shipping_company` that is not one of the item's easy-return carriers. */
  B300011: {
    kind: 'validation',
    en: 'Shipping company {id} does not pick up returns.',
    tr: '{id} numaralı kargo firması iade teslim almıyor.',
    sv: 'Fraktbolag {id} hämtar inte returer.',
    de: 'Versandunternehmen {id} holt keine Rücksendungen ab.',
  },
  /** Fulfilment asks for a step the order item cannot take now (cancelled, already delivered, or shipped twice). */
  B300012: {
    kind: 'conflict',
    en: 'Order item {id} cannot be marked {status} in its current status.',
    tr: '{id} numaralı sipariş kalemi mevcut durumunda {status, select, shipped {kargoya verildi} other {teslim edildi}} olarak işaretlenemez.',
    sv: 'Orderrad {id} kan inte markeras som {status, select, shipped {skickad} other {levererad}} i sin nuvarande status.',
    de: 'Bestellposition {id} kann im aktuellen Status nicht als {status, select, shipped {versandt} other {zugestellt}} markiert werden.',
  },
  /** Fulfilment names an order item that does not exist in this tenant. */
  N300003: {
    kind: 'not_found',
    en: 'Order item {id} not found.',
    tr: '{id} numaralı sipariş kalemi bulunamadı.',
    sv: 'Orderrad {id} hittades inte.',
    de: 'Bestellposition {id} nicht gefunden.',
  },
});

/** `err` as a validation error on one input field (the storefront answers `{ "<field>": message }`). */
export function onField(err: AppError, path: string, locale: string): AppError {
  return new AppError(err.code, err.kind, err.params, [{ path, code: err.code, message: err.localizedMessage(locale) }], err.messageKey);
}
