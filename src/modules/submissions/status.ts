import type { DeviceStatus } from '../tradeins/index.js';

/** The statuses of seed 001's table. */
export const SEED_STATUSES = ['draft', 'submitted', 'offered', 'accepted', 'shipped', 'received', 'inspected', 'completed', 'declined'] as const;
export type SeedStatus = (typeof SEED_STATUSES)[number];

/** What the submission row itself holds; after `accepted` the device's lifecycle says the rest. */
export type OwnStatus = 'draft' | 'submitted' | 'offered' | 'accepted' | 'declined';

/**
 * How the trade-in device's status reads in seed 001 terms. Inspected and Valuated are both
 * "inspection complete"; Accepted is the final value confirmed while the credit is issued.
 */
export const DEVICE_TO_SEED: Readonly<Record<DeviceStatus, SeedStatus>> = {
  Temporary: 'accepted',
  Registered: 'accepted',
  Packed: 'accepted',
  Withheld: 'accepted',
  Shipped: 'shipped',
  Missing: 'shipped',
  Received: 'received',
  Fraud: 'received',
  Inspected: 'inspected',
  Valuated: 'inspected',
  Accepted: 'inspected',
  Completed: 'completed',
  ReturnRequested: 'declined',
  Returned: 'declined',
  Cancelled: 'declined',
  Expired: 'declined',
};

/** The seed status of a submission. */
export function seedStatus(own: OwnStatus, deviceStatus: DeviceStatus | null): SeedStatus {
  if (own !== 'accepted' || !deviceStatus) return own;
  return DEVICE_TO_SEED[deviceStatus];
}

/** The same mapping as SQL over `s.status` and `d.status` (for filters and stats), built from the table above. */
export function seedStatusSql(submission = 's', device = 'd'): string {
  const whens = Object.entries(DEVICE_TO_SEED)
    .map(([from, to]) => `WHEN ${device}.status = '${from}' THEN '${to}'`)
    .join(' ');
  return `(CASE WHEN ${submission}.status <> 'accepted' OR ${device}.status IS NULL THEN ${submission}.status ${whens} ELSE ${submission}.status END)`;
}

/** How an offer reads at `now`: an open offer past its expiry is expired (accepting it is refused, B410003). */
export function offerStatusAt<S extends string>(offer: { status: S | 'open'; expiresAt: Date }, now: Date): S | 'open' | 'expired' {
  return offer.status === 'open' && offer.expiresAt.getTime() <= now.getTime() ? 'expired' : offer.status;
}

/** The offer the customer is answering: the latest open or expired one (offers oldest first), else null. */
export function currentOffer<T extends { status: string }>(offers: readonly T[]): T | null {
  return [...offers].reverse().find((o) => o.status === 'open' || o.status === 'expired') ?? null;
}

/** Whether the device is on its way back to the customer, so the return label applies. */
export function isReturning(deviceStatus: DeviceStatus | null): boolean {
  return deviceStatus === 'ReturnRequested' || deviceStatus === 'Returned';
}
