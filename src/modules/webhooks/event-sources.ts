import { DOMAIN_EVENT_TOPIC, type OutboxDispatcher, type StoredOutboxMessage } from '../../platform/outbox/index.js';
import type { TradeIn, TradeinsModule } from '../tradeins/index.js';
import type { WebhooksService } from './webhooks.service.js';

/** A trade-in as integrations see it (snake_case, as the admin API). */
export function tradeInEventData(t: TradeIn): Record<string, unknown> {
  return {
    id: t.id,
    kind: t.kind,
    status: t.status,
    source: t.source,
    trade_in_ref: t.tradeInRef,
    is_corporate: t.isCorporate,
    location_id: t.locationId,
    agent_user_id: t.agentUserId,
    campaign_id: t.campaignId,
    created_at: t.createdAt.toISOString(),
    devices: t.devices.map((d) => ({
      trade_in_device_id: d.id,
      device_identifier: d.deviceIdentifier,
      product_name: d.productName,
      grade: d.gradeName,
      status: d.status,
      offered_price: d.offeredPriceMinor / 100,
      currency: d.currency,
    })),
  };
}

/**
 * Where events come from: domain events (`publishEvent`, every module) and the trade-in topics
 * that predate them. Each outbox message becomes at most one webhook message (keyed by its id).
 */
export function registerEventSources(outbox: OutboxDispatcher, webhooks: WebhooksService, tradeins: Pick<TradeinsModule, 'get' | 'getTemp'>): void {
  const withCtx =
    (fn: (ctx: NonNullable<Awaited<ReturnType<WebhooksService['contextFor']>>>, msg: StoredOutboxMessage) => Promise<void>) =>
    async (msg: StoredOutboxMessage) => {
      const ctx = await webhooks.contextFor(msg.tenantId);
      if (ctx) await fn(ctx, msg);
    };

  outbox.register(
    DOMAIN_EVENT_TOPIC,
    withCtx(async (ctx, msg) => {
      const p = msg.payload as { type: string; timestamp: string; data: Record<string, unknown> };
      await webhooks.publish(ctx, { type: p.type, data: p.data ?? {}, occurredAt: new Date(p.timestamp), sourceKey: `outbox:${msg.id}` });
    }),
  );

  const tradeInTopic = (type: string) =>
    withCtx(async (ctx, msg) => {
      const p = msg.payload as { tradeInId: number; tempTradeInId?: number };
      const t = await tradeins.get(ctx, p.tradeInId).catch(() => null);
      const data = t ? tradeInEventData(t) : { id: p.tradeInId };
      await webhooks.publish(ctx, { type, data, occurredAt: msg.createdAt, sourceKey: `outbox:${msg.id}` });
      if (p.tempTradeInId) {
        await webhooks.publish(ctx, {
          type: 'tradein.temporary_confirmed',
          data: { temp_trade_in_id: p.tempTradeInId, trade_in_id: p.tradeInId },
          occurredAt: msg.createdAt,
          sourceKey: `outbox:${msg.id}:confirmed`,
        });
      }
    });
  outbox.register('tradeins.registered', tradeInTopic('tradein.registered'));
  outbox.register('tradeins.cancelled', tradeInTopic('tradein.cancelled'));
  // Device moves (cancellation included) are published from the device's status history as
  // `device.status_changed` domain events; this older topic only needs acknowledging.
  outbox.register('tradeins.device_cancelled', async () => {});
}
