/**
 * Webhooks (Standard Webhooks 1.0): per-tenant endpoints, every domain event signed and delivered
 * at least once through the outbox, retried on the spec's schedule, logged, replayable.
 *
 * Public face: `create`, `list`, `get`, `update`, `remove`, `rotateSecret`, `deliveries`,
 * `replay`, `sendTest`; `registerHandlers(outbox)` (delivery) and `registerEventSources`
 * (domain events and trade-in topics → messages). Outbound calls go through the guarded client
 * in `src/platform/outbound-http` (https only, public addresses only, no redirects, caps).
 */
import { WebhooksService, type WebhooksDeps } from './webhooks.service.js';

export { WebhooksErrors } from './webhooks.errors.js';
export { WebhookSettings } from './webhooks.settings.js';
export { WebhooksService, WEBHOOK_DELIVER_TOPIC, type EndpointInput, type WebhooksDeps } from './webhooks.service.js';
export type { WebhookEndpoint, WebhookAttempt } from './webhooks.repository.js';
export { WEBHOOK_EVENT_TYPES, subscribes } from './event-types.js';
export { registerEventSources } from './event-sources.js';
export { signWebhook, webhookHeaders } from './signature.js';
export { RETRY_DELAYS_MS } from './retry-schedule.js';

export type WebhooksModule = WebhooksService;

export function createWebhooksModule(deps: WebhooksDeps): WebhooksModule {
  return new WebhooksService(deps);
}
