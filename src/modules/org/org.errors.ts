import { defineErrors } from '../../platform/errors/index.js';

/** Errors of tenants, users, locations, API keys and sessions. */
export const OrgErrors = defineErrors({
  /** Tenant slug is malformed or collides with a route. */
  B010001: {
    kind: 'validation',
    en: "The tenant slug '{slug}' is not allowed: {reason}.",
  },
  /** Tenant slug already taken. */
  B010002: {
    kind: 'conflict',
    en: "A tenant with slug '{slug}' already exists.",
  },
  /** Email already registered in this tenant. */
  B010003: {
    kind: 'conflict',
    en: 'A user with this email already exists.',
  },
  /** Tenant settings failed their schema. */
  B010004: {
    kind: 'validation',
    en: 'Invalid tenant settings: {problems}',
  },
  /** Password policy: shorter than the minimum (8 for customers, 12 for staff). */
  B010005: {
    kind: 'validation',
    en: 'The password must be at least {min} characters long.',
  },
  /** Password policy: the password is on the shipped list of common and breached passwords. */
  B010006: {
    kind: 'validation',
    en: 'This password is too common and easy to guess. Choose another one, for example a few unrelated words.',
  },
  /** Password policy: the password is the account's e-mail address or its part before the @. */
  B010007: {
    kind: 'validation',
    en: 'The password must not be your e-mail address.',
  },
  /** Password policy: the password consists of whitespace only. */
  B010008: {
    kind: 'validation',
    en: 'The password must not consist of spaces only.',
  },
  /** Password policy: longer than the maximum. */
  B010009: {
    kind: 'validation',
    en: 'The password must be at most {max} characters long.',
  },
  /** Password change: the current password given is wrong. */
  U010001: {
    kind: 'unauthenticated',
    en: 'The current password is not correct.',
  },
  /** The user referenced does not exist in the tenant. */
  N010001: {
    kind: 'not_found',
    en: "User '{id}' not found.",
  },
  /** The location referenced does not exist in the tenant. */
  N010002: {
    kind: 'not_found',
    en: "Location '{id}' not found.",
  },
  /** An API key would be bound to a customer account: keys act for staff (a store agent, an admin) only. */
  B010020: {
    kind: 'validation',
    en: "User '{id}' is a customer; an API key can be bound only to a staff user (agent, technician or admin).",
  },
  /** An admin-scope key must belong to an admin. */
  B010021: {
    kind: 'validation',
    en: "User '{id}' is not an admin; a key with scope 'admin' must be bound to an admin user.",
  },
  /** The key's scope does not cover this API (retail key on the admin API, admin key on the retail API). */
  F010002: {
    kind: 'forbidden',
    en: "This API key has scope '{scope}' and cannot be used for the {api} API; create a key with scope '{needed}' (tradein apikey create --tenant <slug> --scope {needed}).",
  },
  /** A publishable key needs the shop origins that may use it. */
  B010022: {
    kind: 'validation',
    en: 'A publishable key needs at least one allowed origin (--origin https://shop.example).',
  },
  /** An allowed origin must be `https://host[:port]` (http only for localhost), with no path. */
  B010023: {
    kind: 'validation',
    en: "'{origin}' is not an origin: use https://host[:port] without a path (http only for localhost).",
  },
  /** A publishable key used for something other than models, grading form and price quote, or from an origin it does not list. */
  F010003: {
    kind: 'forbidden',
    en: 'This publishable key allows only model search, grading forms and price quotes, from its own origins.',
  },
  /** The account is deactivated. */
  F010001: {
    kind: 'forbidden',
    en: 'This account is deactivated.',
  },
});
