import { defineErrors } from '../../platform/errors/index.js';

/** Errors of the Upgrade portal submissions (module range B410xxx/N410xxx). */
export const SubmissionsErrors = defineErrors({
  /** No submission with this id in the tenant, or it is another customer's. */
  N410001: { kind: 'not_found', en: 'Submission not found.' },
  /** No offer with this id in the tenant, or it is another customer's. */
  N410002: { kind: 'not_found', en: 'Offer not found.' },
  /** `product_id` names no catalog variant or tenant product. */
  N410003: {
    kind: 'not_found',
    en: 'Product {id} not found.',
  },
  /** No shipping kit or return label exists for the submission yet. */
  N410004: {
    kind: 'not_found',
    en: 'No shipping label exists for this submission yet.',
  },
  /** The step is not allowed in the submission's current status (or another request moved it first). */
  B410001: {
    kind: 'conflict',
    en: 'The submission is {status}; it cannot be {action} now.',
  },
  /** Submitting without a photo of every angle the tenant requires for the item group. */
  B410002: {
    kind: 'validation',
    en: 'Photos are missing for these angles: {angles}.',
  },
  /** Accepting an offer after its `expires_at`. */
  B410003: {
    kind: 'conflict',
    en: 'The offer expired at {expiresAt}; ask for a new offer.',
  },
  /** Answering an offer that is no longer open (already accepted, declined or replaced). */
  B410004: {
    kind: 'conflict',
    en: 'The offer is {status} and can no longer be answered.',
  },
  /** Submitting without a serial number (the device is identified by it at the facility). */
  B410005: {
    kind: 'validation',
    en: 'A serial number is required to submit.',
  },
  /** An offer whose `expires_at` is not in the future. */
  B410006: {
    kind: 'validation',
    en: 'expires_at must be in the future.',
  },
  /** An update without any field. */
  B410007: {
    kind: 'validation',
    en: 'Nothing to update.',
  },
  /** More photos than the tenant allows on one submission. */
  B410008: {
    kind: 'validation',
    en: 'At most {max} photos per submission.',
  },
  /** An offer without `amount` for a product that has no valuation to suggest one from. */
  B410009: {
    kind: 'validation',
    en: 'The product has no valuation; give the offer amount.',
  },
});
