import { defineErrors } from '../../platform/errors/index.js';

/**
 * Errors of the facility: seed 003 §12 codes of the withhold operation
 * (UpdateTradeInItemStatusWithheldAPI) and of the customer-status operations
 * (UpdateCustomerStatusApi, GetCustomerStatusApi) with the seed's texts, and the module's own
 * range B400xxx/N400xxx.
 */
export const FacilityErrors = defineErrors(
  {
    /** Withhold: no such device in the caller's tenant. */
    B200001: {
      kind: 'precondition',
      en: 'Trade-In Item Not found (or attached to another vendor).',
    },
    /** Withhold: the device has already left the store (shipped or later). */
    B200002: {
      kind: 'conflict',
      en: 'Trade-In Item already processed and can not be withheld.',
    },
    /** Withhold: the device belongs to a temporary trade-in (not a registered flow). */
    B200004: {
      kind: 'conflict',
      en: 'Trade In Device with has wrong flow type',
    },
    /** Withhold: the device is closed (cancelled or expired). */
    B200005: {
      kind: 'conflict',
      en: 'Trade in Device has a wrong step or status',
    },
    /** Withhold: already withheld (or release of a device that is not withheld). */
    B200006: {
      kind: 'conflict',
      en: 'Trade In Device with has wrong status',
    },
    /** PUT customer-status without a device id. */
    B280001: {
      kind: 'validation',
      en: 'Trade-In Device Id is required',
    },
    /** PUT customer-status: no such device in the tenant. */
    N280002: {
      kind: 'not_found',
      en: "Trade-In Device with id: '{id}' was not found in DB.",
    },
    /** PUT customer-status without a new status. */
    B280003: {
      kind: 'validation',
      en: 'New customer status is not defined.',
    },
    /** PUT customer-status with a status that is not Approved/Rejected, or when the device awaits no decision. */
    B280004: {
      kind: 'validation',
      en: "New customer status '{status}' is invalid.",
    },
    /** PUT customer-status: the customer has already decided. */
    B280005: {
      kind: 'conflict',
      en: "Customer status is already set to '{status}'.",
    },
    /** GET customer-status: no such device in the tenant. */
    N290001: {
      kind: 'not_found',
      en: "Trade-In Device with id: '{id}' was not found.",
    },
    /** GET customer-status without a device id. */
    B290002: {
      kind: 'validation',
      en: 'Trade-In Device Id required.',
    },
    /** No device with this id in the tenant. */
    N400001: {
      kind: 'not_found',
      en: 'Device {id} not found.',
    },
    /** The device's status does not allow this step now (e.g. inspecting a device that was not received). */
    B400002: {
      kind: 'conflict',
      en: 'Device {id} is {status}; this step needs {needed}.',
    },
    /** A package code was scanned but no logistics module is wired. */
    B400003: {
      kind: 'precondition',
      en: 'Package lookup is not available; scan the devices instead.',
    },
    /** An answer is worse than the customer's but has no photo of the defect. */
    B400004: {
      kind: 'validation',
      en: 'A photo is required for "{question}" (found worse than the customer said).',
    },
    /** Required photo angles of the item group are missing while the valuation goes down. */
    B400005: {
      kind: 'validation',
      en: 'Photos of these sides are required: {angles}.',
    },
    /** A photo id given with the inspection is not an uploaded photo of this tenant. */
    B400006: {
      kind: 'validation',
      en: 'Unknown photo {id}.',
    },
    /** A final valuation needs an inspection of the device first (unless overridden). */
    B400007: {
      kind: 'precondition',
      en: 'Device {id} has not been inspected.',
    },
    /** A free price (override) by a role the tenant does not grant. */
    F400008: {
      kind: 'forbidden',
      en: 'Your role may not override a computed valuation.',
    },
    /** An override without a reason. */
    B400009: {
      kind: 'validation',
      en: 'An override needs a reason.',
    },
    /** The status-page link is invalid, expired or for another device. */
    N400010: {
      kind: 'not_found',
      en: 'This link is invalid or has expired.',
    },
    /** The customer's decision came when no valuation awaits one. */
    B400011: {
      kind: 'conflict',
      en: 'There is no valuation awaiting your decision.',
    },
    /** A payout for a device that is not accepted (or on fraud hold). */
    B400012: {
      kind: 'conflict',
      en: 'Device {id} cannot be paid out while it is {status}.',
    },
    /** Store credit or gift card without a customer reference; bank transfer without an account. */
    B400013: {
      kind: 'validation',
      en: 'The payout needs {field}.',
    },
    /** Gift-card code unknown in the tenant. */
    N400014: {
      kind: 'not_found',
      en: 'Gift card not found.',
    },
    /** A redemption larger than the gift card's balance. */
    B400015: {
      kind: 'conflict',
      en: 'The gift card balance is {balance}.',
    },
    /** An erasure record asks for a method other than NIST SP 800-88 Clear or Purge. */
    B400016: {
      kind: 'validation',
      en: 'Erasure method must be Clear or Purge (NIST SP 800-88).',
    },
    /** No erasure certificate for the device (erasure not recorded or not verified). */
    N400017: {
      kind: 'not_found',
      en: 'No erasure certificate for device {id}.',
    },
    /** An order device's decision belongs to the order (commerce's e-mail links keep the order's amounts right). */
    B400018: {
      kind: 'conflict',
      en: 'Device {id} belongs to an order: the customer decides through the links in the order e-mail.',
    },
  },
  'facility',
);
