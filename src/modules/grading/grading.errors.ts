import { defineErrors } from '../../platform/errors/index.js';

/**
 * Errors of grading forms and of checking submitted answers against a form version (seed 003 §12
 * "PriceQuoteRequest" and "GetGradingFormBlankByItemVariantId" where they fit).
 */
export const GradingErrors = defineErrors({
  /** A submitted answer names a question the form version does not have. */
  N070002: {
    kind: 'not_found',
    en: "Question with '{id}' id not found in this grading form version.",
  },
  /** A submitted answer id is not an option of its question. */
  N070003: {
    kind: 'not_found',
    en: "Answer option with '{id}' id not found in this grading form version.",
  },
  /** A submitted extra (or system extra) is not part of the form version. */
  N070004: {
    kind: 'not_found',
    en: "Extra with '{id}' id not found in this grading form version.",
  },
  /** No answers were sent, or a question was left unanswered. */
  B070007: {
    kind: 'validation',
    en: 'Please provide Grading Form Answers',
  },
  /** The `GradingForm` part is malformed, or several answers were sent for a single-choice question. */
  B070010: {
    kind: 'validation',
    en: 'Can not parse grading form',
  },
  /** Unknown model, or no active grading form covers the model's item group. */
  N170008: {
    kind: 'not_found',
    en: "Active grading form version for item variant '{id}' not found.",
  },
  /** Admin: the form or version does not exist in this tenant (reference forms are read-only). */
  N170101: {
    kind: 'not_found',
    en: "Grading form '{id}' not found.",
  },
  /** Admin: the version was used by a price quote (or is retired) and can no longer change. */
  B170102: {
    kind: 'conflict',
    en: "Grading form version '{id}' is in use and can not be changed; create a new version.",
  },
  /** Admin: the tenant already has a form for this scope or key. */
  B170103: {
    kind: 'conflict',
    en: 'A grading form for this scope or key already exists.',
  },
});
