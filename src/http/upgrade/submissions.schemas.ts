import { z } from 'zod';
import type { Photo } from '../../modules/media/index.js';
import {
  currentOffer,
  isReturning,
  offerPublicId,
  offerStatusAt,
  photoPublicId,
  productPublicId,
  type Offer,
  type SubmissionDetail,
  type Submission,
} from '../../modules/submissions/index.js';
import { toMajor } from '../../platform/money/index.js';

/** Seed 001 JSON shapes (snake_case) of submissions, offers and photos. */
export const TenantParams = z.object({ tenant: z.string().max(60) });
export const IdParams = TenantParams.extend({ id: z.string().min(1).max(80) });
export const Condition = z.enum(['excellent', 'good', 'fair', 'poor']);

export const PhotoJson = z.object({
  id: z.string(),
  angle: z.string().nullable(),
  width: z.number(),
  height: z.number(),
  content_type: z.string(),
  byte_size: z.number(),
  url: z.string(),
  thumbnail_url: z.string(),
  created_at: z.string(),
});

export const OfferJson = z.object({
  id: z.string(),
  submission_id: z.string(),
  kind: z.enum(['initial', 'final']),
  amount: z.number(),
  currency: z.string(),
  suggested_amount: z.number().nullable(),
  notes: z.string().nullable(),
  status: z.enum(['open', 'expired', 'accepted', 'declined', 'superseded']),
  expires_at: z.string(),
  decided_at: z.string().nullable(),
  created_at: z.string(),
});

export const SubmissionSummary = z.object({
  id: z.string(),
  status: z.string(),
  product_id: z.string(),
  product_name: z.string(),
  serial_number: z.string().nullable(),
  condition: Condition,
  description: z.string().nullable(),
  currency: z.string(),
  accepted_amount: z.number().nullable(),
  final_amount: z.number().nullable(),
  submitted_at: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});

export const SubmissionJson = SubmissionSummary.extend({
  photos: z.array(PhotoJson),
  valuation: z
    .object({ base_value: z.number(), condition: Condition, modifier_percent: z.number(), suggested_offer: z.number(), currency: z.string() })
    .nullable(),
  offers: z.array(OfferJson),
  current_offer: OfferJson.nullable(),
  shipping_kit: z.object({ label_url: z.string(), shipment_id: z.string().nullable() }).nullable(),
  return_label_url: z.string().nullable(),
  declined_by: z.enum(['customer', 'staff']).nullable(),
  decline_reason: z.string().nullable(),
  inspection_started_at: z.string().nullable(),
  payout: z.object({ amount: z.number(), method: z.string(), paid_at: z.string() }).nullable(),
  trade_in_id: z.number().nullable(),
  device_id: z.number().nullable(),
  history: z.array(z.object({ status: z.string(), actor: z.string(), note: z.string().nullable(), at: z.string() })),
});

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const major = (minor: number | null, currency: string) => (minor === null ? null : toMajor(minor, currency));

export function photoJson(slug: string, p: Photo): z.infer<typeof PhotoJson> {
  const url = `/api/${slug}/photos/${photoPublicId(p.id)}`;
  return {
    id: photoPublicId(p.id),
    angle: p.angle,
    width: p.width,
    height: p.height,
    content_type: p.contentType,
    byte_size: p.byteSize,
    url,
    thumbnail_url: `${url}?size=thumb`,
    created_at: p.createdAt.toISOString(),
  };
}

export function offerJson(o: Offer, now: Date): z.infer<typeof OfferJson> {
  return {
    id: offerPublicId(o.id),
    submission_id: o.submissionPublicId,
    kind: o.kind,
    amount: toMajor(o.amountMinor, o.currency),
    currency: o.currency,
    suggested_amount: major(o.suggestedMinor, o.currency),
    notes: o.notes,
    status: offerStatusAt(o, now),
    expires_at: o.expiresAt.toISOString(),
    decided_at: iso(o.decidedAt),
    created_at: o.createdAt.toISOString(),
  };
}

export function summaryJson(s: Submission): z.infer<typeof SubmissionSummary> {
  return {
    id: s.publicId,
    status: s.status,
    product_id: productPublicId(s.variantId),
    product_name: s.productName,
    serial_number: s.serialNumber,
    condition: s.condition,
    description: s.description,
    currency: s.currency,
    accepted_amount: major(s.acceptedAmountMinor, s.currency),
    final_amount: major(s.finalPriceMinor, s.currency),
    submitted_at: iso(s.submittedAt),
    created_at: s.createdAt.toISOString(),
    updated_at: s.updatedAt.toISOString(),
  };
}

export function submissionJson(slug: string, d: SubmissionDetail, now: Date, returnLabelUrl: string): z.infer<typeof SubmissionJson> {
  const s = d.submission;
  const offers = d.offers.map((o) => offerJson(o, now));
  const v = d.valuation;
  return {
    ...summaryJson(s),
    photos: d.photos.map((p) => photoJson(slug, p)),
    valuation: v
      ? {
          base_value: toMajor(v.baseMinor, v.currency),
          condition: v.condition,
          modifier_percent: v.modifierPct,
          suggested_offer: toMajor(v.suggestedMinor, v.currency),
          currency: v.currency,
        }
      : null,
    offers,
    current_offer: currentOffer(offers),
    shipping_kit: s.kitLabelUrl ? { label_url: s.kitLabelUrl, shipment_id: s.kitShipmentId } : null,
    return_label_url: isReturning(s.deviceStatus) ? returnLabelUrl : null,
    declined_by: s.declinedBy,
    decline_reason: s.declineReason,
    inspection_started_at: iso(s.inspectionStartedAt),
    payout:
      s.paidAt && s.payoutAmountMinor !== null
        ? { amount: toMajor(s.payoutAmountMinor, s.currency), method: s.payoutMethod ?? 'store_credit', paid_at: s.paidAt.toISOString() }
        : null,
    trade_in_id: s.tradeInId,
    device_id: s.deviceId,
    history: d.history.map((h) => ({ status: h.status, actor: h.actorKind, note: h.note, at: h.createdAt.toISOString() })),
  };
}
