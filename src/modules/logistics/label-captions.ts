import { defineMessages, translate } from '../../platform/i18n/index.js';
import type { ShippingLabelInput } from './label-renderer.js';

const L = defineMessages('logistics.label', {
  from: { en: 'From', tr: 'Gönderen', sv: 'Från', de: 'Von' },
  to: { en: 'To', tr: 'Alıcı', sv: 'Till', de: 'An' },
  shipment: { en: 'Shipment', tr: 'Gönderi', sv: 'Försändelse', de: 'Sendung' },
  package: { en: 'Package', tr: 'Paket', sv: 'Paket', de: 'Paket' },
  piece: { en: 'Piece', tr: 'Parça', sv: 'Kolli', de: 'Stück' },
  weight: { en: 'Weight', tr: 'Ağırlık', sv: 'Vikt', de: 'Gewicht' },
  devices: { en: 'Devices', tr: 'Cihazlar', sv: 'Enheter', de: 'Geräte' },
  track: { en: 'Track shipment', tr: 'Gönderiyi izle', sv: 'Spåra försändelsen', de: 'Sendung verfolgen' },
  selfPrint: { en: 'Self-printed label', tr: 'Kendi basılan etiket', sv: 'Egenutskriven etikett', de: 'Selbst gedrucktes Etikett' },
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
