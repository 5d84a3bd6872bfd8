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
      ttlHours: z
        .number()
        .int()
        .min(1)
        .max(24 * 90)
        .default(24 * 14),
    })
    .strict(),
);

const Colour = z.string().regex(/^#[0-9a-fA-F]{6}$/);

/**
 * How the web app shows the tenant (`settings.branding`): its colours and logo. The logo is an
 * https URL or a same-origin path (the web app's CSP allows images from this origin and https).
 */
export const BrandingSettings = defineSettingsSection(
  'branding',
  z
    .object({
      /** Buttons, links and the header; must keep AA contrast with white text. */
      primaryColor: Colour.default('#0b5cad'),
      /** The header's text colour. */
      onPrimaryColor: Colour.default('#ffffff'),
      logoUrl: z
        .string()
        .max(500)
        .regex(/^(https:\/\/|\/)[^\s"'<>]*$/)
        .nullable()
        .default(null),
    })
    .strict(),
);
