import { defineErrors } from '../../platform/errors/index.js';

/**
 * Errors of due diligence. B160001, N160001, B160003 and N050002 are seed 003 §12's
 * (GetDeviceCheckResult, GetDueDiligenceReport, GetCheckMendQueryCriteria); B16001x/N160010
 * are this module's own (blocklist administration).
 */
export const DiligenceErrors = defineErrors(
  {
    /** Check: `ItemIdentifier` missing or blank. */
    B160001: {
      kind: 'validation',
      en: 'ItemIdentifier required',
    },
    /** Report: no report with this id in the tenant (also for ids that are not UUIDs). */
    N160001: {
      kind: 'not_found',
      en: 'Report not found',
    },
    /** Report: the report id is missing or empty. */
    B160003: {
      kind: 'validation',
      en: 'ReportId is required',
    },
    /** Check: `ModelId` missing or not a model the tenant trades. */
    N050002: {
      kind: 'not_found',
      en: 'Model not found.',
    },
    /** Blocklist: the identifier is empty or longer than 64 characters. */
    B160010: {
      kind: 'validation',
      en: 'The identifier must be 1 to 64 characters long.',
    },
    /** Blocklist: a reason is required (why the device is blocked). */
    B160011: {
      kind: 'validation',
      en: 'A reason is required to block an identifier.',
    },
    /** Blocklist import: a CSV line cannot be read; nothing of the file is imported. */
    B160012: {
      kind: 'validation',
      en: 'CSV line {line} is invalid: {reason}',
    },
    /** Blocklist: the identifier is already blocked. */
    B160013: {
      kind: 'conflict',
      en: "The identifier '{identifier}' is already blocklisted.",
    },
    /** Blocklist: the identifier is not on the tenant's blocklist. */
    N160010: {
      kind: 'not_found',
      en: "The identifier '{identifier}' is not blocklisted.",
    },
  },
  'diligence',
);
