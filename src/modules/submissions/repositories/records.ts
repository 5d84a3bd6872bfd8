import type { DeviceStatus } from '../../tradeins/index.js';
import type { OwnStatus, SeedStatus } from '../status.js';

/** The records submissions' use cases work with (mapped from rows in `rows.ts`). */
export type Condition = 'excellent' | 'good' | 'fair' | 'poor';
export type PayoutMethod = 'store_credit' | 'bank_transfer' | 'gift_card';

/** A submission with the status of its trade-in device (after acceptance). */
export interface Submission {
  id: number;
  publicId: string;
  customerUserId: number;
  variantId: number;
  productName: string;
  itemGroupKey: string | null;
  serialNumber: string | null;
  condition: Condition;
  description: string | null;
  ownStatus: OwnStatus;
  status: SeedStatus;
  declinedBy: 'customer' | 'staff' | null;
  declineReason: string | null;
  tradeInId: number | null;
  deviceId: number | null;
  deviceStatus: DeviceStatus | null;
  finalPriceMinor: number | null;
  currency: string;
  acceptedAmountMinor: number | null;
  kitShipmentId: string | null;
  kitLabelUrl: string | null;
  inspectionStartedAt: Date | null;
  payoutAmountMinor: number | null;
  payoutMethod: PayoutMethod | null;
  paidAt: Date | null;
  submittedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export type OfferStatus = 'open' | 'accepted' | 'declined' | 'superseded';

export interface Offer {
  id: string;
  submissionId: number;
  submissionPublicId: string;
  customerUserId: number;
  kind: 'initial' | 'final';
  amountMinor: number;
  currency: string;
  suggestedMinor: number | null;
  notes: string | null;
  status: OfferStatus;
  expiresAt: Date;
  createdBy: number | null;
  decidedAt: Date | null;
  createdAt: Date;
}

export interface SubmissionEvent {
  status: string;
  actorKind: string;
  note: string | null;
  createdAt: Date;
}

export interface Profile {
  firstName: string | null;
  lastName: string | null;
  phone: string | null;
  address: Record<string, string | null> | null;
  preferredPayout: PayoutMethod | null;
  updatedAt: Date | null;
}
