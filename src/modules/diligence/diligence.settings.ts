import { z } from 'zod';
import { defineSettingsSection } from '../../platform/settings.js';

/**
 * Due-diligence settings of a tenant (`settings.diligence`).
 *
 * `external` configures the HTTP checking service (see README for its protocol): `checks`
 * says which kinds it answers; with `fmip` in it, Apple devices get their Find-My status from
 * the service instead of the customer's/agent's attestation.
 */
export const DiligenceSettings = defineSettingsSection(
  'diligence',
  z
    .object({
      /** Time budget of one check across all providers (ms); an overrunning provider yields Error. */
      budgetMs: z.number().int().min(100).max(60_000).default(8_000),
      /** Reports older than this no longer count for registration (`latestReportFor` → null); null = no limit. */
      reportMaxAgeHours: z
        .number()
        .int()
        .min(1)
        .max(24 * 365)
        .nullable()
        .default(null),
      external: z
        .object({
          url: z.url({ protocol: /^https?$/ }),
          apiKey: z.string().min(1).max(500),
          /** Timeout of one HTTP attempt (ms). */
          timeoutMs: z.number().int().min(50).max(30_000).default(3_000),
          /** Extra attempts after a network error, timeout or 5xx (never after 4xx). */
          retries: z.number().int().min(0).max(5).default(1),
          /** Consecutive failed checks that open the breaker, and how long it stays open. */
          breakerThreshold: z.number().int().min(1).max(100).default(5),
          breakerResetMs: z.number().int().min(100).max(3_600_000).default(30_000),
          checks: z
            .array(z.enum(['fraud', 'fmip']))
            .min(1)
            .default(['fraud']),
          /** Name shown as Provider in reports. */
          name: z.string().min(1).max(60).default('ExternalCheckProvider'),
        })
        .strict()
        .nullable()
        .default(null),
    })
    .strict(),
);
export type DiligenceSettingsValue = ReturnType<typeof DiligenceSettings.read>;
