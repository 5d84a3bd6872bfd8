import { prepareMany } from './flow.js';
import { customDataFields, preparedDevice, tradeInTargets } from './register.js';
import type { LoadRequest, Scenario } from './types.js';
import { RETAIL_HEADERS } from './types.js';

const STORE_ADDRESS = { CountryCode: 'SE', City: 'Stockholm', PostCode: '111 22', Street1: 'Drottninggatan 1', Street2: null, PhoneNumber: '+46 8 123 45 67' };

/**
 * `POST /api/v2/retail/shipments/{id}/label`: a self-printed PDF label (Code 128, QR, DejaVu font)
 * for a shipment of one package of one freshly registered device. Registration, package and
 * shipment are made before the window (seed §9 order), so the label — the heavy step — is timed.
 */
export const ship: Scenario = {
  name: 'ship',
  title: 'POST /api/v2/retail/shipments/{id}/label (package + shipment of one fresh device made before; self-print PDF)',
  needs: ['POST /api/v2/retail/tradeins', 'POST /api/v2/retail/packages', 'POST /api/v2/retail/shipments', 'POST /api/v2/retail/shipments/{shipmentId}/label'],
  async setup(ctx) {
    const targets = await tradeInTargets(ctx);
    const fields = await customDataFields(ctx);
    const headers = RETAIL_HEADERS(ctx.apiKey);
    let n = 0;
    return {
      kind: 'queue',
      prepare: (count) =>
        prepareMany<LoadRequest>(
          ctx,
          count,
          async (i) => {
            const d = await preparedDevice(ctx, targets[i % targets.length]);
            if (!d) return null;
            const k = n++;
            const tradeIn = await ctx.retail.post<{ TradeInDevices: { TradeInDeviceId: number }[] }>('/api/v2/retail/tradeins', {
              TradeInDevices: [{ PriceQuoteId: d.quoteId, DeviceIdentifier: d.imei }],
              CustomDataFields: fields(k),
              ClientFirstName: 'Bench',
              ClientLastName: `Shipper ${k}`,
            });
            const packageId = await ctx.retail.post<number>('/api/v2/retail/packages', {
              Name: `Bench box ${k}`,
              Identifier: `BENCH-${process.pid}-${k}`,
              TradeInDeviceIds: tradeIn.TradeInDevices.map((x) => x.TradeInDeviceId),
            });
            const shipmentId = await ctx.retail.post<number>('/api/v2/retail/shipments', { Name: `Bench pickup ${k}`, PackagesIds: [packageId] });
            return {
              method: 'POST',
              path: `/api/v2/retail/shipments/${shipmentId}/label`,
              headers,
              body: JSON.stringify({ LocationId: null, LocationAddress: STORE_ADDRESS }),
            };
          },
          'due-diligence report not Passed (the client stops there)',
        ),
    };
  },
};
