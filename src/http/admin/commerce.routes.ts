import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { FinalValuationInput, FulfilmentInput } from '../../modules/commerce/index.js';
import { formatDecimal } from '../../platform/money/index.js';
import { requireUser } from '../plugins/auth.js';
import { zodApp, type RouteOptions } from '../route-types.js';

const Params = z.object({ tenant: z.string().max(60), id: z.coerce.number().int().positive().max(2_147_483_647) });

/** Facility actions commerce drives: final valuation of trade-in devices (→ customer email), order-item fulfilment. */
export async function commerceAdminRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { commerce } = deps.modules;

  r.post(
    '/api/:tenant/admin/tradein-devices/:id/final-valuation',
    {
      schema: {
        tags: ['admin'],
        summary: "Record a device's final valuation; when it differs from an order item's offer the customer is emailed approve/reject links",
        params: Params,
        body: FinalValuationInput,
      },
    },
    async (request) => {
      const ctx = requireUser(request, ['admin', 'technician']);
      const { device, changed } = await commerce.recordFinalValuation(ctx, request.params.id, request.body);
      return {
        device_id: device.id,
        tradein_id: device.tradeInId,
        status: device.status,
        currency: device.currency,
        offered_price: formatDecimal(device.offeredPriceMinor, device.currency),
        final_price: device.finalPriceMinor === null ? null : formatDecimal(device.finalPriceMinor, device.currency),
        changed,
      };
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
