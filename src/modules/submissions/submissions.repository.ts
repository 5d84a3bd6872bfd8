/**
 * Submissions' SQL, split by role under `repositories/`: `submission-table` (the `submissions`
 * rows), `events`, `offers`, `profiles`, `admin` (customers and stats); records in `records.ts`,
 * row mapping in `rows.ts`. `submissionsRepository` is their union, as the use cases import it.
 */
import { submissionsAdminRepository } from './repositories/admin.repository.js';
import { submissionEventsRepository } from './repositories/events.repository.js';
import { offersRepository } from './repositories/offers.repository.js';
import { profilesRepository } from './repositories/profiles.repository.js';
import { submissionTableRepository } from './repositories/submission-table.repository.js';

export type { Condition, Offer, OfferStatus, PayoutMethod, Profile, Submission, SubmissionEvent } from './repositories/records.js';
export type { DraftPatch, NewSubmission } from './repositories/submission-table.repository.js';
export { STEPS, type StatsRow } from './repositories/admin.repository.js';

export const submissionsRepository = {
  ...submissionTableRepository,
  ...submissionEventsRepository,
  ...offersRepository,
  ...profilesRepository,
  ...submissionsAdminRepository,
};
