import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { FinalValuationInput } from '../../modules/commerce/index.js';
import { FinalValuationReply, finalValuationJson } from './facility-valuation.routes.js';
import { requireUser } from '../plugins/auth.js';
import { zodApp, type RouteOptions } from '../route-types.js';

const Params = z.object({ tenant: z.string().max(60), id: z.coerce.number().int().positive().max(2_147_483_647) });

/** Facility actions on trade-in devices that commerce drives (final valuation → customer email). */
export async function commerceAdminRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { facility } = deps.modules;

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
      const result = await facility.value(ctx, {
        deviceId: request.params.id,
        override: b.price === undefined ? null : { price: b.price, reason: b.reason, grade: b.grade ?? null, photoIds: b.photo_ids },
      });
      return finalValuationJson(result);
    },
  );
}
