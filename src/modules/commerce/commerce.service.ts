import type { Ctx, TenantRef } from '../../platform/context.js';
import type { StoredOutboxMessage } from '../../platform/outbox/index.js';
import type { UserRecord } from '../org/index.js';
import type { CancellationReasonRecord, CancellationRequestRecord, OldOrderRecord, OrderRecord } from './commerce.repository.js';
import type { BulkCancellationInput, CancellationRequestInput, CheckoutInput, FinalValuationInput, FulfilmentInput } from './commerce.schemas.js';
import type { DataFieldsPort, TradeInDeviceView, TradeInsPort } from './tradeins-port.js';
import * as cancellations from './use-cases/cancellations.js';
import * as orders from './use-cases/checkout.js';
import * as decisions from './use-cases/decisions.js';
import { requirePort, type CommerceDeps, type CommerceEnv } from './use-cases/env.js';
import { fulfilOrderItem } from './use-cases/fulfil-item.js';
import * as oldOrders from './use-cases/old-orders.js';
import { listOrderTradeIns, type OrderTradeInView } from './use-cases/order-tradeins.js';

export type { CommerceDeps } from './use-cases/env.js';
export type { OrderView } from './use-cases/checkout.js';
export type { OrderTradeInView } from './use-cases/order-tradeins.js';
export { FINAL_VALUATION_TOPIC, type DecisionAuthority, type TradeInDecision } from './use-cases/decisions.js';

/**
 * The commerce module's public face: one method per use case (`use-cases/*.ts`), plus the
 * wiring of the trade-in core and the programme's data fields.
 */
export class CommerceService {
  private tradeIns: TradeInsPort | null = null;
  private dataFields: DataFieldsPort | null = null;
  private readonly env: CommerceEnv;

  constructor(deps: CommerceDeps) {
    this.env = { deps, tradeIns: () => requirePort(this.tradeIns), dataFields: () => this.dataFields };
  }

  /** Wires the trade-in core (done in `createModules`; tests may pass a double). */
  setTradeIns(port: TradeInsPort): void {
    this.tradeIns = port;
  }

  /** Wires the programme's data fields, used to fill the customer's fields at checkout. */
  setDataFields(port: DataFieldsPort): void {
    this.dataFields = port;
  }

  checkout(ctx: Ctx, input: CheckoutInput, client: { ip: string | null }): Promise<orders.OrderView> {
    return orders.checkout(this.env, ctx, input, client);
  }

  listOrders(ctx: Ctx, page: { limit: number; offset: number }): Promise<{ count: number; orders: OrderRecord[]; owner: UserRecord | null }> {
    return orders.listOrders(this.env, ctx, page);
  }

  /** The signed-in customer's trade-ins made with orders (see {@link listOrderTradeIns}). */
  listOrderTradeIns(ctx: Ctx): Promise<OrderTradeInView[]> {
    return listOrderTradeIns(this.env, ctx);
  }

  getOrder(ctx: Ctx, orderId: number): Promise<orders.OrderView> {
    return orders.getOrder(this.env, ctx, orderId);
  }

  /** Staff/fulfilment: an order item shipped or delivered (see {@link fulfilOrderItem}). */
  fulfilOrderItem(ctx: Ctx, itemId: number, input: FulfilmentInput): ReturnType<typeof fulfilOrderItem> {
    return fulfilOrderItem(ctx, itemId, input);
  }

  listCancellationReasons(ctx: Ctx): Promise<CancellationReasonRecord[]> {
    return cancellations.listCancellationReasons(this.env, ctx);
  }

  listCancellationRequests(ctx: Ctx, page: { limit: number; offset: number }): Promise<{ count: number; rows: CancellationRequestRecord[] }> {
    return cancellations.listCancellationRequests(this.env, ctx, page);
  }

  requestCancellation(ctx: Ctx, input: CancellationRequestInput): Promise<CancellationRequestRecord> {
    return cancellations.requestCancellation(this.env, ctx, input);
  }

  bulkCancel(ctx: Ctx, input: BulkCancellationInput): Promise<CancellationRequestRecord[]> {
    return cancellations.bulkCancel(this.env, ctx, input);
  }

  listOldOrders(ctx: Ctx, page: { limit: number; offset: number }): Promise<{ count: number; rows: OldOrderRecord[] }> {
    return oldOrders.listOldOrders(this.env, ctx, page);
  }

  getOldOrder(ctx: Ctx, id: number): Promise<OldOrderRecord> {
    return oldOrders.getOldOrder(this.env, ctx, id);
  }

  importOldOrders(ctx: Ctx, raw: unknown): Promise<{ created: number; updated: number }> {
    return oldOrders.importOldOrders(this.env, ctx, raw);
  }

  recordFinalValuation(ctx: Ctx, deviceId: number, input: FinalValuationInput): Promise<{ device: TradeInDeviceView; changed: boolean }> {
    return decisions.recordFinalValuation(this.env, ctx, deviceId, input);
  }

  decisionLinks(tenant: TenantRef, itemId: number, userId: number, now: Date): Record<decisions.TradeInDecision, string> {
    return decisions.decisionLinks(this.env, tenant, itemId, userId, now);
  }

  checkDecisionToken(ctx: Ctx, itemId: number, decision: decisions.TradeInDecision, token: string): boolean {
    return decisions.checkDecisionToken(this.env, ctx, itemId, decision, token);
  }

  decide(ctx: Ctx, itemId: number, decision: decisions.TradeInDecision, authority: decisions.DecisionAuthority): Promise<void> {
    return decisions.decide(this.env, ctx, itemId, decision, authority);
  }

  /** Outbox handler of `tradeins.final_valuation_recorded` (see `use-cases/decisions.ts`). */
  onFinalValuationRecorded(msg: StoredOutboxMessage): Promise<void> {
    return decisions.onFinalValuationRecorded(this.env, msg);
  }
}
