/**
 * Lifecycle of a trade-in device as an explicit table of allowed transitions. The repository
 * enforces it in the UPDATE itself (`… WHERE status = ANY($allowedFrom)`), so two concurrent
 * requests cannot both move a device.
 */
export const DEVICE_STATUSES = [
  'Temporary',
  'Registered',
  'Shipped',
  'Received',
  'Valuated',
  'Accepted',
  'ReturnRequested',
  'Returned',
  'Completed',
  'Cancelled',
  'Expired',
] as const;
export type DeviceStatus = (typeof DEVICE_STATUSES)[number];

/** Allowed next statuses of each status. A revaluation is Valuated → Valuated. */
export const DEVICE_TRANSITIONS: Readonly<Record<DeviceStatus, readonly DeviceStatus[]>> = {
  Temporary: ['Registered', 'Cancelled', 'Expired'],
  Registered: ['Shipped', 'Received', 'Valuated', 'Cancelled'],
  Shipped: ['Received', 'Valuated'],
  Received: ['Valuated'],
  Valuated: ['Valuated', 'Accepted', 'ReturnRequested'],
  Accepted: ['Completed'],
  ReturnRequested: ['Returned'],
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
export const UNFINISHED_STATUSES: readonly DeviceStatus[] = ['Temporary', 'Registered', 'Shipped'];
/** Physically in our stock (B090005). */
export const IN_STOCK_STATUSES: readonly DeviceStatus[] = ['Received', 'Valuated', 'Accepted', 'ReturnRequested'];
/** Bought and closed: registering the same identifier again is refused (B090046). */
export const DONE_STATUSES: readonly DeviceStatus[] = ['Completed'];

/** How an identifier that is already known blocks a new registration, if it does. */
export function identifierBlock(status: DeviceStatus): 'unfinished' | 'in_stock' | 'registered' | null {
  if (UNFINISHED_STATUSES.includes(status)) return 'unfinished';
  if (IN_STOCK_STATUSES.includes(status)) return 'in_stock';
  if (DONE_STATUSES.includes(status)) return 'registered';
  return null;
}
