import { defineErrors } from '../../platform/errors/index.js';

/**
 * Errors of packages, shipments and labels. Codes and English texts are seed 003 §12's
 * (CreatePackageApi …, CreateShipmentApi …, CreateShipmentLabelApi, CancelShipmentLabelApi,
 * DownloadShipmentLabelApi, GetShippingStatusHistoryApi, CreateShipmentByTradeInApi); the
 * B61xxxx/N61xxxx codes are ours in the same pattern. The seed's "does not belong to current
 * vendor" codes (B060004, B230002, B240002, B250002) are never raised: every lookup is scoped to
 * the caller's tenant, so another tenant's record answers "not found" and its existence does not leak.
 */
export const LogisticsErrors = defineErrors(
  {
    /** Adding items to, or cancelling, a package that is in a live shipment. */
    B060001: { kind: 'conflict', en: 'Package already linked to shipment' },
    /** A device is already in another live package (also the loser of two racing requests). */
    C060001: { kind: 'conflict', en: 'Trade-in item already belong to package' },
    /** Details or cancel of an unknown package. */
    N060001: { kind: 'not_found', en: 'Package does not exist' },
    /** A device changed status while the package was being created; nothing was stored. */
    S060001: { kind: 'conflict', en: 'Package Not Created' },
    /** LocationId names no location of the tenant. */
    B060005: { kind: 'validation', en: 'Location does not exist' },
    /** Another package (not cancelled) of the tenant has this identifier. */
    B060006: { kind: 'conflict', en: 'Package with specified Identifier already exist' },
    /** Name missing or blank. */
    B060007: { kind: 'validation', en: 'Package name is required' },
    /** A TradeInDeviceId of a new package names no device of the tenant. */
    B060008: { kind: 'precondition', en: 'Device not found by Id' },
    /** TradeInDeviceIds missing or empty. */
    B060009: { kind: 'validation', en: 'TradeInDeviceId required' },
    /** AddItems to an unknown package. */
    N060009: { kind: 'not_found', en: 'Package not found by id' },
    /** Cancel of a package that is Shipped, Delivered or Cancelled. */
    B060010: { kind: 'conflict', en: 'Package should be in Open or Packed status' },
    /** The device is already in this package. */
    B060011: { kind: 'conflict', en: 'Trade-in item already in package' },
    /** A TradeInDeviceId of AddItems names no device of the tenant. */
    B060012: { kind: 'precondition', en: 'Trade-in item does not exist' },
    /** Package id 0 or missing. */
    B060013: { kind: 'validation', en: 'Package Id required' },
    /** AddItems or removing an item of a package that is Shipped, Delivered or Cancelled. */
    B060014: { kind: 'conflict', en: 'Package status should be opened or packed' },
    /** A cancelled or withheld device. */
    B060015: { kind: 'conflict', en: 'Can not add Canceled/Withheld devices to packages' },
    /** AgentId names no staff user of the tenant. */
    B060016: { kind: 'validation', en: 'User does not exist' },
    /** The same TradeInDeviceId twice in one request. */
    B060017: { kind: 'validation', en: 'Found duplicate TradeInDeviceId' },
    /** A device already past shipping (Shipped, Received, … Completed, Missing, Fraud). */
    B060018: { kind: 'conflict', en: 'Device with wrong step can not be added' },
    /** A device not yet Registered (Temporary, Expired) or otherwise not Registered. */
    B060019: { kind: 'conflict', en: 'Device with none registered status can not be added' },
    /** Devices of one request go to different facilities. */
    B060020: { kind: 'conflict', en: 'All devices must be with the same destination' },
    /** Devices of one request have different flow types (trade-in vs return). */
    B060021: { kind: 'conflict', en: 'All devices must be with the same shipping flow type' },
    /** The package was made by the system (a return or a mail-in) and is not changed through this API. */
    B060022: { kind: 'conflict', en: 'Package has wrong step' },
    /** AddItems: the device's flow type differs from the package's. */
    B060023: { kind: 'conflict', en: 'Device has mismatch flow type compared to the package' },
    /** AddItems: the device goes to another facility than the package. */
    B060024: { kind: 'conflict', en: 'Device has mismatch destination compared to the package' },
    /** PackageDimensionId names no active dimension of the tenant. */
    B060025: { kind: 'validation', en: 'Please enter a valid PackageDimensionId' },
    /** The tenant's hold period after registration (second-hand goods rules) has not passed. */
    B060026: { kind: 'conflict', en: "For Trade In Device with id '{id}' shipping is not allowed now" },

    /** A package is in another live shipment (also the loser of two racing requests). */
    B080001: { kind: 'conflict', en: 'Package already added in shipment' },
    /** An unknown shipment. */
    N080001: { kind: 'not_found', en: 'Shipment not found' },
    /** Create: Name missing or blank. */
    B080002: { kind: 'validation', en: 'Shipment name required' },
    /** A PackagesIds entry names no package of the tenant. */
    N080002: { kind: 'not_found', en: 'Package not found' },
    /** PackagesIds missing or empty. */
    B080003: { kind: 'validation', en: 'Packages required to create shipment' },
    /** LocationId names no location of the tenant, or packages come from several locations. */
    N080003: { kind: 'not_found', en: 'Location not found' },
    /** Update: Name blank. */
    B080004: { kind: 'validation', en: 'Name required' },
    /** AgentId names no staff user of the tenant. */
    N080004: { kind: 'not_found', en: 'User not found' },
    /** Cancel of a shipment that is not Ready (cancel its label first). */
    B080005: { kind: 'conflict', en: 'Only shipments in Ready status can be cancelled' },
    /** Shipment id 0 or missing. */
    B080006: { kind: 'validation', en: 'Shipment id required' },
    /** The same PackageId twice in one request. */
    B080007: { kind: 'validation', en: 'Found duplicate PackageId' },
    /** The package is Shipped, Delivered, Cancelled, or is a system package. */
    B080008: { kind: 'conflict', en: 'Package has wrong step' },
    /** Packages of one request go to different facilities. */
    B080009: { kind: 'conflict', en: 'All packages must be with the same destination' },
    /** Packages of one request have different flow types. */
    B080010: { kind: 'conflict', en: 'All packages must be with the same shipping flow type' },
    /** Adding a package whose flow type differs from the shipment's. */
    B080011: { kind: 'conflict', en: 'Package has mismatch flow type compared to the shipment' },
    /** Adding a package that goes to another facility than the shipment. */
    B080012: { kind: 'conflict', en: 'Package has mismatch destination compared to the shipment' },
    /** A package without devices. */
    B080013: { kind: 'conflict', en: 'Empty package can not be shipped' },
    /** Adding packages to a shipment that already has a label. */
    B080014: { kind: 'conflict', en: "Unable to add packages to shipment with id '{id}' that has Label" },

    /** Label for an unknown shipment. */
    N230001: { kind: 'not_found', en: "Shipment with id '{id}' not found" },
    /** The label request's LocationId is not the shipment's location. */
    B230003: { kind: 'conflict', en: "Shipment with id '{id}' from another location" },
    /** Label for a cancelled shipment. */
    B230004: { kind: 'conflict', en: "Shipment with id '{id}' was cancelled" },
    /** The carrier already has this shipment (its external id is set). */
    B230006: { kind: 'conflict', en: "The ExternalId for Shipment with id '{id}' was already set" },
    /** Label for a shipment that already has one or has been handed over. */
    B230008: { kind: 'conflict', en: "Shipment with id '{id}' should be in status 'Ready'" },
    /** The tenant's carrier takes one package per shipment (nShift setting). */
    B230009: { kind: 'conflict', en: "Shipment with id '{id}' should have only one package inside" },
    /** The carrier needs the package's dimension and it has none. */
    B230010: { kind: 'validation', en: 'Internal package should have special dimensions' },
    /** The tenant chose nShift but has not enabled it (or has no credentials). */
    B230011: { kind: 'precondition', en: 'NShift is disabled for current vendor' },
    /** The label request's LocationId names no location of the tenant. */
    N230012: { kind: 'not_found', en: "Location with id '{id}' is not associated with the current vendor" },
    /** LocationAddress.CountryCode missing. */
    B230013: { kind: 'validation', en: 'CountryCode required' },
    /** LocationAddress.City missing. */
    B230014: { kind: 'validation', en: 'City required' },
    /** LocationAddress.PostCode missing. */
    B230015: { kind: 'validation', en: 'PostCode required' },
    /** LocationAddress.Street1 missing. */
    B230016: { kind: 'validation', en: 'Street1 required' },

    /** Label cancel for an unknown shipment. */
    N240001: { kind: 'not_found', en: "Shipment with id '{id}' not found" },
    /** Label cancel for a cancelled shipment. */
    B240003: { kind: 'conflict', en: "Shipment with id '{id}' was cancelled" },
    /** Label cancel after hand-over (InTransit, Delivered). */
    B240004: { kind: 'conflict', en: "Shipment with id '{id}' should be in status 'Ready'" },
    /** Label cancel for a shipment without a label. */
    B240006: { kind: 'conflict', en: "The ExternalId for Shipment with id '{id}' was not set" },
    /** The label was made by nShift and nShift has since been disabled for the tenant. */
    B240007: { kind: 'precondition', en: 'NShift is disabled for current vendor' },

    /** Label download for an unknown shipment. */
    N250001: { kind: 'not_found', en: "Shipment with id '{id}' not found" },
    /** Label download with a LocationId that is not the shipment's. */
    B250003: { kind: 'conflict', en: "Shipment with id '{id}' from another location" },
    /** Label download for a cancelled shipment. */
    B250004: { kind: 'conflict', en: "Shipment with id '{id}' was cancelled" },
    /** Label download for a shipment without a label (or an expired link to a replaced one). */
    N250006: { kind: 'not_found', en: "The Label for Shipment with id '{id}' not found" },

    /** Status history of an unknown shipment. */
    N260001: { kind: 'not_found', en: "Shipment was not found by id '{id}'" },
    /** Shipment by trade-in for an unknown trade-in. */
    N270001: { kind: 'not_found', en: 'Trade-in does not exist' },
    /** Shipment by trade-in when the tenant has no default package dimension. */
    B270002: { kind: 'precondition', en: 'Package dimension is not specified in vendor shipping configuration in Luna.' },

    /** No facility to send devices to: the tenant has no facility location and no matching routing rule. */
    B610001: { kind: 'precondition', en: 'No destination facility is configured for this location.' },
    /** Carrier event: missing or wrong signature, or no webhook secret configured. */
    U610002: { kind: 'unauthenticated', en: 'The carrier event signature is not valid.' },
    /** Carrier event: timestamp too far from now (replay protection). */
    U610003: { kind: 'unauthenticated', en: 'The carrier event is too old or from the future.' },
    /** A status the shipment cannot move to from its current status. */
    B610004: { kind: 'conflict', en: "Shipment with id '{id}' cannot move from {from} to {to}." },
    /** The carrier refused or could not be reached; nothing was changed. */
    I610005: { kind: 'unavailable', en: 'The carrier could not create or cancel the label: {reason}' },
    /** Admin: unknown package dimension. */
    N610006: { kind: 'not_found', en: "Package dimension '{id}' not found." },
    /** Routing rule or return: the location named is not a facility or warehouse of the tenant. */
    B610007: { kind: 'validation', en: "Location '{id}' is not a facility or warehouse." },
    /** Return shipment: a device is not waiting to be returned (ReturnRequested). */
    B610008: { kind: 'conflict', en: "Device '{id}' is not waiting to be returned." },
    /** Return or mail-in: the address misses name, street, post code, city or country. */
    B610009: { kind: 'validation', en: 'The address needs a name, street, post code, city and country.' },
    /** Admin: unknown routing rule. */
    N610010: { kind: 'not_found', en: "Routing rule '{id}' not found." },
    /** Packages of one shipment come from different locations (seed: one location per shipment). */
    B610011: { kind: 'conflict', en: 'All packages of a shipment must come from one location.' },
    /** An agent named a location that is not one of their stores: to them it does not exist (as another store's shipment). */
    N610012: { kind: 'not_found', en: "Location '{id}' is not one of your stores." },
  },
  'logistics',
);
