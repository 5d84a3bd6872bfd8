/**
 * The facility's SQL, split by role under `repositories/`: `intake` (receipts, discrepancies),
 * `inspections`, `tac-map`, `valuations`, `decisions` (contacts, decisions), `payouts`
 * (payouts, store credit, gift cards), `returns` (records in `records.ts`, row mapping in
 * `rows.ts`). `facilityRepository` is their union, as the use cases import it.
 */
import { decisionsRepository } from './repositories/decisions.repository.js';
import { inspectionsRepository } from './repositories/inspections.repository.js';
import { intakeRepository } from './repositories/intake.repository.js';
import { payoutsRepository } from './repositories/payouts.repository.js';
import { returnsRepository } from './repositories/returns.repository.js';
import { tacMapRepository } from './repositories/tac-map.repository.js';
import { valuationsRepository } from './repositories/valuations.repository.js';

export type {
  DifferenceReport,
  Discrepancy,
  DiscrepancyKind,
  ErasureRecord,
  Inspection,
  InspectionPhoto,
  Payout,
  ReceiptOutcome,
  ReportLine,
  Valuation,
} from './repositories/records.js';

/** The facility's tables; every query filters by tenant. */
export const facilityRepository = {
  ...intakeRepository,
  ...inspectionsRepository,
  ...tacMapRepository,
  ...valuationsRepository,
  ...decisionsRepository,
  ...payoutsRepository,
  ...returnsRepository,
};
