import type { Discrepancy, Inspection, Payout, Valuation } from './records.js';

/** Row → record mapping; numeric columns may arrive as strings and JSON columns as text (PGlite vs node-postgres). */
export const n = (v: string | number | null): number | null => (v === null ? null : Number(v));
export const json = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);

/* eslint-disable @typescript-eslint/no-explicit-any */
export const mapInspection = (r: any): Inspection => ({
  id: Number(r.id),
  deviceId: r.device_id,
  technicianUserId: r.technician_user_id,
  locationId: r.location_id,
  gradingFormVersionId: r.grading_form_version_id,
  gradingForm: json(r.grading_form),
  functionalTests: json(r.functional_tests),
  cosmeticGrade: r.cosmetic_grade,
  functionalGrade: r.functional_grade,
  fmipDeclared: r.fmip_declared,
  fmipFound: r.fmip_found,
  photos: json(r.photos),
  erasure: r.erasure ? json(r.erasure) : null,
  erasureCertificateKey: r.erasure_certificate_key,
  identifierConfirmed: r.identifier_confirmed,
  notes: r.notes,
  createdAt: new Date(r.created_at),
});

export const mapValuation = (r: any): Valuation => ({
  id: Number(r.id),
  deviceId: r.device_id,
  inspectionId: n(r.inspection_id),
  valuationCount: r.valuation_count,
  quoteId: r.quote_id,
  registeredMinor: Number(r.registered_minor),
  computedMinor: n(r.computed_minor),
  finalMinor: Number(r.final_minor),
  currency: r.currency,
  gradeKey: r.grade_key,
  gradeName: r.grade_name,
  report: json(r.report),
  isOverride: r.is_override,
  overrideReason: r.override_reason,
  actorUserId: r.actor_user_id,
  actorRole: r.actor_role,
  createdAt: new Date(r.created_at),
});

export const mapDiscrepancy = (r: any): Discrepancy => ({
  id: Number(r.id),
  kind: r.kind,
  deviceId: r.device_id,
  identifier: r.identifier,
  packageCode: r.package_code,
  locationId: r.location_id,
  status: r.status,
  photoIds: json(r.photo_ids),
  note: r.note,
  data: json(r.data),
  createdAt: new Date(r.created_at),
});

export const mapPayout = (r: any): Payout => ({
  id: Number(r.id),
  deviceId: r.device_id,
  method: r.method,
  amountMinor: Number(r.amount_minor),
  currency: r.currency,
  customerRef: r.customer_ref,
  giftCardCode: r.gift_card_code,
  bankAccount: r.bank_account,
  status: r.status,
  createdAt: new Date(r.created_at),
});
/* eslint-enable @typescript-eslint/no-explicit-any */
