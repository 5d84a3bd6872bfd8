import { defineErrors } from '../../platform/errors/index.js';

/** Errors of webhook administration (module range B420xxx/N420xxx). */
export const WebhooksErrors = defineErrors({
  /** The endpoint URL is not allowed: not https, credentials in it, or not a public address (SSRF guard). */
  B420001: {
    kind: 'validation',
    en: 'The webhook URL is not allowed: {reason}.',
  },
  /** An event type that does not exist (nor matches any as a `prefix.*` pattern). */
  B420002: {
    kind: 'validation',
    en: 'Unknown event type: {type}.',
  },
  /** Replay needs exactly one of `message_id` and `since`. */
  B420003: {
    kind: 'validation',
    en: 'Give either message_id or since.',
  },
  /** No webhook endpoint with this id in the tenant. */
  N420001: {
    kind: 'not_found',
    en: 'Webhook endpoint {id} not found.',
  },
  /** No webhook message with this id in the tenant. */
  N420002: {
    kind: 'not_found',
    en: 'Webhook message {id} not found.',
  },
});
