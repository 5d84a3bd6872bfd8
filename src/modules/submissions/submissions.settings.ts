import { z } from 'zod';
import { defineSettingsSection } from '../../platform/settings.js';

const Angle = z.string().regex(/^[a-z][a-z0-9_]{0,29}$/);

/**
 * Tenant settings of the Upgrade portal (`settings.submissions`). The condition modifiers of
 * seed 001 live in `settings.pricing.conditionModifiers` (pricing owns valuations).
 */
export const SubmissionsSettings = defineSettingsSection(
  'submissions',
  z
    .object({
      /** Photo angles a submission needs before it can be submitted, per item group key; `default` for the rest. */
      requiredAngles: z.record(z.string().max(60), z.array(Angle).max(12)).default({ default: ['front', 'back', 'screen_on'] }),
      maxPhotos: z.number().int().min(1).max(50).default(20),
      /** Validity of an offer when the admin gives no `expires_at`, and of a final offer after inspection. */
      offerTtlDays: z.number().int().min(1).max(90).default(14),
      /** The facility that receives mail-ins (its address is on the kit); default: the first facility location. */
      facilityLocationId: z.number().int().positive().optional(),
    })
    .strict(),
);
export type SubmissionsRules = z.output<typeof SubmissionsSettings.schema>;
