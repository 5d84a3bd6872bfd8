import { defineErrors } from '../../platform/errors/index.js';

/** Errors of the reporting read model (module range B960xxx). */
export const AnalyticsErrors = defineErrors({
  /** The period's `from` day is after its `to` day. */
  B960001: {
    kind: 'validation',
    en: 'The period starts ({from}) after it ends ({to}).',
  },
  /** The period spans more days than a dashboard answers at once. */
  B960002: {
    kind: 'validation',
    en: 'The period is {days} days long; at most {max} days can be shown at once.',
  },
});
