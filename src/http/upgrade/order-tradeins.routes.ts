import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { zodApp, type RouteOptions } from '../route-types.js';
import { TenantParams } from './auth.routes.js';
import { webCtx } from './session-ctx.js';
import { toOrderTradeIn } from './tradein-flow.mappers.js';
import { IdParams, OrderTradeIn, tags } from './tradein-flow.schemas.js';

/** A customer's trade-ins made with orders: the final valuation and their decision on it. */
export async function orderTradeinRoutes(app: FastifyInstance, { deps }: RouteOptions): Promise<void> {
  const r = zodApp(app);
  const { commerce } = deps.modules;

  r.get(
    '/api/:tenant/order_tradeins',
    {
      schema: {
        tags,
        summary: "The signed-in customer's trade-ins made with orders, with the final valuation and their decision",
        params: TenantParams,
        response: { 200: z.object({ results: z.array(OrderTradeIn) }) },
      },
    },
    async (request) => {
      const ctx = webCtx(request, ['customer']);
      return { results: (await commerce.listOrderTradeIns(ctx)).map(toOrderTradeIn) };
    },
  );

  r.post(
    '/api/:tenant/order_tradeins/:id/decision',
    {
      schema: {
        tags,
        summary: "Approve or reject the final valuation of an order item's trade-in (the same decision as the e-mail links)",
        params: IdParams,
        body: z.object({ decision: z.enum(['approved', 'rejected']) }),
        response: { 200: z.object({ order_item_id: z.number(), decision: z.enum(['approved', 'rejected']) }) },
      },
    },
    async (request) => {
      const ctx = webCtx(request, ['customer']);
      await commerce.decide(ctx, request.params.id, request.body.decision, { kind: 'session', userId: ctx.actor.userId! });
      return { order_item_id: request.params.id, decision: request.body.decision };
    },
  );
}
