import type { LabelAddress, ShippingLabelInput } from '../label-renderer.js';
import type { LogisticsSettings } from '../logistics.settings.js';

/** What a carrier needs to make a label for a shipment. */
export interface CarrierLabelRequest {
  label: ShippingLabelInput;
  /** Our reference printed/sent to the carrier (shipment name or id). */
  reference: string;
  packages: (ShippingLabelInput['packages'][number] & { dimension: { lengthMm: number; widthMm: number; heightMm: number } | null })[];
}

export interface CarrierLabel {
  /** The carrier's id of the booking (cancel uses it). */
  externalId: string;
  trackingNumber: string | null;
  /** The printable document. */
  document: Uint8Array;
  contentType: 'application/pdf' | 'text/plain';
}

/** One tracking step as a carrier reports it. */
export interface CarrierTrackingEvent {
  status: 'InTransit' | 'Delivered';
  occurredAt: Date;
  note: string | null;
  externalEventId: string;
}

/**
 * The carrier port. `self-print` needs no account; `nshift` books through nShift Delivery.
 * Implementations get the tenant's logistics settings with every call (credentials live there).
 */
export interface Carrier {
  readonly name: 'self-print' | 'nshift';
  /** Whether the tenant may use it (B230011/B240007 otherwise). */
  enabled(settings: LogisticsSettings): boolean;
  /** Most packages in one shipment, or null for no limit (B230009). */
  maxPackages(settings: LogisticsSettings): number | null;
  createLabel(req: CarrierLabelRequest, settings: LogisticsSettings): Promise<CarrierLabel>;
  cancelLabel(externalId: string, settings: LogisticsSettings): Promise<void>;
  /** Tracking events the carrier knows of (self-print: none; events arrive through the signed endpoint). */
  track(externalId: string, settings: LogisticsSettings): Promise<CarrierTrackingEvent[]>;
}

export type { LabelAddress };
