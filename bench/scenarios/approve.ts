import type { Http } from '../lib/http.js';
import { mapPool, sleep } from '../lib/util.js';
import { prepareMany } from './flow.js';
import { preparedDevice, tradeInTargets } from './register.js';
import type { LoadRequest, Scenario } from './types.js';

interface OrderResponse {
  id: number;
  orderitem_set: Array<{ id: number; attributes: { tradein?: { tradein_device_id?: number; offered_price_minor?: number; final_price?: string | null } } }>;
}

interface PreparedItem {
  request: LoadRequest;
  customer: Http;
  orderId: number;
  itemId: number;
}

/**
 * The final valuation reaches the order item through the outbox (the same step that sends the
 * customer's email with the links), so an item can be decided only once the worker has run:
 * wait until every prepared item shows its final price, as a customer would wait for the email.
 */
async function untilValuated(items: PreparedItem[], log: (m: string) => void): Promise<void> {
  const t0 = Date.now();
  await mapPool(items, 50, async (it) => {
    for (;;) {
      const order = await it.customer.get<OrderResponse>(`/users/orders/${it.orderId}/`);
      if (order.orderitem_set.find((x) => x.id === it.itemId)?.attributes.tradein?.final_price != null) return;
      if (Date.now() - t0 > 120_000) throw new Error(`order item ${it.itemId} still has no final valuation after 120 s (outbox not delivering?)`);
      await sleep(200);
    }
  });
  log(`all ${items.length} final valuations reached their order items after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
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
      prepare: async (count) => {
        const items = await prepareMany<PreparedItem>(
          ctx,
          count,
          async (i) => {
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
            return {
              request: {
                method: 'GET',
                path: `/users/order_item/${item.id}/tradein_approved/`,
                headers: { cookie: customer.cookieHeader(), accept: 'application/json' },
              },
              customer,
              orderId: order.id,
              itemId: item.id,
            };
          },
          'due-diligence report not Passed (the client stops there)',
        );
        await untilValuated(items, ctx.log);
        return items.map((it) => it.request);
      },
    };
  },
};
