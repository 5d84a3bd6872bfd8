import type { Ctx } from '../../../platform/context.js';
import type { DeviceStatus } from '../../tradeins/index.js';
import { seedStatus, seedStatusSql, type OwnStatus } from '../status.js';
import type { Condition, Offer, OfferStatus, PayoutMethod, Submission } from './records.js';

/** Row shapes of `submissions` / `submission_offers`, their mapping to the records, and the shared submission query. */
export type Db = Pick<Ctx, 'db' | 'tenant'>;

export interface SubmissionRow {
  id: number;
  public_id: string;
  customer_user_id: number;
  variant_id: number;
  product_name: string;
  item_group_key: string | null;
  serial_number: string | null;
  condition: Condition;
  description: string | null;
  status: OwnStatus;
  declined_by: 'customer' | 'staff' | null;
  decline_reason: string | null;
  trade_in_id: number | null;
  device_id: number | null;
  device_status: DeviceStatus | null;
  final_price_minor: string | number | null;
  currency: string;
  accepted_amount_minor: string | number | null;
  kit_shipment_id: string | null;
  kit_label_url: string | null;
  inspection_started_at: Date | null;
  payout_amount_minor: string | number | null;
  payout_method: PayoutMethod | null;
  paid_at: Date | null;
  submitted_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export interface OfferRow {
  id: string;
  submission_id: number;
  public_id: string;
  customer_user_id: number;
  kind: 'initial' | 'final';
  amount_minor: string | number;
  currency: string;
  suggested_minor: string | number | null;
  notes: string | null;
  status: OfferStatus;
  expires_at: Date;
  created_by: number | null;
  decided_at: Date | null;
  created_at: Date;
}

export const num = (v: string | number | null): number | null => (v === null ? null : Number(v));
export const date = (v: Date | string | null): Date | null => (v === null ? null : new Date(v));

export const mapSubmission = (r: SubmissionRow): Submission => ({
  id: r.id,
  publicId: r.public_id,
  customerUserId: r.customer_user_id,
  variantId: r.variant_id,
  productName: r.product_name,
  itemGroupKey: r.item_group_key,
  serialNumber: r.serial_number,
  condition: r.condition,
  description: r.description,
  ownStatus: r.status,
  status: seedStatus(r.status, r.device_status),
  declinedBy: r.declined_by,
  declineReason: r.decline_reason,
  tradeInId: r.trade_in_id,
  deviceId: r.device_id,
  deviceStatus: r.device_status,
  finalPriceMinor: num(r.final_price_minor),
  currency: r.currency.trim(),
  acceptedAmountMinor: num(r.accepted_amount_minor),
  kitShipmentId: r.kit_shipment_id,
  kitLabelUrl: r.kit_label_url,
  inspectionStartedAt: date(r.inspection_started_at),
  payoutAmountMinor: num(r.payout_amount_minor),
  payoutMethod: r.payout_method,
  paidAt: date(r.paid_at),
  submittedAt: date(r.submitted_at),
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
});

export const mapOffer = (r: OfferRow): Offer => ({
  id: r.id,
  submissionId: r.submission_id,
  submissionPublicId: r.public_id,
  customerUserId: r.customer_user_id,
  kind: r.kind,
  amountMinor: Number(r.amount_minor),
  currency: r.currency.trim(),
  suggestedMinor: num(r.suggested_minor),
  notes: r.notes,
  status: r.status,
  expiresAt: new Date(r.expires_at),
  createdBy: r.created_by,
  decidedAt: date(r.decided_at),
  createdAt: new Date(r.created_at),
});

// A submission is the seed 001 view of a trade-in device: it reads the device's status and final
// price with the row (one query for lists and stats instead of one call per submission).
export const SELECT_SUBMISSION = `SELECT s.*, d.status AS device_status, d.final_price_minor
  FROM submissions s LEFT JOIN trade_in_devices d ON d.tenant_id = s.tenant_id AND d.id = s.device_id`;
export const SEED = seedStatusSql('s', 'd');
