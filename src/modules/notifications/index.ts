/**
 * Notifications: emails (rendered localized HTML + text, delivered by SMTP through the outbox)
 * and signed backend notifications (HMAC-SHA256 HTTP POSTs, asynchronous through the outbox or
 * synchronous per tenant). Other modules queue effects in their own transaction with
 * {@link NotificationsService.enqueueEmail} and {@link NotificationsService.notifyBackend}.
 */
import { NotificationsService, type NotificationsDeps } from './notifications.service.js';

export { NotificationsService, EMAIL_TOPIC, BACKEND_TOPIC } from './notifications.service.js';
export type { NotificationsDeps, EnqueueEmailInput, BackendEvent, BackendOutcome } from './notifications.service.js';
export { NotificationSettings } from './notifications.settings.js';
export { renderEmail, renderDifferences, differenceRows, escapeHtml } from './email-templates.js';
export type { EmailTemplate, EmailData, RenderedEmail, DifferenceRow } from './email-templates.js';
export { signBackendBody, verifyBackendSignature } from './backend.js';
export type { QueuedEmail } from './notifications.repository.js';

export type NotificationsModule = NotificationsService;

/** Builds the module; call `registerHandlers(outbox)` at wiring. */
export function createNotificationsModule(deps: NotificationsDeps): NotificationsModule {
  return new NotificationsService(deps);
}
