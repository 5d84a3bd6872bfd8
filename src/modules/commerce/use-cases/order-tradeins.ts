import type { Ctx } from '../../../platform/context.js';
import { awaitsTradeInDecision } from '../order-math.js';
import { listOrders } from './checkout.js';
import type { CommerceEnv } from './env.js';

/** A trade-in the signed-in customer made with an order, with its final valuation and decision. */
export interface OrderTradeInView {
  orderItemId: number;
  orderNumber: string;
  /** The old device. */
  productName: string;
  offeredPriceMinor: number;
  finalPriceMinor: number | null;
  currency: string;
  valuatedAt: Date | null;
  decision: 'approved' | 'rejected' | null;
  awaitsDecision: boolean;
}

/**
 * The trade-ins of the signed-in customer's latest 100 orders: the items that carried a device
 * in trade. The offer is the one snapshot at checkout (its currency, else the order's).
 */
export async function listOrderTradeIns(env: CommerceEnv, ctx: Ctx): Promise<OrderTradeInView[]> {
  const { orders } = await listOrders(env, ctx, { limit: 100, offset: 0 });
  return orders.flatMap((o) =>
    o.items
      .filter((i) => i.tradeinDeviceId !== null && i.attributes.tradein)
      .map((i) => {
        const ti = i.attributes.tradein as { product_name?: string; offered_price_minor?: number; currency?: string };
        return {
          orderItemId: i.id,
          orderNumber: o.number,
          productName: ti.product_name ?? i.productName,
          offeredPriceMinor: ti.offered_price_minor ?? 0,
          finalPriceMinor: i.tradeinFinalPriceMinor,
          currency: ti.currency ?? o.currency,
          valuatedAt: i.tradeinValuatedAt,
          decision: i.tradeinReview,
          awaitsDecision: awaitsTradeInDecision(i),
        };
      }),
  );
}
