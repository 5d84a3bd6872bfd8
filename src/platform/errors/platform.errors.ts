import { defineErrors } from './app-error.js';
import { defineMessages } from '../i18n/index.js';

/**
 * Codes of the platform itself, following seed 003's pattern (letter + six digits) where the
 * seed has no code of its own.
 */
export const PlatformErrors = defineErrors({
  /** The request body, query or path failed schema validation; `fields` lists every failure. */
  B000001: {
    kind: 'validation',
    en: 'The request is not valid: {count, plural, one {# field} other {# fields}} failed validation.',
  },
  /** The body is not parseable (bad JSON, wrong content type). */
  B000002: {
    kind: 'validation',
    en: 'The request body could not be read: {reason}',
  },
  /**
   * A value the request carried cannot be stored (the database refused it as out of range, too
   * long or malformed); a safety net behind request validation, never with database details.
   */
  B000003: {
    kind: 'validation',
    en: 'A value in the request is not valid: {reason}',
  },
  /** A value the request refers to already exists (a duplicate the database refused). */
  B000004: {
    kind: 'conflict',
    en: 'The request conflicts with existing data.',
  },
  /** No route matches method and path. */
  N000001: {
    kind: 'not_found',
    en: 'No such endpoint: {method} {url}',
  },
  /** The tenant in the path or host does not exist or is inactive. */
  N000002: {
    kind: 'not_found',
    en: "Tenant '{slug}' not found.",
  },
  /** A resource addressed by id does not exist for this tenant. */
  N000003: {
    kind: 'not_found',
    en: 'Not found.',
  },
  /** Missing or unknown `x-apikey`. */
  U000001: {
    kind: 'unauthenticated',
    en: 'A valid API key is required in the x-apikey header.',
  },
  /** No valid session cookie for this tenant. */
  U000002: {
    kind: 'unauthenticated',
    en: 'Authentication credentials were not provided or have expired.',
  },
  /** Wrong email or password (same message for both, on purpose). */
  U000003: {
    kind: 'unauthenticated',
    en: 'Email or password is incorrect.',
  },
  /** `/metrics` without the `Authorization: Bearer` token configured as METRICS_TOKEN. */
  U000004: {
    kind: 'unauthenticated',
    en: 'A valid bearer token is required.',
  },
  /** The actor's role may not do this. */
  F000001: {
    kind: 'forbidden',
    en: 'You do not have permission to perform this action.',
  },
  /** Unsafe cookie-authenticated request without a matching `x-csrftoken`. */
  F000002: {
    kind: 'forbidden',
    en: 'CSRF check failed: send the csrftoken cookie value in the x-csrftoken header.',
  },
  /** Too many attempts (login throttle). */
  R000001: {
    kind: 'rate_limited',
    en: 'Too many attempts. Try again in {seconds} seconds.',
  },
  /** Unexpected failure; details are in the server log under the request id. */
  I000001: {
    kind: 'internal',
    en: 'An internal error occurred. Reference: {requestId}',
  },
  /** The database or another dependency is not reachable. */
  I000002: {
    kind: 'unavailable',
    en: 'The service is temporarily unavailable.',
  },
});

/** Messages for single field failures of request validation. */
export const FieldMessages = defineMessages('field', {
  required: { en: 'This field is required.' },
  invalid_type: {
    en: 'Expected {expected}.',
  },
  too_small: {
    en: 'Must be at least {minimum}.',
  },
  too_big: {
    en: 'Must be at most {maximum}.',
  },
  invalid_format: { en: 'Invalid format.' },
  invalid_value: {
    en: 'Invalid value.',
  },
  too_small_length: {
    en: 'Must be at least {minimum} characters long.',
  },
  too_big_length: {
    en: 'Must be at most {maximum} characters long.',
  },
  too_small_items: {
    en: 'Must have at least {minimum} items.',
  },
  too_big_items: {
    en: 'Must have at most {maximum} items.',
  },
  greater_than: {
    en: 'Must be greater than {minimum}.',
  },
  less_than: {
    en: 'Must be less than {maximum}.',
  },
  whole_number: {
    en: 'Must be a whole number.',
  },
  number: { en: 'Must be a number.' },
  date: {
    en: 'Must be a date (ISO 8601, e.g. 2026-06-01T10:00:00Z).',
  },
  nul_character: {
    en: 'Must not contain a NUL character.',
  },
  invalid_unicode: {
    en: 'Must be valid Unicode text.',
  },
  int_out_of_range: {
    en: 'Must be a whole number between -{maximum} and {maximum}.',
  },
  date_out_of_range: {
    en: 'Must be a date between the years 1 and 9999.',
  },
  too_long: {
    en: 'Must be at most {maximum} characters long.',
  },
  out_of_range: {
    en: 'A number or date is out of range.',
  },
  value_too_long: {
    en: 'A value is too long.',
  },
  unrecognized_keys: { en: 'Unknown field.' },
  custom: { en: 'Invalid value.' },
});
