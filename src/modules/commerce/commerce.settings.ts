import { z } from 'zod';
import { defineSettingsSection } from '../../platform/settings.js';
import { httpsUrl, sameSitePath } from '../../platform/safe-url.js';

/** Storefront settings of a tenant (`settings.commerce`). */
export const CommerceSettings = defineSettingsSection(
  'commerce',
  z
    .object({
      /** Base URL of the tenant's storefront for email links; default the server's PUBLIC_URL. */
      storefrontUrl: httpsUrl().nullable().default(null),
      /** Where a browser without a session is sent to sign in (`next` carries the way back). */
      loginPath: sameSitePath().default('/login'),
      /** How long approve/reject links stay valid. */
      decisionLinkDays: z.number().int().min(1).max(90).default(30),
    })
    .strict(),
);
