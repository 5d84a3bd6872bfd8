import { defineMessages, translate } from '../../platform/i18n/index.js';
import type { ShippingLabelInput } from './label-renderer.js';

const L = defineMessages('logistics.label', {
  from: { en: 'From' },
  to: { en: 'To' },
  shipment: { en: 'Shipment' },
  package: { en: 'Package' },
  piece: { en: 'Piece' },
  weight: { en: 'Weight' },
  devices: { en: 'Devices' },
  track: { en: 'Track shipment' },
  selfPrint: { en: 'Self-printed label' },
});

/** The label's captions in `locale`. */
export function labelCaptions(locale: string): ShippingLabelInput['captions'] {
  return {
    from: translate(L.from, locale),
    to: translate(L.to, locale),
    shipment: translate(L.shipment, locale),
    package: translate(L.package, locale),
    piece: translate(L.piece, locale),
    weight: translate(L.weight, locale),
    devices: translate(L.devices, locale),
    track: translate(L.track, locale),
  };
}

export function carrierDisplayName(carrier: string, locale: string): string {
  return carrier === 'self-print' ? translate(L.selfPrint, locale) : 'nShift';
}
