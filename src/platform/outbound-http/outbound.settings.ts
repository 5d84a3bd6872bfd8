import { z } from 'zod';
import type { TenantRef } from '../context.js';
import { defineSettingsSection } from '../settings.js';

/**
 * Development switches of a tenant (`settings.development`), set by its admin through the
 * settings API. Off by default; a production tenant leaves them off.
 */
export const DevelopmentSettings = defineSettingsSection(
  'development',
  z
    .object({
      /**
       * Allow the tenant's outbound calls (data-field validators, diligence provider, backend
       * notifications) to use `http` and to reach private, loopback or link-local addresses —
       * for a local test service only. Off: `https` to public addresses only (SSRF guard).
       */
      allowPrivateOutbound: z.boolean().default(false),
    })
    .strict(),
);

/** Whether the tenant's outbound calls may go to `http` and private or loopback targets. */
export function allowPrivateOutbound(tenant: Pick<TenantRef, 'settings'>): boolean {
  return DevelopmentSettings.read(tenant).allowPrivateOutbound;
}
