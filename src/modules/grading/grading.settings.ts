import { z } from 'zod';
import { defineSettingsSection } from '../../platform/settings.js';
import { GradeSchema } from './grading.schemas.js';

/** Tenant grading settings (`settings.grading`). */
export const GradingSettings = defineSettingsSection(
  'grading',
  z
    .object({
      /** Grades for forms that define none; defaults to Excellent/Working/Minor defects/Defective/Broken. */
      grades: z
        .array(GradeSchema)
        .min(1)
        .max(20)
        .refine((g) => g.some((x) => x.minScore === 0), 'one grade must have minScore 0')
        .optional(),
    })
    .strict(),
);
