/**
 * Lifecycle of a trade-in device as an explicit table of allowed transitions. The repository
 * enforces it in the UPDATE itself (`… WHERE status = ANY($allowedFrom)`), so two concurrent
 * requests cannot both move a device, and writes each move to the device's status history.
 *
 * One lifecycle for every view of a device: retail trade-ins (seed 003), Upgrade submissions
 * (seed 001) and order-item trade-ins (seeds 000/002) all move the same device through it.
 *
 *   Temporary → Registered → Packed → Shipped → Received → Inspected → Valuated → Accepted → Completed
 *                    ↘ Withheld (store holds it)      ↘ Missing     ↘ Fraud         ↘ ReturnRequested → Returned
 */
export const DEVICE_STATUSES = [
  'Temporary',
  'Registered',
  'Packed',
  'Shipped',
  'Received',
  'Inspected',
  'Valuated',
  'Accepted',
  'ReturnRequested',
  'Returned',
  'Completed',
  'Cancelled',
  'Expired',
  'Withheld',
  'Missing',
  'Fraud',
] as const;
export type DeviceStatus = (typeof DEVICE_STATUSES)[number];

/**
 * Allowed next statuses of each status. A revaluation is Valuated → Valuated. Registered,
 * Shipped and Received may go straight to Valuated for the admin's order-item valuation path
 * (seed 000); the facility goes through Inspected.
 */
export const DEVICE_TRANSITIONS: Readonly<Record<DeviceStatus, readonly DeviceStatus[]>> = {
  Temporary: ['Registered', 'Cancelled', 'Expired'],
  // Received straight from Registered/Packed: a device brought to the facility by hand or mailed in.
  Registered: ['Packed', 'Shipped', 'Received', 'Valuated', 'Cancelled', 'Withheld', 'Fraud'],
  // Back to Registered when taken out of its package or the package is cancelled.
  Packed: ['Registered', 'Shipped', 'Received', 'Withheld', 'Cancelled'],
  // Back to Packed when the shipment is cancelled before hand-over.
  Shipped: ['Packed', 'Received', 'Valuated', 'Missing', 'Fraud'],
  Received: ['Inspected', 'Valuated', 'Fraud', 'ReturnRequested'],
  Inspected: ['Inspected', 'Valuated', 'Fraud', 'ReturnRequested'],
  Valuated: ['Valuated', 'Accepted', 'ReturnRequested', 'Fraud'],
  Accepted: ['Completed'],
  ReturnRequested: ['Returned'],
  // A store releases a withheld device, or cancels it.
  Withheld: ['Registered', 'Cancelled'],
  // A missing device that turns up late is received; one that never does is written off.
  Missing: ['Received', 'Cancelled'],
  // Fraud review: cleared (back on the bench), sent back, or kept and written off.
  Fraud: ['Received', 'Inspected', 'ReturnRequested', 'Cancelled'],
  Returned: [],
  Completed: [],
  Cancelled: [],
  Expired: [],
};

/** Statuses from which `to` may be reached. */
export function allowedFrom(to: DeviceStatus): DeviceStatus[] {
  return DEVICE_STATUSES.filter((s) => DEVICE_TRANSITIONS[s].includes(to));
}

export function canTransition(from: DeviceStatus, to: DeviceStatus): boolean {
  return DEVICE_TRANSITIONS[from].includes(to);
}

/** Not yet with us: the identifier is in an unfinished trade-in (B090004). */
export const UNFINISHED_STATUSES: readonly DeviceStatus[] = ['Temporary', 'Registered', 'Packed', 'Shipped', 'Withheld', 'Missing'];
/** Physically in our stock (B090005). */
export const IN_STOCK_STATUSES: readonly DeviceStatus[] = ['Received', 'Inspected', 'Valuated', 'Accepted', 'ReturnRequested', 'Fraud'];
/** Bought and closed: registering the same identifier again is refused (B090046). */
export const DONE_STATUSES: readonly DeviceStatus[] = ['Completed'];
/** Statuses that hold the identifier: one live device per identifier (unique index, migration 0410). */
export const LIVE_STATUSES: readonly DeviceStatus[] = [...UNFINISHED_STATUSES, ...IN_STOCK_STATUSES];

/** How an identifier that is already known blocks a new registration, if it does. */
export function identifierBlock(status: DeviceStatus): 'unfinished' | 'in_stock' | 'registered' | null {
  if (UNFINISHED_STATUSES.includes(status)) return 'unfinished';
  if (IN_STOCK_STATUSES.includes(status)) return 'in_stock';
  if (DONE_STATUSES.includes(status)) return 'registered';
  return null;
}
