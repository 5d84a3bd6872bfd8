import type { LogisticsSettings } from '../logistics.settings.js';
import type { Carrier, CarrierLabelRequest, LabelAddress } from './carrier.js';
import { nshiftRequest, type NshiftHttpOptions } from './nshift.client.js';

/** A party of an nShift shipment (sender, receiver). */
interface NshiftParty {
  name: string;
  address1: string;
  address2?: string;
  zipcode: string;
  city: string;
  country: string;
  phone?: string;
}

/** The part of nShift's shipment answer (POST /shipments, 201) we use. */
interface NshiftShipmentInfo {
  id: string;
  shipmentNo: string | null;
  parcels?: { parcelNo: string | null }[];
  pdfs?: { id: string; pdf: string | null; description?: string; href?: string }[] | null;
}

const party = (a: LabelAddress): NshiftParty => ({
  name: a.name,
  address1: a.street1,
  ...(a.street2 ? { address2: a.street2 } : {}),
  zipcode: a.postCode,
  city: a.city,
  country: a.countryCode.toUpperCase(),
  ...(a.phone ? { phone: a.phone } : {}),
});

const http = (s: LogisticsSettings): NshiftHttpOptions => ({
  baseUrl: s.nshift.baseUrl,
  apiKeyId: s.nshift.apiKeyId,
  apiKeySecret: s.nshift.apiKeySecret,
  timeoutMs: s.nshift.timeoutMs,
});

/** The shipment body of nShift's "create a shipment and print" (POST /shipments?inlinePdf=true). */
export function nshiftShipmentBody(req: CarrierLabelRequest, s: LogisticsSettings) {
  return {
    pdfConfig: {
      target1Media: s.nshift.pdfMedia,
      target1XOffset: 0,
      target1YOffset: 0,
      target2Media: null,
      target2XOffset: 0,
      target2YOffset: 0,
      target3Media: null,
      target3XOffset: 0,
      target3YOffset: 0,
      target4Media: null,
      target4XOffset: 0,
      target4YOffset: 0,
    },
    shipment: {
      sender: party(req.label.from),
      receiver: party(req.label.to),
      service: { id: s.nshift.serviceId },
      orderNo: String(req.label.shipmentId),
      senderReference: req.reference.slice(0, 35),
      parcels: req.packages.map((p) => ({
        copies: 1,
        weight: Math.max(0.01, p.weightGrams / 1000),
        contents: `${p.deviceCount} device(s)`,
        reference: p.identifier,
        valuePerParcel: true,
        ...(p.dimension ? { length: p.dimension.lengthMm / 10, width: p.dimension.widthMm / 10, height: p.dimension.heightMm / 10 } : {}),
      })),
    },
  };
}

/** nShift Delivery (Unifaun) — creates and prints shipments, cancels them; labels come back inline. */
export function nshiftCarrier(): Carrier {
  return {
    name: 'nshift',
    enabled: (s) => s.nshift.enabled && s.nshift.apiKeyId !== '' && s.nshift.apiKeySecret !== '',
    maxPackages: (s) => (s.nshift.onePackagePerShipment ? 1 : null),
    async createLabel(req, s) {
      const res = await nshiftRequest<NshiftShipmentInfo[]>(http(s), 'POST', '/shipments?inlinePdf=true', nshiftShipmentBody(req, s));
      const info = Array.isArray(res) ? res[0] : null;
      const pdf = info?.pdfs?.find((p) => p.pdf)?.pdf;
      if (!info?.id || !pdf) throw new Error('nShift answered without a shipment id or an inline label');
      const document = new Uint8Array(Buffer.from(pdf, 'base64'));
      const isPdf = Buffer.from(document.subarray(0, 5)).toString('latin1') === '%PDF-';
      return {
        externalId: String(info.id),
        trackingNumber: info.shipmentNo ?? info.parcels?.[0]?.parcelNo ?? null,
        document,
        contentType: isPdf ? 'application/pdf' : 'text/plain',
      };
    },
    async cancelLabel(externalId, s) {
      await nshiftRequest(http(s), 'DELETE', `/shipments/${encodeURIComponent(externalId)}`);
    },
    async track() {
      // nShift reports tracking through its TrackBack feed / events; they reach us as signed carrier events.
      return [];
    },
  };
}
