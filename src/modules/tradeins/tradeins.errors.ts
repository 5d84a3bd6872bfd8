import { defineErrors } from '../../platform/errors/index.js';

/**
 * Errors of trade-in registration and lifecycle. Codes and English texts are seed 003 §12's
 * (RegisterTradeInRequest, CancelTradeInRequest, ConfirmTempTradeInRequest, GenerateTradeInPublicUrl,
 * GenerateTempTradeInPublicUrl); B09008x/B09009x/N09009x/I090001 are ours, in the same pattern.
 * Data-field codes (B090014, B090016–B090019, B090025–B090031, B090043, B090047, B090049) belong
 * to the datafields module, which throws them from `validateForTradeIn`.
 */
export const TradeinsErrors = defineErrors({
  /** Cancel or update of a trade-in (or device) that is no longer Registered. */
  B090001: {
    kind: 'conflict',
    en: 'Trade-in should be in Registered status.',
  },
  /** No trade-in with this id in the tenant. */
  N090001: {
    kind: 'not_found',
    en: 'Trade-In does not exist.',
  },
  /** A device's PriceQuoteId names no quote of the tenant. */
  N090003: {
    kind: 'not_found',
    en: "Price quote with '{id}' id not found.",
  },
  /** The identifier is in a trade-in that is not finished (Temporary, Registered, Shipped). */
  B090004: {
    kind: 'conflict',
    en: "Unfinished Trade-in item with '{identifier}' identifier already exist.",
  },
  /** The identifier belongs to a device that is in stock (received, valuated, not returned). */
  B090005: {
    kind: 'conflict',
    en: "Item with '{identifier}' identifier already in stock.",
  },
  /** TradeInDevices missing or empty. */
  B090006: {
    kind: 'validation',
    en: "TradeInDevices can't be empty.",
  },
  /** AgentId names no user of the tenant. */
  B090007: {
    kind: 'validation',
    en: "User with '{id}' id does not exist.",
  },
  /** A device without PriceQuoteId. */
  N090007: {
    kind: 'not_found',
    en: 'Price quote id required.',
  },
  /** LocationId names no location of the tenant. */
  B090008: {
    kind: 'validation',
    en: "Location with '{id}' id does not exist.",
  },
  /** No due-diligence report for the identifier and the quote's model. */
  B090009: {
    kind: 'precondition',
    en: "Perform due diligence check for '{identifier}' device.",
  },
  /** The fraud check failed (blocklisted, lost, stolen). */
  B090010: {
    kind: 'precondition',
    en: "Due diligence status Failed is not allowed for '{identifier}' device.",
  },
  /** Find My reports the device lost. */
  B090011: {
    kind: 'precondition',
    en: "FMIP status Lost is not allowed for '{identifier}' device.",
  },
  /** Fraud check Caution and the tenant blocks Caution (`tradeins.blockDiligenceCaution`). */
  B090012: {
    kind: 'precondition',
    en: "Due diligence status Caution is not allowed for '{identifier}' device.",
  },
  /** A device without DeviceIdentifier. */
  N090012: {
    kind: 'not_found',
    en: 'Item identifier required.',
  },
  /** A check ended in Error and the tenant blocks Error (`tradeins.blockDiligenceError`). */
  B090013: {
    kind: 'precondition',
    en: "Due diligence status Error is not allowed for '{identifier}' device.",
  },
  /** No temporary trade-in with this id in the tenant. */
  N090013: {
    kind: 'not_found',
    en: "Temporary trade-in was not found by id '{id}'.",
  },
  /** More devices than the tenant's or the campaign's limit. */
  B090021: {
    kind: 'validation',
    en: 'Max limit of devices in trade-in has been exceeded.',
  },
  /** The same identifier twice in one request. */
  B090023: {
    kind: 'validation',
    en: "Identifier should be unique, but Identifier '{identifier}' was met {count} times in request.",
  },
  /** The quote has expired (the seed has no code of its own for this; see README). */
  B090024: {
    kind: 'precondition',
    en: "Device with '{id}' price quote already registered.",
  },
  /** The quote was claimed by another trade-in device (also the loser of a race). */
  B090030: {
    kind: 'conflict',
    en: "The PriceQuoteId '{id}' has already been used for another trade-in. Please make a new PriceQuote.",
  },
  /** Quotes of one trade-in with different campaigns (or some with, some without). */
  B090032: {
    kind: 'validation',
    en: 'All valuations must have the same Campaign id.',
  },
  /** The quotes' campaign has not started at registration time. */
  B090033: {
    kind: 'precondition',
    en: "Campaign with id '{id}' has not started yet.",
  },
  /** The quotes' campaign has ended at registration time. */
  B090034: {
    kind: 'precondition',
    en: "Campaign with id '{id}' has already expired.",
  },
  /** Confirm of a temporary trade-in after its expiry. */
  B090036: {
    kind: 'conflict',
    en: "Temporary trade-in with id '{id}' is expired. Please register it again.",
  },
  /** Confirm or cancel of a cancelled temporary trade-in. */
  B090040: {
    kind: 'conflict',
    en: "Temporary trade-in with id '{id}' was cancelled. Please register it again.",
  },
  /** Confirm or cancel of an already confirmed temporary trade-in. */
  B090041: {
    kind: 'conflict',
    en: "Temporary trade-in with id '{id}' was already confirmed.",
  },
  /** The summed offer exceeds the tenant's or the campaign's maximum amount per trade-in. */
  B090042: {
    kind: 'validation',
    en: 'Maximum trade-in amount exceeded. Please remove some items from the cart.',
  },
  /** The identifier was registered before and that trade-in was completed. */
  B090046: {
    kind: 'conflict',
    en: 'Device was already registered.',
  },
  /** Update without any field to change. */
  B090048: {
    kind: 'validation',
    en: "Any data for updating hasn't been provided.",
  },
  /** TradeInRef with whitespace. */
  B090059: {
    kind: 'validation',
    en: 'Trade In Reference Number should not contain spaces',
  },
  /** TradeInRef longer than 100 characters. */
  B090060: {
    kind: 'validation',
    en: 'Trade In Reference Number must be not more then 100 characters',
  },
  /** TradeInRef already used by a trade-in of the tenant that is not cancelled. */
  B090062: {
    kind: 'conflict',
    en: 'Trade In Reference Number already exists',
  },
  /** TradeInRef shorter than 3 characters. */
  B090063: {
    kind: 'validation',
    en: 'Trade In Reference Number must be at least 3 characters',
  },
  /** The quote was created before the campaign started or after it ended. */
  B090064: {
    kind: 'precondition',
    en: 'Trade-in can not be registered with specified price quote {quoteId}, because price quote created out of scope of Campaign {campaignId}.',
  },
  /** A device entry whose DeviceIdentifier is null (position is 1-based). */
  B090065: {
    kind: 'validation',
    en: 'Device identifier of Trade-in device #{position} should not be null',
  },
  /** The quote was made for another identifier than the one being registered. */
  B090080: {
    kind: 'validation',
    en: "Price quote '{id}' was made for another device than '{identifier}'. Please make a new PriceQuote.",
  },
  /** Find My is activated but the quote was made without SystemExtra 1 (seed §4 table). */
  B090081: {
    kind: 'precondition',
    en: "Find My is activated on '{identifier}': make a new PriceQuote with SystemExtra 1.",
  },
  /** `settings.tradeins.requireCheckedFmip` is on and no Find-My provider checked the Apple device (its FMIP result is "Not checked"). */
  B090082: {
    kind: 'precondition',
    en: 'Find My of \'{identifier}\' must be checked by a provider, and this programme has none: configure settings.diligence.external with checks ["fraud", "fmip"] (PATCH /api/{tenant}/admin/settings), or set settings.tradeins.requireCheckedFmip to false to accept the client\'s declaration (SystemExtras).',
  },
  /** IsCorporate names another customer type than the quote's TradeInType, and the tenant's VAT mode treats them differently (marginal VAT). */
  B090083: {
    kind: 'precondition',
    en: "Price quote '{id}' was made with TradeInType {tradeInType}, but the trade-in is registered with IsCorporate {isCorporate}, which is taxed differently (VAT). Make a new PriceQuote with TradeInType {expected}.",
  },
  /** A location-bound API key acts on a trade-in (or registers one) of another location, and `settings.tradeins.apiKeyLocationScope` is `location`. */
  F090001: {
    kind: 'forbidden',
    en: 'This API key is bound to location {keyLocationId}; it cannot act at location {locationId}.',
  },
  /** Signature upload is not a PNG image. */
  B090090: {
    kind: 'validation',
    en: 'The signature must be a PNG image sent as form-data field "file".',
  },
  /** Signature file larger than allowed. */
  B090091: {
    kind: 'validation',
    en: 'The signature image may be at most {max} bytes.',
  },
  /** Signature pixel dimensions outside the accepted range. */
  B090092: {
    kind: 'validation',
    en: 'The signature image must be between {minW}×{minH} and {maxW}×{maxH} pixels.',
  },
  /** A lifecycle call on a device whose status does not allow it. */
  B090093: {
    kind: 'conflict',
    en: "Trade-in device '{id}' is in status {status} and cannot become {target}.",
  },
  /** No trade-in device with this id in the tenant. */
  N090090: {
    kind: 'not_found',
    en: "Trade-in device '{id}' not found.",
  },
  /** A download or public link whose token is invalid or expired. */
  N090091: {
    kind: 'not_found',
    en: 'This link is invalid or has expired.',
  },
  /** A module registration depends on is not wired (deployment error). */
  I090001: {
    kind: 'unavailable',
    en: 'Trade-in registration is not available: {port} is not connected.',
  },
  /** Public link requested for a trade-in that does not exist. */
  N210001: {
    kind: 'not_found',
    en: "Trade-in with id '{id}' was not found",
  },
  /** Public link requested for a cancelled trade-in. */
  B210002: {
    kind: 'conflict',
    en: "Trade-in '{id}' was canceled",
  },
  /** Public link requested for a temporary trade-in that does not exist. */
  N220001: {
    kind: 'not_found',
    en: "Temp trade-in with id '{id}' was not found",
  },
  /** Public link requested for an expired temporary trade-in. */
  B220002: {
    kind: 'conflict',
    en: "Temp Trade-in '{id}' is expired.",
  },
  /** Public link requested for a cancelled temporary trade-in. */
  B220003: {
    kind: 'conflict',
    en: "Temp Trade-in '{id}' is canceled.",
  },
  /** Public link requested for a confirmed temporary trade-in. */
  B220004: {
    kind: 'conflict',
    en: "Temp Trade-in '{id}' is confirmed.",
  },
});
