import { defineErrors } from '../../platform/errors/index.js';

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
});
