import type { Http } from '../lib/http.js';
import { mapPool } from '../lib/util.js';
import { prepareMany } from './flow.js';
import { preparedDevice, tradeInTargets } from './register.js';
import type { LoadRequest, Scenario } from './types.js';

interface OrderResponse {
  id: number;
  orderitem_set: Array<{ id: number; attributes: { tradein?: { tradein_device_id?: number; offered_price_minor?: number } } }>;
}

const CUSTOMERS = 20;

/**
 * `GET /users/order_item/{pk}/tradein_approved/`: the customer's decision on a final valuation.
 * Prepared per item: a customer session, a fresh quote and due-diligence report, a checkout with
 * the trade-in, and the facility's (lower) final valuation; the window times the decisions only.
 */
export const approve: Scenario = {
  name: 'approve',
  title: 'GET /users/order_item/{pk}/tradein_approved/ (prepared: checkout with trade-in + final valuation)',
  needs: [
    'GET /api/v2/retail/models',
    'POST /api/v2/retail/price-quote',
    'POST /api/v2/retail/duediligence/check',
    'POST /orders/checkout/',
    'POST /api/{tenant}/admin/tradein-devices/{id}/final-valuation',
    'GET /users/order_item/{pk}/tradein_approved/',
  ],
  async setup(ctx) {
    const admin = ctx.anon.fork();
    await admin.post(`/api/${ctx.tenant}/auth/login`, { email: ctx.admin.email, password: ctx.admin.password });
    const customers: Http[] = await mapPool(
      Array.from({ length: CUSTOMERS }, (_, i) => i),
      5,
      async (i) => {
        const c = ctx.anon.fork();
        await c.post(`/api/${ctx.tenant}/auth/register`, {
          email: `bench.${process.pid}.${i}@example.com`,
          password: `bench-password-${process.pid}-${i}`,
          first_name: 'Bench',
          last_name: `Customer ${i}`,
        });
        return c;
      },
    );
    const targets = await tradeInTargets(ctx);
    return {
      kind: 'queue',
      prepare: (count) =>
        prepareMany<LoadRequest>(ctx, count, async (i) => {
          const customer = customers[i % customers.length];
          const d = await preparedDevice(ctx, targets[i % targets.length]);
          if (!d) return null;
          const order = await customer.post<OrderResponse>('/orders/checkout/', {
            items: [
              {
                product_sku: 'BENCH-NEW-PHONE',
                product_name: 'New phone (bench)',
                price: '1199.00',
                quantity: 1,
                tradein: { price_quote_id: d.quoteId, device_identifier: d.imei },
              },
            ],
          });
          const item = order.orderitem_set.find((x) => x.attributes.tradein?.tradein_device_id);
          if (!item) throw new Error('checkout response has no order item with trade-in data');
          const offered = item.attributes.tradein!.offered_price_minor ?? 10_000;
          await admin.post(`/api/${ctx.tenant}/admin/tradein-devices/${item.attributes.tradein!.tradein_device_id}/final-valuation`, {
            price: (Math.floor(offered * 0.9) / 100).toFixed(2),
            grade: 'Good',
            reason: 'Deep scratches on the back cover (bench)',
          });
          return { method: 'GET', path: `/users/order_item/${item.id}/tradein_approved/`, headers: { cookie: customer.cookieHeader(), accept: 'application/json' } };
        }, 'due-diligence report not Passed (the client stops there)'),
    };
  },
};
