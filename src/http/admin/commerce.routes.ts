import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { FinalValuationInput, FulfilmentInput } from '../../modules/commerce/index.js';
import type { DeviceStatus } from '../../modules/tradeins/index.js';
import { FinalValuationReply, finalValuationJson } from './facility-valuation.routes.js';
import { requireUser } from '../plugins/auth.js';
import { zodApp, type RouteOptions } from '../route-types.js';

const Params = z.object({ tenant: z.string().max(60), id: z.coerce.number().int().positive().max(2_147_483_647) });

/** Facility actions commerce drives: final valuation of trade-in devices (→ customer email), order-item fulfilment. */
export async function commerceAdminRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { commerce, facility } = deps.modules;

  r.post(
    '/api/:tenant/admin/tradein-devices/:id/final-valuation',
    {
      schema: {
        tags: ['admin'],
        summary:
          "Record a device's final valuation: computed from its inspection under the registered quote's terms (no price), or an override (price + reason, role-granted, audited). When it differs from an order item's offer the customer is emailed approve/reject links",
        params: Params,
        // Without `price` the valuation is computed; with it, it is an override.
        body: FinalValuationInput.partial({ price: true, grade: true }),
        response: { 200: FinalValuationReply },
      },
    },
    async (request) => {
      const ctx = requireUser(request, ['admin', 'facility_lead', 'technician']);
      const b = request.body;
      if (b.price === undefined) return finalValuationJson(await facility.value(ctx, { deviceId: request.params.id }));
      // A typed price goes through commerce's trade-in port, wired to the facility's audited override.
      const { device, changed } = await commerce.recordFinalValuation(ctx, request.params.id, { ...b, price: b.price, grade: b.grade ?? 'Manual' });
      return finalValuationJson({ device: { ...device, status: device.status as DeviceStatus }, valuation: null, changed });
    },
  );

  r.post(
    '/api/:tenant/admin/order-items/:id/fulfilment',
    {
      schema: {
        tags: ['admin'],
        summary: 'Mark a storefront order item shipped (with tracking number) or delivered; a delivered item can be returned',
        params: Params,
        body: FulfilmentInput,
        response: {
          200: z.object({
            order_item: z.number(),
            order_number: z.string(),
            status: z.string().describe('seed 002 item status: 500 shipped, 550 delivered'),
            order_status: z.string(),
            tracking_number: z.string().nullable(),
          }),
        },
      },
    },
    async (request) => {
      const ctx = requireUser(request, ['admin', 'technician']);
      const { item, orderStatus } = await commerce.fulfilOrderItem(ctx, request.params.id, request.body);
      return { order_item: item.id, order_number: item.orderNumber, status: item.status, order_status: orderStatus, tracking_number: item.trackingNumber };
    },
  );
}
