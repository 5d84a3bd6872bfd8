import { z } from 'zod';
import { defineSettingsSection } from '../../platform/settings.js';

/** Facility settings of a tenant (`settings.facility`); see the module README. */
export const FacilitySettings = defineSettingsSection(
  'facility',
  z
    .object({
      /** Days after shipping when a device not received is marked Missing by the sweep. */
      missingAfterDays: z.number().int().min(1).max(365).default(14),
      /** Roles that may set a final price by hand (an override, with reason, marked and audited). */
      overrideRoles: z.array(z.enum(['admin', 'facility_lead', 'technician'])).default(['admin', 'facility_lead']),
      /** Photo angles required per item group when the valuation goes down (e.g. `{ mobiles: ['front', 'back'] }`). */
      requiredAngles: z.record(z.string(), z.array(z.string().min(1).max(40)).max(12)).default({}),
      /** Days after the valuation at which the customer is reminded to decide. */
      reminderDays: z.array(z.number().int().min(1).max(90)).max(5).default([3, 7]),
      /** Days after the last reminder at which the last notice is sent. */
      lastNoticeAfterDays: z.number().int().min(1).max(90).default(3),
      /** Days after the last notice at which the fallback applies. */
      fallbackAfterDays: z.number().int().min(1).max(90).default(4),
      /** What happens when the customer never answers (only after the last notice, which says so). */
      fallback: z.enum(['accept', 'return']).default('return'),
      /** Days a status-page link stays valid. */
      statusLinkDays: z.number().int().min(1).max(365).default(60),
    })
    .strict(),
);
export type FacilitySettings = ReturnType<typeof FacilitySettings.read>;
