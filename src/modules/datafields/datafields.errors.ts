import { defineErrors } from '../../platform/errors/index.js';

/**
 * Errors of custom data fields. Codes and English texts are seed 003 §12's
 * (GetTradeInDataFieldsByTerm B040xxx, ValidateTradeInDataField B050xxx, RegisterTradeInRequest
 * / UpdateTradeInRequest B090xxx); B05002x are this module's own (administration).
 */
export const DataFieldErrors = defineErrors(
  {
    /** Search: `term` given with fewer than three characters. */
    B040001: {
      kind: 'validation',
      en: 'Term must contain at least three characters.',
    },
    /** Search: the `term` parameter is present but empty (the search form was submitted blank). */
    B040002: {
      kind: 'validation',
      en: 'Term is required.',
    },
    /** A data field id (read or administration) that the tenant does not have. */
    N040002: {
      kind: 'not_found',
      en: "DataField with '{id}' id does not exist in DB.",
    },
    /** Validate: the `value` parameter is missing or empty. */
    B050001: {
      kind: 'validation',
      en: 'Value is required.',
    },
    /** Validate: the `dataFieldId` names no field of the tenant (or is not a positive integer). */
    N050001: {
      kind: 'not_found',
      en: "DataField with '{id}' id does not exist in DB.",
    },
    /** Validate: the `dataFieldId` parameter is missing or empty. */
    B050002: {
      kind: 'validation',
      en: 'DataField Id is required.',
    },
    /** Validate (an Invalid result's message): the value of a unique field is used, or its use limit is reached. */
    B050003: {
      kind: 'conflict',
      en: 'Value is already used.',
    },
    /** Validate: the field exists but is deactivated. */
    B050004: {
      kind: 'validation',
      en: 'Data field is not active.',
    },
    /** Validate (Invalid result): the value does not match the field's regular expression. */
    B050005: {
      kind: 'validation',
      en: "Data field '{id}' value '{value}' does not match Regex '{regex}'.",
    },
    /** Validate (Invalid result): a Number field's value is not a number. */
    B050006: {
      kind: 'validation',
      en: 'Data Field value is not valid numeric.',
    },
    /** Validate (Invalid result): a List field's value is none of its options. */
    B050007: {
      kind: 'validation',
      en: "Data field '{id}' value '{value}' is unknown.",
    },
    /** Validate (Invalid result): the value does not fit the field's type (Email, Phone, Date, Checkbox), or the field's external validator refused it. */
    B050008: {
      kind: 'validation',
      en: "Data field '{id}' value '{value}' is not accepted.",
    },
    /** Validate (Invalid result): the value is longer than 500 characters. */
    B050009: {
      kind: 'validation',
      en: "Data field '{id}' value can not be more than 500 symbols.",
    },
    /** Validate (Invalid result) and registration: the field's external validator failed (timeout, outage, bad answer). */
    B050010: {
      kind: 'validation',
      en: "Error in external data fields validation: '{message}'",
    },
    /** Administration: the regular expression does not compile. */
    B050020: {
      kind: 'validation',
      en: "The regular expression '{regex}' is not valid: {reason}",
    },
    /** Administration: a List field needs at least one option; other types take none. */
    B050021: {
      kind: 'validation',
      en: 'A List field needs list options, and only List fields may have them.',
    },
    /** Administration: another field of the tenant has this name. */
    B050022: {
      kind: 'conflict',
      en: "A data field named '{name}' already exists.",
    },
    /**
     * Administration: the external validator's URL is not one the server will call (not `https`,
     * a private, loopback or link-local host, credentials in it) — unless the tenant's
     * `development.allowPrivateOutbound` is on.
     */
    B050023: {
      kind: 'validation',
      en: "The external validator URL '{url}' is not allowed: {reason}",
    },
    /** Registration: the same DataFieldId appears twice in CustomDataFields. */
    B090014: {
      kind: 'validation',
      en: "Duplicate data field value with '{id}' id.",
    },
    /** Registration: a required field that applies to the trade-in was not sent at all. */
    B090016: {
      kind: 'validation',
      en: "Required data field with '{name}' name is empty.",
    },
    /** Registration: a DataFieldId that the tenant does not have. */
    B090017: {
      kind: 'validation',
      en: "Data field with '{id}' id not found.",
    },
    /**
     * Registration: a field that does not apply to this trade-in — deactivated, outside its scope
     * (Corporate/Private), or a campaign field of another campaign (or none).
     */
    B090018: {
      kind: 'validation',
      en: "Not valid data field '{name}'",
    },
    /** Registration: the value of a unique field is already used by another trade-in. */
    B090019: {
      kind: 'conflict',
      en: "'{value}' can't be used as value for data field '{id}' because it has been already used.",
    },
    /** Registration: the value does not match the field's regular expression. */
    B090025: {
      kind: 'validation',
      en: "Data field '{id}' value '{value}' does not match Regex '{regex}'.",
    },
    /** Registration: the value does not fit the field's type (Number, Email, Phone, Date, Checkbox). */
    B090026: {
      kind: 'validation',
      en: "'{value}' can't be used as value for '{id}' data field '{type}'.",
    },
    /** Registration: a List field's value is none of its options. */
    B090027: {
      kind: 'validation',
      en: "Data field '{id}' value '{value}' is unknown.",
    },
    /** Registration: the field's external validator refused the value. */
    B090028: {
      kind: 'validation',
      en: "Data field '{id}' value '{value}' is not accepted.",
    },
    /** Registration: the value is longer than 500 characters. */
    B090029: {
      kind: 'validation',
      en: "Data field '{id}' value can not be more than 500 symbols.",
    },
    /** Registration: a required field was sent with an empty value. */
    B090031: {
      kind: 'validation',
      en: "Required data field '{id}' is empty.",
    },
    /** Registration: the value has reached the field's limit of uses per value. */
    B090043: {
      kind: 'conflict',
      en: 'Limit of using the same {id} is reached',
    },
    /** Registration: a field that requires validation was not validated with this value first. */
    B090047: {
      kind: 'precondition',
      en: "Please validate DataField with id '{id}' before registering Trade-in.",
    },
    /** Update: a field that requires validation was not validated with this value first. */
    B090049: {
      kind: 'precondition',
      en: "Please validate DataField with id '{id}' before updating Trade-in.",
    },
  },
  'datafields',
);
