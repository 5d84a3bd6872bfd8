/** The facility's records as the use cases see them (rows are mapped in `rows.ts`). */
export type ReceiptOutcome = 'received' | 'already' | 'unexpected' | 'mismatch' | 'fraud';
export type DiscrepancyKind = 'missing' | 'unexpected' | 'identifier_mismatch' | 'damaged_package' | 'fraud_hit';

export interface Discrepancy {
  id: number;
  kind: DiscrepancyKind;
  deviceId: number | null;
  identifier: string | null;
  packageCode: string | null;
  locationId: number | null;
  status: string;
  photoIds: string[];
  note: string | null;
  data: Record<string, unknown>;
  createdAt: Date;
}

export interface InspectionPhoto {
  photoId: string;
  questionId: number | null;
  angle: string | null;
}

export interface ErasureRecord {
  method: 'Clear' | 'Purge';
  tool: string;
  operator: string;
  verification: 'Passed' | 'Failed';
  performedAt: string;
}

export interface Inspection {
  id: number;
  deviceId: number;
  technicianUserId: number | null;
  locationId: number | null;
  gradingFormVersionId: number;
  gradingForm: { Answers: Record<string, number[]>; Extras: number[]; SystemExtras: number[] };
  functionalTests: { name: string; result: 'pass' | 'fail' | 'not_tested' }[];
  cosmeticGrade: string;
  functionalGrade: string;
  fmipDeclared: string;
  fmipFound: string;
  photos: InspectionPhoto[];
  erasure: ErasureRecord | null;
  erasureCertificateKey: string | null;
  identifierConfirmed: string | null;
  notes: string | null;
  createdAt: Date;
}

/** One changed answer of a difference report, with its evidence. */
export interface ReportLine {
  kind: 'question' | 'extras' | 'system_extras' | 'terms';
  questionId: number | null;
  label: string;
  said: string[];
  found: string[];
  worse: boolean;
  effectMinor: number;
  photoIds: string[];
}

export interface DifferenceReport {
  currency: string;
  registeredMinor: number;
  finalMinor: number;
  differenceMinor: number;
  lines: ReportLine[];
  gradeBefore: string;
  gradeAfter: string;
  ctia: { functional: string; cosmetic: string } | null;
  override: { reason: string; computedMinor: number | null } | null;
}

export interface Valuation {
  id: number;
  deviceId: number;
  inspectionId: number | null;
  valuationCount: number;
  quoteId: string;
  registeredMinor: number;
  computedMinor: number | null;
  finalMinor: number;
  currency: string;
  gradeKey: string | null;
  gradeName: string;
  report: DifferenceReport;
  isOverride: boolean;
  overrideReason: string | null;
  actorUserId: number | null;
  actorRole: string | null;
  createdAt: Date;
}

export interface Payout {
  id: number;
  deviceId: number;
  method: 'store_credit' | 'gift_card' | 'bank_transfer' | 'order_discount';
  amountMinor: number;
  currency: string;
  customerRef: string | null;
  giftCardCode: string | null;
  bankAccount: string | null;
  status: string;
  createdAt: Date;
}
