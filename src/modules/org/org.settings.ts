import { z } from 'zod';
import { defineSettingsSection } from '../../platform/settings.js';

/** Session settings of a tenant (`settings.session`). */
export const SessionSettings = defineSettingsSection(
  'session',
  z
    .object({
      /** Name of the session cookie, e.g. `osessionid` for sites that already use that name. */
      cookieName: z
        .string()
        .regex(/^[a-z][a-z0-9_]{2,40}$/)
        .default('sessionid'),
      /** Session lifetime in hours. */
      ttlHours: z.number().int().min(1).max(24 * 90).default(24 * 14),
    })
    .strict(),
);
