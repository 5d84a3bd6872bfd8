import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { LABEL_SIZES, renderShippingLabel, type ShippingLabelInput } from './label-renderer.js';

const input = (format: ShippingLabelInput['format'], packages: number): ShippingLabelInput => ({
  format,
  programmeName: 'Programme',
  carrierName: 'Self-printed label',
  shipmentId: 7559,
  shipmentName: 'Pickup',
  trackingNumber: null,
  trackingUrl: 'http://tradein.test/api/v2/public/shipments/track/x',
  from: { name: 'Store', street1: 'Street 1', postCode: '111 22', city: 'Stockholm', countryCode: 'SE' },
  to: { name: 'Facility', street1: 'Road 2', postCode: '417 55', city: 'Göteborg', countryCode: 'SE' },
  createdAt: '2026-06-01T10:00:00.000Z',
  packages: Array.from({ length: packages }, (_, i) => ({ id: 11759 + i, identifier: `PKG-${i}`, name: 'Box', weightGrams: 500, deviceCount: 2 })),
  captions: { from: 'From', to: 'To', shipment: 'Shipment', package: 'Package', piece: 'Piece', weight: 'Weight', devices: 'Devices', track: 'Track' },
});

describe('renderShippingLabel (pure)', () => {
  it('renders one page per package in the chosen size, from plain data only', async () => {
    for (const [format, n] of [
      ['A6', 1],
      ['4x6', 3],
    ] as const) {
      const doc = await PDFDocument.load(await renderShippingLabel(input(format, n)));
      expect(doc.getPageCount()).toBe(n);
      for (const page of doc.getPages()) {
        expect(page.getWidth()).toBeCloseTo(LABEL_SIZES[format][0], 1);
        expect(page.getHeight()).toBeCloseTo(LABEL_SIZES[format][1], 1);
      }
    }
  });

  it('takes only serialisable input (structured clone keeps it whole)', () => {
    const i = input('A6', 2);
    expect(structuredClone(i)).toEqual(i);
  });
});

describe('renderShippingLabel text', () => {
  it('prints characters outside the shared font subset (Cyrillic, Greek) and keeps them extractable', async () => {
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const i = input('A6', 1);
    i.to = { ...i.to, name: 'Склад Αθήνα', city: 'İstanbul' };
    const doc = await getDocument({ data: new Uint8Array(await renderShippingLabel(i)), useSystemFonts: false, isEvalSupported: false }).promise;
    const content = await (await doc.getPage(1)).getTextContent();
    const text = content.items.map((it) => ('str' in it ? it.str : '')).join(' ');
    await doc.destroy();
    expect(text).toContain('Склад Αθήνα');
    expect(text).toContain('İstanbul');
    expect(text).toContain('Shipment: 7559');
  });
});
