import { withTransaction, type Ctx } from '../../../platform/context.js';
import { CommerceErrors } from '../commerce.errors.js';
import { commerceRepository as repo, type OrderItemRecord } from '../commerce.repository.js';
import type { FulfilmentInput } from '../commerce.schemas.js';
import { ORDER_STATUS } from '../order-math.js';

/** Statuses an item may leave for each fulfilment step (delivered may skip shipped). */
const FROM: Record<FulfilmentInput['status'], string[]> = {
  shipped: [ORDER_STATUS.waiting, ORDER_STATUS.approved],
  delivered: [ORDER_STATUS.waiting, ORDER_STATUS.approved, ORDER_STATUS.shipped],
};

/**
 * Staff/fulfilment: an order item was shipped (optionally with a tracking number) or delivered.
 * A guarded update, so a repeated or concurrent step has one winner; a wholly cancelled,
 * already delivered or refunded item is refused with `B300012`. The order's status follows its
 * least advanced live item. Delivered items can then be returned (seed 002 refund requests).
 */
export async function fulfilOrderItem(
  ctx: Ctx,
  itemId: number,
  input: FulfilmentInput,
): Promise<{ item: OrderItemRecord & { orderNumber: string }; orderStatus: string }> {
  return withTransaction(ctx, async (tx) => {
    if (!(await repo.findItem(tx, itemId))) throw CommerceErrors.N300003({ id: itemId });
    const orderStatus = await repo.fulfilItem(tx, {
      itemId,
      status: input.status === 'shipped' ? ORDER_STATUS.shipped : ORDER_STATUS.delivered,
      from: FROM[input.status],
      trackingNumber: input.tracking_number ?? null,
      now: tx.clock.now(),
    });
    if (!orderStatus) throw CommerceErrors.B300012({ id: itemId, status: input.status });
    return { item: (await repo.findItem(tx, itemId))!, orderStatus };
  });
}
