import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requireCtx } from '../plugins/auth.js';
import { zodApp, type RouteOptions } from '../route-types.js';

// Ids are taken as text so that a missing or malformed id gets the seed's own code (B290002, B280001, B200001).
const IdParams = z.object({ id: z.string().max(20) });
const deviceId = (raw: string): number | null => (/^\d{1,10}$/.test(raw) && Number(raw) > 0 && Number(raw) <= 2_147_483_647 ? Number(raw) : null);
const CustomerStatusJson = z.object({ TradeInDeviceId: z.number(), CustomerStatus: z.enum(['NotSet', 'Approved', 'Rejected']), Status: z.string() });
const common = { tags: ['retail'] };

/** Seed 003 customer-status operations and the withhold operation (UpdateTradeInItemStatusWithheldAPI). */
export async function facilityRetailRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { facility } = deps.modules;
  const json = (s: { deviceId: number; customerStatus: 'NotSet' | 'Approved' | 'Rejected'; status: string }) => ({
    TradeInDeviceId: s.deviceId,
    CustomerStatus: s.customerStatus,
    Status: s.status,
  });

  r.get(
    '/api/v2/retail/tradeins/device/:id/customer-status',
    {
      schema: {
        ...common,
        summary: 'The customer’s decision on the final valuation (GetCustomerStatusApi)',
        params: IdParams,
        response: { 200: CustomerStatusJson },
      },
    },
    async (request) => json(await facility.getCustomerStatus(requireCtx(request), deviceId(request.params.id))),
  );

  r.put(
    '/api/v2/retail/tradeins/device/:id/customer-status',
    {
      schema: {
        ...common,
        summary: 'Records the customer’s decision at the counter: Approved → Accepted, Rejected → return (UpdateCustomerStatusApi)',
        params: IdParams,
        body: z.object({ CustomerStatus: z.string().max(40).nullish() }).nullish(),
        response: { 200: CustomerStatusJson },
      },
    },
    async (request) => json(await facility.setCustomerStatus(requireCtx(request), deviceId(request.params.id), request.body?.CustomerStatus ?? null)),
  );

  const DeviceJson = z.object({ TradeInDeviceId: z.number(), Status: z.string() });
  r.put(
    '/api/v2/retail/tradeins/device/:id/withheld',
    {
      schema: {
        ...common,
        summary: 'The store holds the device before it ships (UpdateTradeInItemStatusWithheldAPI)',
        params: IdParams,
        response: { 200: DeviceJson },
      },
    },
    async (request) => {
      const d = await facility.withhold(requireCtx(request), deviceId(request.params.id), true);
      return { TradeInDeviceId: d.id, Status: d.status };
    },
  );

  r.delete(
    '/api/v2/retail/tradeins/device/:id/withheld',
    { schema: { ...common, summary: 'Releases a withheld device (back to Registered)', params: IdParams, response: { 200: DeviceJson } } },
    async (request) => {
      const d = await facility.withhold(requireCtx(request), deviceId(request.params.id), false);
      return { TradeInDeviceId: d.id, Status: d.status };
    },
  );
}
