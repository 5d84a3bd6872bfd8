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
    return { id: id + 50_000, devices: [{ id }] };
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
      payload: {
        deviceId: id,
        tradeInId: d.tradeInId,
        offeredPriceMinor: d.offeredPriceMinor,
        finalPriceMinor: input.priceMinor,
        currency: d.currency,
        grade: input.grade,
        reason: input.reason,
        changed,
      },
      dedupeKey: `final-valuation:${id}:${Math.random()}`,
      availableAt: ctx.clock.now(),
    });
    return { device: d, changed };
  }

  /** Guarded in the caller's transaction (like the real UPDATE … WHERE), so a rollback undoes it. */
  async applyCustomerDecision(ctx: Ctx, id: number, decision: 'approved' | 'rejected') {
    const d = this.devices.get(id)!;
    const won = await ctx.db.query(`INSERT INTO app_settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING RETURNING key`, [
      `fake-tradein-decision:${ctx.tenant.id}:${id}`,
      decision,
    ]);
    if (won.length === 0) return false;
    d.decision = decision;
    d.status = decision === 'approved' ? 'Accepted' : 'ReturnRequested';
    this.calls.push(`${decision}:${id}`);
    return true;
  }

  /** The decision as committed in the database (the in-memory field may hold a rolled-back one). */
  async committedDecision(ctx: Ctx, id: number): Promise<string | null> {
    const rows = await ctx.db.query<{ value: string }>(`SELECT value FROM app_settings WHERE key = $1`, [`fake-tradein-decision:${ctx.tenant.id}:${id}`]);
    return rows[0]?.value ?? null;
  }
}

export interface Shop {
  tt: TestTenant;
  host: string;
  cookieName: string;
}

export async function createShop(
  t: TestApp,
  options: { cookieName?: string; settings?: Record<string, unknown>; locale?: 'en' | 'tr' | 'sv' | 'de' } = {},
): Promise<Shop> {
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
export function sf(
  t: TestApp,
  shop: Shop,
  method: 'GET' | 'POST',
  url: string,
  opts: { session?: Session; payload?: unknown; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = {
    host: shop.host,
    ...(opts.session ? (method === 'GET' ? { cookie: opts.session.cookie } : opts.session.headers) : {}),
    ...opts.headers,
  };
  return t.app.inject({ method, url, headers, payload: opts.payload as never });
}

export const QUOTE = '95b9c470-9502-45e9-9b86-fc0170da9388';

/** An order of the old shop in the export's shape (seed 002). */
export const oldOrder = (number: string, email: string) => ({
  number,
  user_email: email,
  currency: 'TRY',
  status: 'pasive',
  created_date: '2023-01-16T19:35:12.330019Z',
  amount: '10.00',
  discount_amount: '8.00',
  payment_type: 'credit card',
  bank: 'garanti',
  installment_count: 3,
  tracking_number: 'testtrack123',
  shipping_address: 'dene adress',
  billing_address: 'deneme address',
  items: [{ sku: 'X1', name: 'Old phone', quantity: 1, price: '10.00' }],
});
