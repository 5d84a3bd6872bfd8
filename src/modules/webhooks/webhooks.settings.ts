import { z } from 'zod';
import { defineSettingsSection } from '../../platform/settings.js';

/** Tenant settings of webhooks. */
export const WebhookSettings = defineSettingsSection(
  'webhooks',
  z.object({
    /**
     * Development and tests only: allow `http` URLs and private, loopback or link-local
     * addresses as targets. Off by default (SSRF guard).
     */
    allowPrivateTargets: z.boolean().default(false),
    /** Time limit of one delivery attempt. */
    timeoutMs: z.number().int().min(1000).max(30_000).default(15_000),
    /** An endpoint failing for this long without one success is disabled (and the admin told). */
    disableAfterDays: z.number().int().min(1).max(30).default(5),
  }),
);
