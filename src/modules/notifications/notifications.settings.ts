import { z } from 'zod';
import { defineSettingsSection } from '../../platform/settings.js';
import { httpUrl } from '../../platform/safe-url.js';

/**
 * Notification settings of a tenant (`settings.notifications`): where the backend system that
 * must hear about trade-in decisions lives, how it is authenticated, and whether a decision
 * waits for it.
 */
export const NotificationSettings = defineSettingsSection(
  'notifications',
  z
    .object({
      /** HTTPS endpoint receiving signed JSON POSTs (trade-in decisions). None: no backend call. */
      backendUrl: httpUrl().nullable().default(null),
      /** HMAC-SHA256 key; the body's signature is sent as `x-tradein-signature: sha256=<hex>`. */
      backendSecret: z.string().min(16).max(200).nullable().default(null),
      /**
       * `async` (default): delivered by the outbox worker with retries. `sync`: called before the
       * decision commits; a failing backend means the decision is not recorded (seed 000's 404).
       */
      backendMode: z.enum(['async', 'sync']).default('async'),
      /** Timeout of one backend call. */
      backendTimeoutMs: z.number().int().min(100).max(30_000).default(5_000),
    })
    .strict(),
);
export type NotificationSettings = ReturnType<typeof NotificationSettings.read>;
