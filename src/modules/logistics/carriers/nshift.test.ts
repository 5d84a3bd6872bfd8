import { describe, expect, it } from 'vitest';
import { LogisticsSettings } from '../logistics.settings.js';
import { nshiftShipmentBody } from './nshift.js';

describe('nShift shipment body', () => {
  it('maps sender, receiver, service and one parcel per package (kg, cm)', () => {
    const settings = LogisticsSettings.schema.parse({ carrier: 'nshift', nshift: { enabled: true, serviceId: 'P19' } });
    const from = { name: 'Store', street1: 'Street 1', street2: 'Floor 2', postCode: '111 22', city: 'Stockholm', countryCode: 'se', phone: '+46 8 1' };
    const to = { name: 'Facility', street1: 'Road 2', postCode: '417 55', city: 'Göteborg', countryCode: 'SE' };
    const body = nshiftShipmentBody(
      {
        reference: 'Pickup',
        packages: [{ id: 1, identifier: 'PKG-1', name: 'Box', weightGrams: 620, deviceCount: 2, dimension: { lengthMm: 250, widthMm: 180, heightMm: 80 } }],
        label: { from, to, shipmentId: 7559 } as never,
      },
      settings,
    );
    expect(body.shipment).toMatchObject({
      service: { id: 'P19' },
      senderReference: 'Pickup',
      parcels: [{ copies: 1, weight: 0.62, length: 25, width: 18, height: 8, reference: 'PKG-1' }],
    });
    expect(body.shipment.sender).toEqual({
      name: 'Store',
      address1: 'Street 1',
      address2: 'Floor 2',
      zipcode: '111 22',
      city: 'Stockholm',
      country: 'SE',
      phone: '+46 8 1',
    });
    expect(body.shipment.receiver).toEqual({ name: 'Facility', address1: 'Road 2', zipcode: '417 55', city: 'Göteborg', country: 'SE' });
    expect(body.shipment.orderNo).toBe('7559');
    expect(body.pdfConfig.target1Media).toBe('thermo-190');
  });
});
