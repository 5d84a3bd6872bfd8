import { defineErrors } from '../../platform/errors/index.js';
import { defineMessages } from '../../platform/i18n/index.js';

/**
 * Catalog error codes (range B02xxxx / N02xxxx / C02xxxx; seed 003 has none for the catalog).
 */
export const CatalogErrors = defineErrors({
  /** A model search term (after trimming) is shorter than 3 characters ("ab"): too short to identify a model. */
  B020001: {
    kind: 'validation',
    en: 'Search term must contain at least 3 characters.',
  },
  /** A 15-digit search term (an IMEI) fails the Luhn check digit. */
  B020002: {
    kind: 'validation',
    en: "'{imei}' is not a valid IMEI: the check digit does not match.",
  },
  /** A tenant item group with this key already exists (or the key is a reference group's). */
  C020001: {
    kind: 'conflict',
    en: "Item group '{key}' already exists.",
  },
  /** An exclusion or product refers to an item group the tenant cannot see. */
  N020001: {
    kind: 'not_found',
    en: "Item group with '{id}' id not found.",
  },
  /** An exclusion refers to a manufacturer the tenant cannot see. */
  N020002: {
    kind: 'not_found',
    en: "Manufacturer with '{id}' id not found.",
  },
  /** An exclusion refers to a model family the tenant cannot see. */
  N020003: {
    kind: 'not_found',
    en: "Item with '{id}' id not found.",
  },
  /** An exclusion or delete refers to a variant (model) the tenant cannot see or does not own. */
  N020004: {
    kind: 'not_found',
    en: "Model with '{id}' id not found.",
  },
  /** The exclusion to delete does not exist for this tenant. */
  N020005: {
    kind: 'not_found',
    en: "Catalog exclusion with '{id}' id not found.",
  },
  /** A tenant product row failed validation (admin API); `reason` says why. */
  B020003: {
    kind: 'validation',
    en: 'The product is not valid: {reason}',
  },
  /** An import file cannot be read as CSV or as a JSON array of rows. */
  B020004: {
    kind: 'validation',
    en: 'The import file could not be read: {reason}',
  },
});

/** Non-error texts: search hints and import row reasons. */
export const CatalogMessages = defineMessages('catalog', {
  unknownTac: {
    en: 'The IMEI is valid, but no model is known for its TAC {tac}. Search by model name instead.',
  },
  serialNoModel: {
    en: 'This serial number format does not encode the model. Search by model name instead.',
  },
  unknownGroup: {
    en: "unknown item group '{group}'",
  },
  duplicateKey: {
    en: "key '{key}' already appears on line {line}",
  },
  referenceRow: {
    en: 'reference catalog row (exported), skipped',
  },
});
