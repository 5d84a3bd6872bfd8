/**
 * The event types a tenant can subscribe to. A subscription names types exactly, or a prefix
 * pattern (`device.*`), or nothing (all). New modules add their types here when they publish.
 */
export const WEBHOOK_EVENT_TYPES = [
  'tradein.registered',
  'tradein.updated',
  'tradein.cancelled',
  'tradein.temporary_confirmed',
  'tradein.temporary_expired',
  'device.status_changed',
  'device.registered',
  'device.packed',
  'device.shipped',
  'device.received',
  'device.inspected',
  'device.valuated',
  'device.accepted',
  'device.return_requested',
  'device.returned',
  'device.completed',
  'device.cancelled',
  'device.expired',
  'device.withheld',
  'device.missing',
  'device.fraud',
  'device.released',
  'device.unexpected',
  'device.return_shipment_created',
  'device.decision_reminder',
  'device.decision_last_notice',
  'package.damaged',
  'payout.issued',
  'submission.created',
  'submission.submitted',
  'submission.updated',
  'submission.declined',
  'offer.created',
  'offer.accepted',
  'offer.declined',
  'order_item.decided',
  'shipment.created',
  'shipment.label_created',
  'shipment.label_cancelled',
  'shipment.in_transit',
  'shipment.delivered',
  'shipment.cancelled',
  'shipment.status_changed',
  'package.created',
  'package.cancelled',
  'campaign.changed',
  'datafield.changed',
  'webhook.test',
] as const;

const KNOWN = new Set<string>(WEBHOOK_EVENT_TYPES);
const PREFIXES = new Set(WEBHOOK_EVENT_TYPES.map((t) => t.split('.')[0]));

/** True when a subscription entry names a known type or a known `prefix.*`. */
export function isValidSubscription(entry: string): boolean {
  if (KNOWN.has(entry)) return true;
  const m = /^([a-z_]+)\.\*$/.exec(entry);
  return m !== null && PREFIXES.has(m[1]);
}

/** Whether an endpoint subscribed to `subscribed` (empty = all) receives `type`. */
export function subscribes(subscribed: readonly string[], type: string): boolean {
  if (subscribed.length === 0) return true;
  return subscribed.some((s) => s === type || (s.endsWith('.*') && type.startsWith(s.slice(0, -1))));
}
