import { enqueueOutbox } from '../../src/platform/outbox/index.js';
import type { Ctx } from '../../src/platform/context.js';
import type { TradeInDeviceView, TradeInsPort } from '../../src/modules/commerce/index.js';
import type { TestApp } from '../helpers/test-app.js';
import { createTenant, registerCustomer, type Session, type TestTenant } from '../helpers/factories.js';

/**
 * An in-memory stand-in for the trade-in core with the contract's behaviour (register, cancel
 * while Registered, final valuation through the outbox, guarded customer decision), so commerce
 * is tested on its own. `offers` maps a quote id to the offered value in minor units.
 */
export class FakeTradeIns implements TradeInsPort {
  devices = new Map<number, TradeInDeviceView & { decision: 'approved' | 'rejected' | null; tenantId: number }>();
  offers = new Map<string, number>();
  private nextId = 1000 + Math.floor(Math.random() * 1000);
  calls: string[] = [];

  async register(ctx: Ctx, input: { tradeInDevices: { priceQuoteId: string; deviceIdentifier: string }[] }) {
    const d = input.tradeInDevices[0];
    const id = this.nextId++;
    this.calls.push(`register:${id}`);
    this.devices.set(id, {
      id,
      tradeInId: id + 50_000,
      status: 'Registered',
      deviceIdentifier: d.deviceIdentifier,
      productName: 'Apple iPhone 13 128GB',
      gradeName: 'Good',
      offeredPriceMinor: this.offers.get(d.priceQuoteId) ?? 100_00,
      currency: ctx.tenant.currency,
      finalPriceMinor: null,
      quoteId: d.priceQuoteId,
      decision: null,
      tenantId: ctx.tenant.id,
    });
    return { id: id + 50_000, tradeInDevices: [{ tradeInDeviceId: id }] };
  }

  async getDevice(ctx: Ctx, id: number) {
    const d = this.devices.get(id);
    return d && d.tenantId === ctx.tenant.id ? d : null;
  }

  async cancelDevice(_ctx: Ctx, id: number) {
    const d = this.devices.get(id)!;
    d.status = 'Cancelled';
    this.calls.push(`cancel:${id}`);
    return d;
  }

  async recordFinalValuation(ctx: Ctx, id: number, input: { priceMinor: number; grade: string; reason: string }) {
    const d = this.devices.get(id)!;
    const changed = input.priceMinor !== d.offeredPriceMinor;
    d.finalPriceMinor = input.priceMinor;
    d.status = 'Valuated';
    await enqueueOutbox(ctx.db, {
      tenantId: ctx.tenant.id,
      topic: 'tradeins.final_valuation_recorded',
      payload: { deviceId: id, tradeInId: d.tradeInId, offeredPriceMinor: d.offeredPriceMinor, finalPriceMinor: input.priceMinor, currency: d.currency, grade: input.grade, reason: input.reason, changed },
      dedupeKey: `final-valuation:${id}:${Math.random()}`,
    });
    return { device: d, changed };
  }

  async applyCustomerDecision(_ctx: Ctx, id: number, decision: 'approved' | 'rejected') {
    const d = this.devices.get(id)!;
    if (d.decision) return false;
    d.decision = decision;
    d.status = decision === 'approved' ? 'Accepted' : 'ReturnRequested';
    this.calls.push(`${decision}:${id}`);
    return true;
  }
}

export interface Shop {
  tt: TestTenant;
  host: string;
  cookieName: string;
}

export async function createShop(t: TestApp, options: { cookieName?: string; settings?: Record<string, unknown>; locale?: 'en' | 'tr' | 'sv' | 'de' } = {}): Promise<Shop> {
  const cookieName = options.cookieName ?? 'sessionid';
  const settings = { ...(options.settings ?? {}), ...(cookieName !== 'sessionid' ? { session: { cookieName } } : {}) };
  const tt = await createTenant(t, { settings, locale: options.locale });
  const host = `${tt.tenant.slug}.shop.test`;
  await t.c.modules.org.tenants.addHost(t.c.db, tt.tenant, host);
  return { tt, host, cookieName };
}

export async function customer(t: TestApp, shop: Shop, email: string): Promise<Session> {
  return registerCustomer(t, shop.tt.tenant.slug, email, 'customer-pass-1', shop.cookieName);
}

/** A storefront request on the shop's host. */
export function sf(t: TestApp, shop: Shop, method: 'GET' | 'POST', url: string, opts: { session?: Session; payload?: unknown; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { host: shop.host, ...(opts.session ? (method === 'GET' ? { cookie: opts.session.cookie } : opts.session.headers) : {}), ...opts.headers };
  return t.app.inject({ method, url, headers, payload: opts.payload as never });
}

export const QUOTE = '95b9c470-9502-45e9-9b86-fc0170da9388';
